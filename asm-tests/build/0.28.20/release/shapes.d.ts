/** Exported memory */
export declare const memory: WebAssembly.Memory;
// Exported runtime interface
export declare function __new(size: number, id: number): number;
export declare function __pin(ptr: number): number;
export declare function __unpin(ptr: number): void;
export declare function __collect(): void;
export declare const __rtti_base: number;
/** shapes/Color */
export declare enum Color {
  /** @type `i32` */
  Red,
  /** @type `i32` */
  Green,
  /** @type `i32` */
  Blue,
}
/**
 * shapes/color_name
 * @param c `i32`
 * @returns `~lib/string/String`
 */
export declare function color_name(c: number): string;
/**
 * shapes/seg_len
 * @param s `shapes/Segment`
 * @returns `f32`
 */
export declare function seg_len(s: __Record4<undefined>): number;
/**
 * shapes/make_seg
 * @param n `i32`
 * @returns `shapes/Segment`
 */
export declare function make_seg(n: number): __Record4<never>;
/**
 * shapes/chain
 * @param n `i32`
 * @returns `shapes/Node`
 */
export declare function chain(n: number): __Internref8;
/**
 * shapes/chain_sum
 * @param h `shapes/Node | null`
 * @returns `i32`
 */
export declare function chain_sum(h: __Internref8 | null): number;
/**
 * shapes/nodes
 * @param n `i32`
 * @returns `~lib/array/Array<shapes/Node>`
 */
export declare function nodes(n: number): Array<__Internref8>;
/**
 * shapes/sum_nodes
 * @param a `~lib/array/Array<shapes/Node>`
 * @returns `i32`
 */
export declare function sum_nodes(a: Array<__Internref8>): number;
/**
 * shapes/static_vecs
 * @param a `~lib/staticarray/StaticArray<shapes/Vec2>`
 * @returns `~lib/staticarray/StaticArray<shapes/Vec2>`
 */
export declare function static_vecs(a: ArrayLike<__Record5<undefined>>): ArrayLike<__Record5<never>>;
/**
 * shapes/apply
 * @param f `(i32) => i32`
 * @param x `i32`
 * @returns `i32`
 */
export declare function apply(f: __Internref15, x: number): number;
/**
 * shapes/umax
 * @param a `usize`
 * @param b `isize`
 * @returns `usize`
 */
export declare function umax(a: number, b: number): number;
/**
 * shapes/longs
 * @param a `~lib/typedarray/Int64Array | null`
 * @returns `~lib/typedarray/Uint8ClampedArray`
 */
export declare function longs(a: BigInt64Array | null): Uint8ClampedArray;
/**
 * shapes/mixed
 * @param a `i8`
 * @param b `u16`
 * @param c `i64`
 * @param d `f32`
 * @param e `~lib/string/String`
 * @param f `~lib/array/Array<f32>`
 * @param g `bool`
 * @param h `~lib/string/String | null`
 * @returns `~lib/string/String`
 */
export declare function mixed(a: number, b: number, c: bigint, d: number, e: string, f: Array<number>, g?: boolean, h?: string | null): string;
/**
 * shapes/set_of
 * @param n `i32`
 * @returns `~lib/set/Set<i32>`
 */
export declare function set_of(n: number): __Internref14;
/**
 * shapes/big_string
 * @param s `~lib/string/String`
 * @returns `~lib/string/String`
 */
export declare function big_string(s: string): string;
/** shapes/Vec2 */
declare interface __Record5<TOmittable> {
  /** @type `f32` */
  x: number | TOmittable;
  /** @type `f32` */
  y: number | TOmittable;
}
/** shapes/Segment */
declare interface __Record4<TOmittable> {
  /** @type `shapes/Vec2` */
  a: __Record5<undefined>;
  /** @type `shapes/Vec2` */
  b: __Record5<undefined>;
  /** @type `~lib/string/String | null` */
  label: string | null | TOmittable;
  /** @type `~lib/array/Array<~lib/string/String>` */
  tags: Array<string>;
}
/** shapes/Node */
declare class __Internref8 extends Number {
  private __nominal8: symbol;
  private __nominal0: symbol;
}
/** ~lib/function/Function<%28i32%29=>i32> */
declare class __Internref15 extends Number {
  private __nominal15: symbol;
  private __nominal0: symbol;
}
/** ~lib/set/Set<i32> */
declare class __Internref14 extends Number {
  private __nominal14: symbol;
  private __nominal0: symbol;
}
