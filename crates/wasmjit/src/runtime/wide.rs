//! The `i64` operations that 32-bit targets compile as builtin calls
//! (`compiler/wide.rs`): division and remainder, and conversions between
//! `i64` and floats (spec §4.3.2 `idiv`/`irem`, §4.3.4 `trunc`,
//! `trunc_sat`, `convert`). Each writes its result's bits to `out` (a
//! frame slot of the caller: cdecl returns floats in x87 registers, which
//! generated code never uses) and returns 0 or a trap code.

use crate::environ::builtins::conversion::{FROM_F64, SATURATING, SIGNED, TO_F64};
use crate::error::TrapKind;

/// Stores `v` at `out`.
///
/// # Safety
/// `out` is a writable, 8-byte aligned frame slot.
unsafe fn put(out: *mut u64, v: u64) -> u32 {
    // SAFETY: per the contract.
    unsafe { *out = v };
    0
}

builtin_fn! {
    /// `i64.div_s`: `a / b` rounded toward zero; traps on a zero divisor
    /// and on `i64::MIN / -1`.
    ///
    /// # Safety
    /// `out` is a writable frame slot.
    pub unsafe fn i64_div_s(_vmctx: *mut u8, a: u64, b: u64, out: *mut u64) -> u32 {
        match (a as i64).checked_div(b as i64) {
            // SAFETY: per the contract.
            Some(q) => unsafe { put(out, q as u64) },
            None if b == 0 => TrapKind::IntegerDivisionByZero as u32,
            None => TrapKind::IntegerOverflow as u32,
        }
    }

    /// `i64.div_u`: traps on a zero divisor.
    ///
    /// # Safety
    /// `out` is a writable frame slot.
    pub unsafe fn i64_div_u(_vmctx: *mut u8, a: u64, b: u64, out: *mut u64) -> u32 {
        match a.checked_div(b) {
            // SAFETY: per the contract.
            Some(q) => unsafe { put(out, q) },
            None => TrapKind::IntegerDivisionByZero as u32,
        }
    }

    /// `i64.rem_s`: the remainder with the dividend's sign
    /// (`i64::MIN % -1` is 0); traps on a zero divisor.
    ///
    /// # Safety
    /// `out` is a writable frame slot.
    pub unsafe fn i64_rem_s(_vmctx: *mut u8, a: u64, b: u64, out: *mut u64) -> u32 {
        if b == 0 {
            return TrapKind::IntegerDivisionByZero as u32;
        }
        // SAFETY: per the contract.
        unsafe { put(out, (a as i64).wrapping_rem(b as i64) as u64) }
    }

    /// `i64.rem_u`: traps on a zero divisor.
    ///
    /// # Safety
    /// `out` is a writable frame slot.
    pub unsafe fn i64_rem_u(_vmctx: *mut u8, a: u64, b: u64, out: *mut u64) -> u32 {
        match a.checked_rem(b) {
            // SAFETY: per the contract.
            Some(r) => unsafe { put(out, r) },
            None => TrapKind::IntegerDivisionByZero as u32,
        }
    }

    /// `fNN.convert_i64_{s,u}` (`kind`: [`TO_F64`], [`SIGNED`]): the
    /// nearest float, ties to even (Rust's `as`, as §4.3.4 `convert`);
    /// an `f32` result's bits in the low 32 bits of `out`. Never traps.
    ///
    /// # Safety
    /// `out` is a writable frame slot.
    pub unsafe fn i64_to_float(_vmctx: *mut u8, kind: u32, a: u64, out: *mut u64) -> u32 {
        let bits = match (kind & TO_F64 != 0, kind & SIGNED != 0) {
            (true, true) => (a as i64 as f64).to_bits(),
            (true, false) => (a as f64).to_bits(),
            (false, true) => (a as i64 as f32).to_bits() as u64,
            (false, false) => (a as f32).to_bits() as u64,
        };
        // SAFETY: per the contract.
        unsafe { put(out, bits) }
    }

    /// `i64.trunc_fNN_{s,u}` and the `_sat` forms (`kind`: [`FROM_F64`],
    /// [`SIGNED`], [`SATURATING`]) of the float with bits `x` (an `f32`'s
    /// in the low 32 bits): toward zero; the trapping forms trap on NaN
    /// ("invalid conversion to integer") and out of range ("integer
    /// overflow"), the saturating ones give 0 for NaN and clamp (Rust's
    /// `as`, as §4.3.4 `trunc_sat`).
    ///
    /// # Safety
    /// `out` is a writable frame slot.
    pub unsafe fn float_to_i64(_vmctx: *mut u8, kind: u32, x: u64, out: *mut u64) -> u32 {
        let v = if kind & FROM_F64 != 0 {
            f64::from_bits(x)
        } else {
            f32::from_bits(x as u32) as f64
        };
        let signed = kind & SIGNED != 0;
        if kind & SATURATING == 0 {
            if v.is_nan() {
                return TrapKind::BadConversionToInteger as u32;
            }
            // The valid inputs: (-2^63 - 1, 2^63) signed, (-1, 2^64) unsigned.
            let t = v.trunc();
            let ok = if signed {
                (-9223372036854775808.0..9223372036854775808.0).contains(&t)
            } else {
                (0.0..18446744073709551616.0).contains(&t)
            };
            if !ok {
                return TrapKind::IntegerOverflow as u32;
            }
        }
        let r = if signed { v as i64 as u64 } else { v as u64 };
        // SAFETY: per the contract.
        unsafe { put(out, r) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn division_and_remainder_follow_the_spec() {
        let mut out = 0u64;
        let o = &mut out as *mut u64;
        let n = std::ptr::null_mut();
        // SAFETY: `o` is a local slot.
        unsafe {
            assert_eq!(i64_div_s(n, (-7i64) as u64, 2, o), 0);
            assert_eq!(*o as i64, -3);
            assert_eq!(i64_rem_s(n, (-7i64) as u64, 2, o), 0);
            assert_eq!(*o as i64, -1);
            assert_eq!(i64_rem_s(n, i64::MIN as u64, u64::MAX, o), 0);
            assert_eq!(*o, 0);
            assert_eq!(
                i64_div_s(n, i64::MIN as u64, u64::MAX, o),
                TrapKind::IntegerOverflow as u32
            );
            assert_eq!(
                i64_div_u(n, 1, 0, o),
                TrapKind::IntegerDivisionByZero as u32
            );
            assert_eq!(i64_rem_u(n, u64::MAX, 10, o), 0);
            assert_eq!(*o, 5);
        }
    }

    #[test]
    fn conversions_follow_the_spec() {
        let mut out = 0u64;
        let o = &mut out as *mut u64;
        let n = std::ptr::null_mut();
        // SAFETY: `o` is a local slot.
        unsafe {
            assert_eq!(i64_to_float(n, TO_F64, u64::MAX, o), 0);
            assert_eq!(f64::from_bits(*o), 18446744073709551616.0);
            assert_eq!(i64_to_float(n, SIGNED, (-1i64) as u64, o), 0);
            assert_eq!(f32::from_bits(*o as u32), -1.0);
            let nan = f64::NAN.to_bits();
            assert_eq!(
                float_to_i64(n, FROM_F64 | SIGNED, nan, o),
                TrapKind::BadConversionToInteger as u32
            );
            assert_eq!(float_to_i64(n, FROM_F64 | SIGNED | SATURATING, nan, o), 0);
            assert_eq!(*o, 0);
            let big = 9223372036854775808.0f64.to_bits();
            assert_eq!(
                float_to_i64(n, FROM_F64 | SIGNED, big, o),
                TrapKind::IntegerOverflow as u32
            );
            assert_eq!(float_to_i64(n, FROM_F64, big, o), 0);
            assert_eq!(*o, 1 << 63);
            let minus_half = (-0.5f32).to_bits() as u64;
            assert_eq!(float_to_i64(n, 0, minus_half, o), 0);
            assert_eq!(*o, 0);
        }
    }
}
