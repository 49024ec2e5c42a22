// The first pyaswasm README example: plain numbers in and out, plus
// `console.log(str)` provided by the host as the custom import
// ("index", "console.log").

@external("index", "console.log")
declare function consoleLog(message: string): void;

/** sqrt(a² + b²), computed in f32. */
export function sqrt_sum_square(a: f32, b: f32): f32 {
  return Mathf.sqrt(a * a + b * b);
}

/** Logs "<a> + <b> = <a + b>" through the host's console.log and returns the sum. */
export function log_sum(a: i32, b: i32): i32 {
  let s = a + b;
  consoleLog(a.toString() + " + " + b.toString() + " = " + s.toString());
  return s;
}
