// Optional arguments (the exported function is a trampoline that reads the
// count set by __setArgumentsLength), for both runtime generations.

export function optional(a: i32, b: i32 = 10, c: f64 = 0.5): f64 {
  return <f64>a * 100 + <f64>b + c;
}
export function optional_string(s: string = "default"): i32 {
  return s.length;
}
