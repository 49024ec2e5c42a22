// abort and trace, the runtime's default imports.

/** Throws (aborts with message "value too large: <n>") when n > 10, else returns n * 2. */
export function check_value(n: i32): i32 {
  if (n > 10) throw new Error("value too large: " + n.toString());
  return n * 2;
}

/** A failing assertion with a non-ASCII message. */
export function failing_assert(): void {
  assert(false, "assertion ünïcode ✓");
}

/** Calls trace("tracing", 3, a, b, c) and returns a + b + c. */
export function do_trace(a: f64, b: f64, c: f64): f64 {
  trace("tracing", 3, a, b, c);
  return a + b + c;
}

/** trace with no numbers. */
export function do_trace_plain(): void {
  trace("just a message");
}

/** Math.random() (seeded through env.seed). */
export function random_value(): f64 {
  return Math.random();
}
