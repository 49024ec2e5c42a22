// Exports of every type the `--bindings esm` glue lifts and lowers, for the
// typed wrappers of wasmpy.assemblyscript (python/tests/test_as_typed.py).
// Built by build.sh with --bindings esm (release, debug) and raw (raw/).

/** A greeting: "Hello, <name>!". */
export function greet(name: string): string {
  return "Hello, " + name + "!";
}

/** The length of a string in UTF-16 code units. */
export function str_length(s: string): i32 {
  return s.length;
}

/** A string of n copies of "ab" (a long result). */
export function repeat_ab(n: i32): string {
  return "ab".repeat(n);
}

/** `s + "?"`, or null for null. */
export function maybe_string(s: string | null): string | null {
  return s === null ? null : s + "?";
}

// ------------------------------------------------------------- numbers

export function negate(b: bool): bool {
  return !b;
}
export function is_positive(x: f64): bool {
  return x > 0;
}
export function add_i64(a: i64, b: i64): i64 {
  return a + b;
}
export function add_u64(a: u64, b: u64): u64 {
  return a + b;
}
export function u32_max(): u32 {
  return u32.MAX_VALUE;
}
export function add_small(a: u8, b: i16, c: u32): u32 {
  return <u32>a + <u32>b + c;
}
export function to_i8(x: i32): i8 {
  return <i8>x;
}
export function to_u16(x: i32): u16 {
  return <u16>x;
}
export function half_f32(x: f32): f32 {
  return x / 2;
}
export function add_f64(a: f64, b: f64): f64 {
  return a + b;
}
export function nothing(): void {}

// --------------------------------------------------------- typed arrays

export function sum_float32(a: Float32Array): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}
export function scale_float64(a: Float64Array, k: f64): Float64Array {
  let r = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) r[i] = a[i] * k;
  return r;
}
export function iota_int32(n: i32): Int32Array {
  let r = new Int32Array(n);
  for (let i = 0; i < n; i++) r[i] = i;
  return r;
}
export function bytes_u8(a: Uint8Array): Uint8Array {
  let r = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) r[i] = a[a.length - 1 - i];
  return r;
}
export function sum_i64(a: Int64Array): i64 {
  let s: i64 = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}
export function as_u64(a: Int64Array): Uint64Array {
  return Uint64Array.wrap(a.buffer, a.byteOffset, a.length);
}
export function int16_of(a: Int16Array): Int16Array {
  return a;
}
/** A view on the middle of a larger buffer (dataStart past the buffer start). */
export function middle_float64(a: Float64Array): Float64Array {
  return a.subarray(1, a.length - 1);
}

// --------------------------------------------------------------- Array<T>

export function reverse_i32(a: Array<i32>): Array<i32> {
  let r = a.slice(0);
  r.reverse();
  return r;
}
export function sum_array_f64(a: Array<f64>): f64 {
  let s: f64 = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}
export function split_words(s: string): Array<string> {
  return s.split(" ");
}
export function join_words(a: Array<string>): string {
  return a.join("+");
}
export function flags(n: i32): Array<bool> {
  let r = new Array<bool>(n);
  for (let i = 0; i < n; i++) r[i] = (i & 1) == 1;
  return r;
}
export function transpose(a: Array<Array<i32>>): Array<Array<i32>> {
  let rows = a.length;
  let cols = rows > 0 ? a[0].length : 0;
  let r = new Array<Array<i32>>(cols);
  for (let j = 0; j < cols; j++) {
    let row = new Array<i32>(rows);
    for (let i = 0; i < rows; i++) row[i] = a[i][j];
    r[j] = row;
  }
  return r;
}
export function count_or_minus_one(a: Array<i32> | null): i32 {
  return a === null ? -1 : a.length;
}
export function nulls(n: i32): Array<string | null> {
  let r = new Array<string | null>(n);
  for (let i = 0; i < n; i++) r[i] = (i & 1) == 1 ? i.toString() : null;
  return r;
}
export function big_array(a: Array<u64>): Array<u64> {
  return a.map<u64>((x: u64) => x + 1);
}

// ---------------------------------------------------------- StaticArray<T>

export function plus_one_static(a: StaticArray<f64>): StaticArray<f64> {
  let r = new StaticArray<f64>(a.length);
  for (let i = 0; i < a.length; i++) r[i] = a[i] + 1;
  return r;
}
export function sum_static_i32(a: StaticArray<i32>): i32 {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}
export function static_strings(a: StaticArray<string>): StaticArray<string> {
  let r = new StaticArray<string>(a.length);
  for (let i = 0; i < a.length; i++) r[i] = a[i].toUpperCase();
  return r;
}

// ------------------------------------------------------------ ArrayBuffer

export function tail_bytes(b: ArrayBuffer): ArrayBuffer {
  return b.slice(1);
}
export function buffer_length(b: ArrayBuffer | null): i32 {
  return b === null ? -1 : b.byteLength;
}

// ---------------------------------------------------------------- records

/** A plain class (no constructor): lowered and lifted by value. */
export class Point {
  x: f64;
  y: f64;
}
/** Fields of mixed sizes and a managed field (layout with padding). */
export class Item {
  tag: u8;
  weight: f64;
  name: string;
  count: i32;
  ok: bool;
}
export function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}
export function describe_item(it: Item): string {
  return it.name + "#" + it.tag.toString() + ":" + it.weight.toString() + "x" + it.count.toString() + (it.ok ? "!" : "");
}
export function make_item(name: string, count: i32): Item {
  return { tag: 7, weight: 1.5, name: name, count: count, ok: true };
}
export function centroid(ps: Array<Point>): Point | null {
  if (ps.length == 0) return null;
  let x: f64 = 0, y: f64 = 0;
  for (let i = 0; i < ps.length; i++) {
    x += ps[i].x;
    y += ps[i].y;
  }
  return { x: x / ps.length, y: y / ps.length };
}

// ------------------------------------------------------ class references

/** A class with a constructor: crosses as a reference. */
export class Counter {
  n: i32;
  constructor(start: i32) {
    this.n = start;
  }
  inc(): i32 {
    return ++this.n;
  }
}
export function new_counter(start: i32): Counter {
  return new Counter(start);
}
export function bump(c: Counter): i32 {
  return c.inc();
}
export function counter_or_null(c: Counter | null): i32 {
  return c === null ? -1 : c.n;
}

// ------------------------------------------------------- optional arguments

export function optional(a: i32, b: i32 = 10, s: string = "x"): string {
  return a.toString() + ":" + b.toString() + ":" + s;
}

// ---------------------------------------------------- traps and aborts

/** Aborts (after its arguments were lowered) when `a` is not empty. */
export function abort_if_any(s: string, a: Array<i32>): i32 {
  if (a.length > 0) abort("bad " + s);
  return s.length;
}
/** Traps (unreachable) when `a` is not empty. */
export function trap_if_any(s: string, a: Float32Array): i32 {
  if (a.length > 0) unreachable();
  return s.length;
}

export const answer: i32 = 42;
export let counter_global: i32 = 1;
