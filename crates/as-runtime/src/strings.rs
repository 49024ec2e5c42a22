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
/// replacing lone surrogates with U+FFFD. Runs of ASCII are converted 8
/// code units at a time.
pub fn decode_utf16le(bytes: &[u8]) -> String {
    const NON_ASCII: u64 = 0xFF80_FF80_FF80_FF80;
    let n = bytes.len() & !1;
    let mut out: Vec<u8> = Vec::with_capacity(n / 2);
    let unit = |i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]);
    let word = |i: usize| {
        let mut w = [0u8; 8];
        w.copy_from_slice(&bytes[i..i + 8]);
        u64::from_le_bytes(w)
    };
    let mut i = 0;
    while i < n {
        if i + 16 <= n {
            let (a, b) = (word(i), word(i + 8));
            if (a | b) & NON_ASCII == 0 {
                out.extend_from_slice(&[
                    a as u8,
                    (a >> 16) as u8,
                    (a >> 32) as u8,
                    (a >> 48) as u8,
                    b as u8,
                    (b >> 16) as u8,
                    (b >> 32) as u8,
                    (b >> 48) as u8,
                ]);
                i += 16;
                continue;
            }
        }
        let u = unit(i);
        i += 2;
        if u < 0x80 {
            out.push(u as u8);
            continue;
        }
        let c = if (0xD800..0xDC00).contains(&u) && i < n && (0xDC00..0xE000).contains(&unit(i)) {
            let lo = unit(i);
            i += 2;
            char::from_u32(0x10000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(lo) - 0xDC00))
        } else {
            char::from_u32(u32::from(u))
        };
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.unwrap_or('\u{FFFD}').encode_utf8(&mut buf).as_bytes());
    }
    // Every byte pushed above is ASCII or a whole `char::encode_utf8`, so this
    // conversion succeeds; the fallback only keeps the function total.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}
