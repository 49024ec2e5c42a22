//! Strings: AS `String` objects hold UTF-16LE code units as their payload,
//! `rtSize` bytes long (`std/assembly/string.ts`: `length` is `rtSize >> 1`).

use wasmjit::Store;

use crate::error::{AsError, Result};
use crate::object;
use crate::runtime::AsRuntime;

impl AsRuntime {
    /// The UTF-16LE bytes of the string at `ptr`, borrowed from memory (no copy).
    /// For hosts with their own UTF-16 decoder (Python's `utf-16-le` codec).
    ///
    /// # Errors
    /// The checks of [`AsRuntime::header`], and [`AsError::WrongType`] when
    /// the object is not a `String`.
    pub fn string_bytes<'s>(&self, store: &'s Store, ptr: u32) -> Result<&'s [u8]> {
        let mem = self.memory.data(store);
        let h = object::header(mem, ptr, self.types.len(), "string")?;
        if h.rt_id != self.string_id() {
            return Err(AsError::WrongType {
                ptr,
                expected: format!("String (id {})", self.string_id()),
                found_id: h.rt_id,
            });
        }
        let len = h.rt_size & !1;
        Ok(&mem[object::range(mem, ptr, u64::from(len))?])
    }

    /// The string at `ptr`, decoded from UTF-16. Surrogate pairs become one
    /// character; a lone surrogate (legal in AS strings, as in JS) becomes
    /// U+FFFD — use [`AsRuntime::string_bytes`] to keep it.
    ///
    /// # Errors
    /// As [`AsRuntime::string_bytes`].
    pub fn get_string(&self, store: &Store, ptr: u32) -> Result<String> {
        Ok(decode_utf16le(self.string_bytes(store, ptr)?))
    }

    /// A new `String` object holding `s` (UTF-16 encoded), allocated with
    /// `__new(2 * units, String id)`. Not pinned: pin it (or pass it to a
    /// call right away) before anything else allocates.
    ///
    /// # Errors
    /// [`AsError::MissingExport`] without `__new`; [`AsError::Abort`] /
    /// [`AsError::Engine`] when allocation fails.
    pub fn new_string(&mut self, store: &mut Store, s: &str) -> Result<u32> {
        let units = if s.is_ascii() {
            s.len()
        } else {
            s.encode_utf16().count()
        };
        let bytes = u32::try_from(units * 2)
            .map_err(|_| AsError::Unsupported(format!("a string of {units} UTF-16 units")))?;
        let ptr = self.new_object(store, bytes, self.string_id())?;
        let mem = self.memory.data_mut(store);
        let r = object::range(mem, ptr, u64::from(bytes))?;
        let dst = &mut mem[r];
        if s.is_ascii() {
            for (d, &b) in dst.chunks_exact_mut(2).zip(s.as_bytes()) {
                d[0] = b;
                d[1] = 0;
            }
        } else {
            for (d, u) in dst.chunks_exact_mut(2).zip(s.encode_utf16()) {
                d.copy_from_slice(&u.to_le_bytes());
            }
        }
        Ok(ptr)
    }
}

/// Decodes UTF-16LE `bytes` (an odd last byte is ignored) to a `String`,
/// replacing lone surrogates with U+FFFD. An all-ASCII input is narrowed
/// in one pass; otherwise each code unit is encoded to UTF-8 directly
/// (RFC 3629 §3), surrogate pairs combined (RFC 2781 §2.2).
pub fn decode_utf16le(bytes: &[u8]) -> String {
    let bytes = &bytes[..bytes.len() & !1];
    let word = |c: &[u8]| {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        u64::from_le_bytes(w)
    };
    // Narrow 4 code units (8 bytes) at a time, collecting the bits that
    // would make a unit non-ASCII.
    let mut narrow = vec![0u8; bytes.len() / 2];
    let mut high = 0u64;
    let mut out = narrow.chunks_exact_mut(4);
    let mut src = bytes.chunks_exact(8);
    for (o, c) in (&mut out).zip(&mut src) {
        let w = word(c);
        high |= w;
        o.copy_from_slice(&[w as u8, (w >> 16) as u8, (w >> 32) as u8, (w >> 48) as u8]);
    }
    for (o, c) in out
        .into_remainder()
        .iter_mut()
        .zip(src.remainder().chunks_exact(2))
    {
        *o = c[0];
        high |= u64::from(c[1]) << 8 | u64::from(c[0]);
    }
    let seen = high & 0xFF80_FF80_FF80_FF80;
    if seen == 0 {
        // SAFETY: `seen == 0` means every code unit was below 0x80, so every
        // byte of `narrow` is ASCII, which is valid UTF-8.
        return unsafe { String::from_utf8_unchecked(narrow) };
    }
    // Every byte pushed is ASCII or part of a complete UTF-8 sequence, so
    // this conversion succeeds; the fallback only keeps the function total.
    String::from_utf8(encode_utf8(bytes))
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// UTF-16LE code units (an even number of bytes) to UTF-8 bytes.
fn encode_utf8(bytes: &[u8]) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len() / 2 * 3);
    let mut units = bytes
        .chunks_exact(2)
        .map(|c| u32::from(u16::from_le_bytes([c[0], c[1]])))
        .peekable();
    while let Some(u) = units.next() {
        if u < 0x80 {
            out.push(u as u8);
        } else if u < 0x800 {
            out.extend_from_slice(&[0xC0 | (u >> 6) as u8, 0x80 | (u & 0x3F) as u8]);
        } else if !(0xD800..0xE000).contains(&u) {
            out.extend_from_slice(&[
                0xE0 | (u >> 12) as u8,
                0x80 | ((u >> 6) & 0x3F) as u8,
                0x80 | (u & 0x3F) as u8,
            ]);
        } else if let Some(lo) = units.next_if(|lo| u < 0xDC00 && (0xDC00..0xE000).contains(lo)) {
            let c = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            out.extend_from_slice(&[
                0xF0 | (c >> 18) as u8,
                0x80 | ((c >> 12) & 0x3F) as u8,
                0x80 | ((c >> 6) & 0x3F) as u8,
                0x80 | (c & 0x3F) as u8,
            ]);
        } else {
            out.extend_from_slice("\u{FFFD}".as_bytes());
        }
    }
    out
}
