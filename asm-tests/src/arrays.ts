// Arrays of every element type (pyaswasm README "How to use arrays").
// For each element type, `make_<T>(n)` fills
// element i with `pattern(i)` converted to the element type, `sum_<T>(a)`
// returns the sum of the elements as f64, `get_<T>(a, i)` one element as f64,
// and `<T>_ID` is the runtime type id.

/** The fill pattern: i * 37 - 100, then halved for float types. */
function pattern(i: i32): f64 {
  return <f64>(i * 37 - 100);
}

/** n floats uniform in [lo, hi). */
export function generate_random_float_array(n: i32, lo: f32, hi: f32): Float32Array {
  let a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = lo + <f32>Math.random() * (hi - lo);
  return a;
}

/** n integers uniform in [0, 100). */
export function generate_random_integer_array(n: i32): Int32Array {
  let a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = <i32>(Math.random() * 100);
  return a;
}

/** A Float64Array view of `length` elements starting at element `offset` of a
 *  new buffer of `total` elements filled with the pattern (a view whose
 *  dataStart is not the buffer start). */
export function make_subarray_f64(total: i32, offset: i32, length: i32): Float64Array {
  let a = new Float64Array(total);
  for (let i = 0; i < total; i++) a[i] = pattern(i) / 2;
  return a.subarray(offset, offset + length);
}

/** A new ArrayBuffer of n bytes, byte i = i & 0xff. */
export function make_array_buffer(n: i32): ArrayBuffer {
  let b = new ArrayBuffer(n);
  let v = Uint8Array.wrap(b);
  for (let i = 0; i < n; i++) v[i] = <u8>i;
  return b;
}

/** Sum of the bytes of an ArrayBuffer. */
export function sum_array_buffer(b: ArrayBuffer): f64 {
  let v = Uint8Array.wrap(b);
  let s: f64 = 0;
  for (let i = 0; i < v.length; i++) s += <f64>v[i];
  return s;
}

export const ArrayBuffer_ID = idof<ArrayBuffer>();
export const String_ID = idof<string>();

export const Int8Array_ID = idof<Int8Array>();
export function make_Int8Array(n: i32): Int8Array {
  let a = new Int8Array(n);
  for (let i = 0; i < n; i++) a[i] = <i8>(<i64>pattern(i));
  return a;
}
export function sum_Int8Array(a: Int8Array): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_Int8Array(a: Int8Array, i: i32): f64 {
  return <f64>a[i];
}

export const Uint8Array_ID = idof<Uint8Array>();
export function make_Uint8Array(n: i32): Uint8Array {
  let a = new Uint8Array(n);
  for (let i = 0; i < n; i++) a[i] = <u8>(<i64>pattern(i));
  return a;
}
export function sum_Uint8Array(a: Uint8Array): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_Uint8Array(a: Uint8Array, i: i32): f64 {
  return <f64>a[i];
}

export const Uint8ClampedArray_ID = idof<Uint8ClampedArray>();
export function make_Uint8ClampedArray(n: i32): Uint8ClampedArray {
  let a = new Uint8ClampedArray(n);
  for (let i = 0; i < n; i++) a[i] = <u8>(<i64>pattern(i));
  return a;
}
export function sum_Uint8ClampedArray(a: Uint8ClampedArray): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_Uint8ClampedArray(a: Uint8ClampedArray, i: i32): f64 {
  return <f64>a[i];
}

export const Int16Array_ID = idof<Int16Array>();
export function make_Int16Array(n: i32): Int16Array {
  let a = new Int16Array(n);
  for (let i = 0; i < n; i++) a[i] = <i16>(<i64>pattern(i));
  return a;
}
export function sum_Int16Array(a: Int16Array): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_Int16Array(a: Int16Array, i: i32): f64 {
  return <f64>a[i];
}

export const Uint16Array_ID = idof<Uint16Array>();
export function make_Uint16Array(n: i32): Uint16Array {
  let a = new Uint16Array(n);
  for (let i = 0; i < n; i++) a[i] = <u16>(<i64>pattern(i));
  return a;
}
export function sum_Uint16Array(a: Uint16Array): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_Uint16Array(a: Uint16Array, i: i32): f64 {
  return <f64>a[i];
}

export const Int32Array_ID = idof<Int32Array>();
export function make_Int32Array(n: i32): Int32Array {
  let a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = <i32>(<i64>pattern(i));
  return a;
}
export function sum_Int32Array(a: Int32Array): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_Int32Array(a: Int32Array, i: i32): f64 {
  return <f64>a[i];
}

export const Uint32Array_ID = idof<Uint32Array>();
export function make_Uint32Array(n: i32): Uint32Array {
  let a = new Uint32Array(n);
  for (let i = 0; i < n; i++) a[i] = <u32>(<i64>pattern(i));
  return a;
}
export function sum_Uint32Array(a: Uint32Array): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_Uint32Array(a: Uint32Array, i: i32): f64 {
  return <f64>a[i];
}

export const Int64Array_ID = idof<Int64Array>();
export function make_Int64Array(n: i32): Int64Array {
  let a = new Int64Array(n);
  for (let i = 0; i < n; i++) a[i] = <i64>(<i64>pattern(i));
  return a;
}
export function sum_Int64Array(a: Int64Array): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_Int64Array(a: Int64Array, i: i32): f64 {
  return <f64>a[i];
}

export const Uint64Array_ID = idof<Uint64Array>();
export function make_Uint64Array(n: i32): Uint64Array {
  let a = new Uint64Array(n);
  for (let i = 0; i < n; i++) a[i] = <u64>(<i64>pattern(i));
  return a;
}
export function sum_Uint64Array(a: Uint64Array): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_Uint64Array(a: Uint64Array, i: i32): f64 {
  return <f64>a[i];
}

export const Float32Array_ID = idof<Float32Array>();
export function make_Float32Array(n: i32): Float32Array {
  let a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = <f32>(pattern(i) / 2);
  return a;
}
export function sum_Float32Array(a: Float32Array): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_Float32Array(a: Float32Array, i: i32): f64 {
  return <f64>a[i];
}

export const Float64Array_ID = idof<Float64Array>();
export function make_Float64Array(n: i32): Float64Array {
  let a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = <f64>(pattern(i) / 2);
  return a;
}
export function sum_Float64Array(a: Float64Array): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_Float64Array(a: Float64Array, i: i32): f64 {
  return <f64>a[i];
}

export const ArrayI8_ID = idof<Array<i8>>();
export function make_ArrayI8(n: i32): Array<i8> {
  let a = new Array<i8>(n);
  for (let i = 0; i < n; i++) a[i] = <i8>(<i64>pattern(i));
  return a;
}
export function sum_ArrayI8(a: Array<i8>): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_ArrayI8(a: Array<i8>, i: i32): f64 {
  return <f64>a[i];
}

export const ArrayU16_ID = idof<Array<u16>>();
export function make_ArrayU16(n: i32): Array<u16> {
  let a = new Array<u16>(n);
  for (let i = 0; i < n; i++) a[i] = <u16>(<i64>pattern(i));
  return a;
}
export function sum_ArrayU16(a: Array<u16>): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_ArrayU16(a: Array<u16>, i: i32): f64 {
  return <f64>a[i];
}

export const ArrayI32_ID = idof<Array<i32>>();
export function make_ArrayI32(n: i32): Array<i32> {
  let a = new Array<i32>(n);
  for (let i = 0; i < n; i++) a[i] = <i32>(<i64>pattern(i));
  return a;
}
export function sum_ArrayI32(a: Array<i32>): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_ArrayI32(a: Array<i32>, i: i32): f64 {
  return <f64>a[i];
}

export const ArrayU32_ID = idof<Array<u32>>();
export function make_ArrayU32(n: i32): Array<u32> {
  let a = new Array<u32>(n);
  for (let i = 0; i < n; i++) a[i] = <u32>(<i64>pattern(i));
  return a;
}
export function sum_ArrayU32(a: Array<u32>): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_ArrayU32(a: Array<u32>, i: i32): f64 {
  return <f64>a[i];
}

export const ArrayI64_ID = idof<Array<i64>>();
export function make_ArrayI64(n: i32): Array<i64> {
  let a = new Array<i64>(n);
  for (let i = 0; i < n; i++) a[i] = <i64>(<i64>pattern(i));
  return a;
}
export function sum_ArrayI64(a: Array<i64>): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_ArrayI64(a: Array<i64>, i: i32): f64 {
  return <f64>a[i];
}

export const ArrayF32_ID = idof<Array<f32>>();
export function make_ArrayF32(n: i32): Array<f32> {
  let a = new Array<f32>(n);
  for (let i = 0; i < n; i++) a[i] = <f32>(pattern(i) / 2);
  return a;
}
export function sum_ArrayF32(a: Array<f32>): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_ArrayF32(a: Array<f32>, i: i32): f64 {
  return <f64>a[i];
}

export const ArrayF64_ID = idof<Array<f64>>();
export function make_ArrayF64(n: i32): Array<f64> {
  let a = new Array<f64>(n);
  for (let i = 0; i < n; i++) a[i] = <f64>(pattern(i) / 2);
  return a;
}
export function sum_ArrayF64(a: Array<f64>): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_ArrayF64(a: Array<f64>, i: i32): f64 {
  return <f64>a[i];
}

export const ArrayBool_ID = idof<Array<bool>>();
export function make_ArrayBool(n: i32): Array<bool> {
  let a = new Array<bool>(n);
  for (let i = 0; i < n; i++) a[i] = pattern(i) != 0;
  return a;
}
export function sum_ArrayBool(a: Array<bool>): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>(a[i] ? 1 : 0);
  return s;
}
export function get_ArrayBool(a: Array<bool>, i: i32): f64 {
  return <f64>(a[i] ? 1 : 0);
}

export const StaticArrayF64_ID = idof<StaticArray<f64>>();
export function make_StaticArrayF64(n: i32): StaticArray<f64> {
  let a = new StaticArray<f64>(n);
  for (let i = 0; i < n; i++) a[i] = <f64>(pattern(i) / 2);
  return a;
}
export function sum_StaticArrayF64(a: StaticArray<f64>): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_StaticArrayF64(a: StaticArray<f64>, i: i32): f64 {
  return <f64>a[i];
}

export const StaticArrayI16_ID = idof<StaticArray<i16>>();
export function make_StaticArrayI16(n: i32): StaticArray<i16> {
  let a = new StaticArray<i16>(n);
  for (let i = 0; i < n; i++) a[i] = <i16>(<i64>pattern(i));
  return a;
}
export function sum_StaticArrayI16(a: StaticArray<i16>): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_StaticArrayI16(a: StaticArray<i16>, i: i32): f64 {
  return <f64>a[i];
}

export const StaticArrayU8_ID = idof<StaticArray<u8>>();
export function make_StaticArrayU8(n: i32): StaticArray<u8> {
  let a = new StaticArray<u8>(n);
  for (let i = 0; i < n; i++) a[i] = <u8>(<i64>pattern(i));
  return a;
}
export function sum_StaticArrayU8(a: StaticArray<u8>): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += <f64>a[i];
  return s;
}
export function get_StaticArrayU8(a: StaticArray<u8>, i: i32): f64 {
  return <f64>a[i];
}
