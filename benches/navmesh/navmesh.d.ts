/** Exported memory */
export declare const memory: WebAssembly.Memory;
// Exported runtime interface
export declare function __new(size: number, id: number): number;
export declare function __pin(ptr: number): number;
export declare function __unpin(ptr: number): void;
export declare function __collect(): void;
export declare const __rtti_base: number;
/**
 * navmesh/build_mesh
 * @param width `i32`
 * @param height `i32`
 * @param obstaclePercent `i32`
 * @param seed `u32`
 * @returns `i32`
 */
export declare function build_mesh(width: number, height: number, obstaclePercent: number, seed: number): number;
/**
 * navmesh/run_queries
 * @param count `i32`
 * @param seed `u32`
 * @returns `f64`
 */
export declare function run_queries(count: number, seed: number): number;
