// More shapes for the typed wrappers: nested records, references in arrays,
// StaticArray of records, enums, a Set and a function crossing by reference.
export enum Color { Red, Green = 5, Blue }
export function color_name(c: Color): string { return c == Color.Red ? "red" : c == Color.Green ? "green" : "blue"; }
class Vec2 { x: f32; y: f32; }
export class Segment { a: Vec2 = { x: 0, y: 0 }; b: Vec2 = { x: 0, y: 0 }; label: string | null = null; tags: Array<string> = []; }
export function seg_len(s: Segment): f32 { let dx = s.b.x - s.a.x, dy = s.b.y - s.a.y; return Mathf.sqrt(dx*dx+dy*dy); }
export function make_seg(n: i32): Segment { let s = new Segment(); s.b = { x: <f32>n, y: 0 }; s.label = n > 0 ? "pos" : null; s.tags = ["a", n.toString()]; return s; }
export class Node { value: i32; next: Node | null = null; constructor(v: i32) { this.value = v; } }
export function chain(n: i32): Node { let h = new Node(0); let c = h; for (let i = 1; i < n; i++) { let k = new Node(i); c.next = k; c = k; } return h; }
export function chain_sum(h: Node | null): i32 { let s = 0; while (h !== null) { s += h.value; h = h.next; } return s; }
export function nodes(n: i32): Array<Node> { let r = new Array<Node>(); for (let i = 0; i < n; i++) r.push(new Node(i)); return r; }
export function sum_nodes(a: Array<Node>): i32 { let s = 0; for (let i = 0; i < a.length; i++) s += a[i].value; return s; }
export function static_vecs(a: StaticArray<Vec2>): StaticArray<Vec2> { return a; }
export function apply(f: (x: i32) => i32, x: i32): i32 { return f(x); }
export function umax(a: usize, b: isize): usize { return a > <usize>b ? a : <usize>b; }
export function longs(a: Int64Array | null): Uint8ClampedArray { return new Uint8ClampedArray(a === null ? 0 : a.length); }
export function mixed(a: i8, b: u16, c: i64, d: f32, e: string, f: Array<f32>, g: bool = false, h: string | null = null): string { return e + a.toString() + b.toString() + c.toString() + d.toString() + f.length.toString() + (g ? "T" : "F") + (h === null ? "-" : h!); }
export function set_of(n: i32): Set<i32> { let s = new Set<i32>(); s.add(n); return s; }
export { seg_len as segment_length };
export function big_string(s: string): string { return s + s; }
