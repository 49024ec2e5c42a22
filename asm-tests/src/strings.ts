// Strings both ways (pyaswasm README "How to use strings").

/** The constant string "Hello world!". */
export function get_hello_string(): string {
  return "Hello world!";
}

/** A constant string with non-ASCII text and characters outside the BMP
 *  (stored as UTF-16 surrogate pairs). */
export function get_unicode_string(): string {
  return "Grüße, 世界! 🎉𝄞";
}

/** Returns a new string: "Expanded: " + s + "!". */
export function expand_string(s: string): string {
  return "Expanded: " + s + "!";
}

/** The number of UTF-16 code units of s. */
export function string_length(s: string): i32 {
  return s.length;
}

/** The UTF-16 code unit at index i of s (-1 when out of range). */
export function char_code_at(s: string, i: i32): i32 {
  if (i < 0 || i >= s.length) return -1;
  return s.charCodeAt(i);
}

/** A string of n copies of unit, built in the module (for large-string reads). */
export function repeat_string(unit: string, n: i32): string {
  return unit.repeat(n);
}

/** Joins an Array<string> with a separator (an array of managed pointers). */
export function join_strings(parts: Array<string>, sep: string): string {
  return parts.join(sep);
}

export const ArrayString_ID = idof<Array<string>>();
export const String_ID = idof<string>();
