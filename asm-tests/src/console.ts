// console.log through WASI: asc 0.19 implements console.log with
// wasi_snapshot_preview1.fd_write (std/assembly/process.ts), so this module
// imports WASI; tests/test_wasi.py loads it in ASModule.
export function greet(name: string): void {
  console.log("Hello, " + name + "!");
  console.log("ünïcödé ✓");
}

export function add(a: i32, b: i32): i32 {
  return a + b;
}
