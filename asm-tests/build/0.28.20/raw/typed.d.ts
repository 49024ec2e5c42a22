declare namespace __AdaptedExports {
  /** Exported memory */
  export const memory: WebAssembly.Memory;
  // Exported runtime interface
  export function __new(size: number, id: number): number;
  export function __pin(ptr: number): number;
  export function __unpin(ptr: number): void;
  export function __collect(): void;
  export const __rtti_base: number;
  /**
   * typed/greet
   * @param name `~lib/string/String`
   * @returns `~lib/string/String`
   */
  export function greet(name: string): string;
  /**
   * typed/str_length
   * @param s `~lib/string/String`
   * @returns `i32`
   */
  export function str_length(s: string): number;
  /**
   * typed/repeat_ab
   * @param n `i32`
   * @returns `~lib/string/String`
   */
  export function repeat_ab(n: number): string;
  /**
   * typed/maybe_string
   * @param s `~lib/string/String | null`
   * @returns `~lib/string/String | null`
   */
  export function maybe_string(s: string | null): string | null;
  /**
   * typed/negate
   * @param b `bool`
   * @returns `bool`
   */
  export function negate(b: boolean): boolean;
  /**
   * typed/is_positive
   * @param x `f64`
   * @returns `bool`
   */
  export function is_positive(x: number): boolean;
  /**
   * typed/add_i64
   * @param a `i64`
   * @param b `i64`
   * @returns `i64`
   */
  export function add_i64(a: bigint, b: bigint): bigint;
  /**
   * typed/add_u64
   * @param a `u64`
   * @param b `u64`
   * @returns `u64`
   */
  export function add_u64(a: bigint, b: bigint): bigint;
  /**
   * typed/u32_max
   * @returns `u32`
   */
  export function u32_max(): number;
  /**
   * typed/add_small
   * @param a `u8`
   * @param b `i16`
   * @param c `u32`
   * @returns `u32`
   */
  export function add_small(a: number, b: number, c: number): number;
  /**
   * typed/to_i8
   * @param x `i32`
   * @returns `i8`
   */
  export function to_i8(x: number): number;
  /**
   * typed/to_u16
   * @param x `i32`
   * @returns `u16`
   */
  export function to_u16(x: number): number;
  /**
   * typed/half_f32
   * @param x `f32`
   * @returns `f32`
   */
  export function half_f32(x: number): number;
  /**
   * typed/add_f64
   * @param a `f64`
   * @param b `f64`
   * @returns `f64`
   */
  export function add_f64(a: number, b: number): number;
  /**
   * typed/nothing
   */
  export function nothing(): void;
  /**
   * typed/sum_float32
   * @param a `~lib/typedarray/Float32Array`
   * @returns `f64`
   */
  export function sum_float32(a: Float32Array): number;
  /**
   * typed/scale_float64
   * @param a `~lib/typedarray/Float64Array`
   * @param k `f64`
   * @returns `~lib/typedarray/Float64Array`
   */
  export function scale_float64(a: Float64Array, k: number): Float64Array;
  /**
   * typed/iota_int32
   * @param n `i32`
   * @returns `~lib/typedarray/Int32Array`
   */
  export function iota_int32(n: number): Int32Array;
  /**
   * typed/bytes_u8
   * @param a `~lib/typedarray/Uint8Array`
   * @returns `~lib/typedarray/Uint8Array`
   */
  export function bytes_u8(a: Uint8Array): Uint8Array;
  /**
   * typed/sum_i64
   * @param a `~lib/typedarray/Int64Array`
   * @returns `i64`
   */
  export function sum_i64(a: BigInt64Array): bigint;
  /**
   * typed/as_u64
   * @param a `~lib/typedarray/Int64Array`
   * @returns `~lib/typedarray/Uint64Array`
   */
  export function as_u64(a: BigInt64Array): BigUint64Array;
  /**
   * typed/int16_of
   * @param a `~lib/typedarray/Int16Array`
   * @returns `~lib/typedarray/Int16Array`
   */
  export function int16_of(a: Int16Array): Int16Array;
  /**
   * typed/middle_float64
   * @param a `~lib/typedarray/Float64Array`
   * @returns `~lib/typedarray/Float64Array`
   */
  export function middle_float64(a: Float64Array): Float64Array;
  /**
   * typed/reverse_i32
   * @param a `~lib/array/Array<i32>`
   * @returns `~lib/array/Array<i32>`
   */
  export function reverse_i32(a: Array<number>): Array<number>;
  /**
   * typed/sum_array_f64
   * @param a `~lib/array/Array<f64>`
   * @returns `f64`
   */
  export function sum_array_f64(a: Array<number>): number;
  /**
   * typed/split_words
   * @param s `~lib/string/String`
   * @returns `~lib/array/Array<~lib/string/String>`
   */
  export function split_words(s: string): Array<string>;
  /**
   * typed/join_words
   * @param a `~lib/array/Array<~lib/string/String>`
   * @returns `~lib/string/String`
   */
  export function join_words(a: Array<string>): string;
  /**
   * typed/flags
   * @param n `i32`
   * @returns `~lib/array/Array<bool>`
   */
  export function flags(n: number): Array<boolean>;
  /**
   * typed/transpose
   * @param a `~lib/array/Array<~lib/array/Array<i32>>`
   * @returns `~lib/array/Array<~lib/array/Array<i32>>`
   */
  export function transpose(a: Array<Array<number>>): Array<Array<number>>;
  /**
   * typed/count_or_minus_one
   * @param a `~lib/array/Array<i32> | null`
   * @returns `i32`
   */
  export function count_or_minus_one(a: Array<number> | null): number;
  /**
   * typed/nulls
   * @param n `i32`
   * @returns `~lib/array/Array<~lib/string/String|null>`
   */
  export function nulls(n: number): Array<string | null>;
  /**
   * typed/big_array
   * @param a `~lib/array/Array<u64>`
   * @returns `~lib/array/Array<u64>`
   */
  export function big_array(a: Array<bigint>): Array<bigint>;
  /**
   * typed/plus_one_static
   * @param a `~lib/staticarray/StaticArray<f64>`
   * @returns `~lib/staticarray/StaticArray<f64>`
   */
  export function plus_one_static(a: ArrayLike<number>): ArrayLike<number>;
  /**
   * typed/sum_static_i32
   * @param a `~lib/staticarray/StaticArray<i32>`
   * @returns `i32`
   */
  export function sum_static_i32(a: ArrayLike<number>): number;
  /**
   * typed/static_strings
   * @param a `~lib/staticarray/StaticArray<~lib/string/String>`
   * @returns `~lib/staticarray/StaticArray<~lib/string/String>`
   */
  export function static_strings(a: ArrayLike<string>): ArrayLike<string>;
  /**
   * typed/tail_bytes
   * @param b `~lib/arraybuffer/ArrayBuffer`
   * @returns `~lib/arraybuffer/ArrayBuffer`
   */
  export function tail_bytes(b: ArrayBuffer): ArrayBuffer;
  /**
   * typed/buffer_length
   * @param b `~lib/arraybuffer/ArrayBuffer | null`
   * @returns `i32`
   */
  export function buffer_length(b: ArrayBuffer | null): number;
  /**
   * typed/midpoint
   * @param a `typed/Point`
   * @param b `typed/Point`
   * @returns `typed/Point`
   */
  export function midpoint(a: __Record23<undefined>, b: __Record23<undefined>): __Record23<never>;
  /**
   * typed/describe_item
   * @param it `typed/Item`
   * @returns `~lib/string/String`
   */
  export function describe_item(it: __Record24<undefined>): string;
  /**
   * typed/make_item
   * @param name `~lib/string/String`
   * @param count `i32`
   * @returns `typed/Item`
   */
  export function make_item(name: string, count: number): __Record24<never>;
  /**
   * typed/centroid
   * @param ps `~lib/array/Array<typed/Point>`
   * @returns `typed/Point | null`
   */
  export function centroid(ps: Array<__Record23<undefined>>): __Record23<never> | null;
  /**
   * typed/new_counter
   * @param start `i32`
   * @returns `typed/Counter`
   */
  export function new_counter(start: number): __Internref26;
  /**
   * typed/bump
   * @param c `typed/Counter`
   * @returns `i32`
   */
  export function bump(c: __Internref26): number;
  /**
   * typed/counter_or_null
   * @param c `typed/Counter | null`
   * @returns `i32`
   */
  export function counter_or_null(c: __Internref26 | null): number;
  /**
   * typed/optional
   * @param a `i32`
   * @param b `i32`
   * @param s `~lib/string/String`
   * @returns `~lib/string/String`
   */
  export function optional(a: number, b?: number, s?: string): string;
  /**
   * typed/abort_if_any
   * @param s `~lib/string/String`
   * @param a `~lib/array/Array<i32>`
   * @returns `i32`
   */
  export function abort_if_any(s: string, a: Array<number>): number;
  /**
   * typed/trap_if_any
   * @param s `~lib/string/String`
   * @param a `~lib/typedarray/Float32Array`
   * @returns `i32`
   */
  export function trap_if_any(s: string, a: Float32Array): number;
  /** typed/answer */
  export const answer: {
    /** @type `i32` */
    get value(): number
  };
  /** typed/counter_global */
  export const counter_global: {
    /** @type `i32` */
    get value(): number;
    set value(value: number);
  };
}
/** typed/Point */
declare interface __Record23<TOmittable> {
  /** @type `f64` */
  x: number | TOmittable;
  /** @type `f64` */
  y: number | TOmittable;
}
/** typed/Item */
declare interface __Record24<TOmittable> {
  /** @type `u8` */
  tag: number | TOmittable;
  /** @type `f64` */
  weight: number | TOmittable;
  /** @type `~lib/string/String` */
  name: string;
  /** @type `i32` */
  count: number | TOmittable;
  /** @type `bool` */
  ok: boolean | TOmittable;
}
/** typed/Counter */
declare class __Internref26 extends Number {
  private __nominal26: symbol;
  private __nominal0: symbol;
}
/** Instantiates the compiled WebAssembly module with the given imports. */
export declare function instantiate(module: WebAssembly.Module, imports: {
  env: unknown,
}): Promise<typeof __AdaptedExports>;
