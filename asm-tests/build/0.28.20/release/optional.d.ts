/** Exported memory */
export declare const memory: WebAssembly.Memory;
// Exported runtime interface
export declare function __new(size: number, id: number): number;
export declare function __pin(ptr: number): number;
export declare function __unpin(ptr: number): void;
export declare function __collect(): void;
export declare const __rtti_base: number;
/**
 * optional/optional
 * @param a `i32`
 * @param b `i32`
 * @param c `f64`
 * @returns `f64`
 */
export declare function optional(a: number, b?: number, c?: number): number;
/**
 * optional/optional_string
 * @param s `~lib/string/String`
 * @returns `i32`
 */
export declare function optional_string(s?: string): number;
