//! Float→integer truncation (spec §4.3.4 `trunc_u`, `trunc_s`,
//! `trunc_sat_u`, `trunc_sat_s`): `iNN.trunc_fMM_{s,u}` trap on NaN and on
//! values whose truncation is out of range; the `_sat` forms give 0 for NaN
//! and clamp.
//!
//! Every form first compares the input against the exact bounds of the
//! valid range (so `cvtts*2si` only ever sees values it converts exactly),
//! then converts. The bounds are chosen per source format: the valid inputs
//! of `i32.trunc_f64_s` are `-2^31 - 1 < x < 2^31` (so -2147483648.9 is
//! valid), while `f32` has no values between `-2^31 - 256` and `-2^31`, so
//! the lower bound is `x >= -2^31` there.

use crate::error::{Result, TrapKind};
use crate::values::ValType;

use super::func::FuncCompiler;
use super::masm::{MacroAssembler as _, OperandSize, Trunc, TruncFail, TruncRange};
use super::stack::{Loc, I64_PAIRS};

/// The valid input range of a truncation: `lo < x` (or `lo <= x` when
/// `lo_inclusive`) and `x < hi`, all values exact in either float format.
struct Range {
    lo: f64,
    lo_inclusive: bool,
    hi: f64,
}

fn range(from: ValType, to: ValType, signed: bool) -> Range {
    const P31: f64 = 2147483648.0;
    const P32: f64 = 4294967296.0;
    const P63: f64 = 9223372036854775808.0;
    const P64: f64 = 18446744073709551616.0;
    match (to, signed) {
        (ValType::I32, true) if from == ValType::F32 => Range {
            lo: -P31,
            lo_inclusive: true,
            hi: P31,
        },
        (ValType::I32, true) => Range {
            lo: -P31 - 1.0,
            lo_inclusive: false,
            hi: P31,
        },
        (ValType::I32, false) => Range {
            lo: -1.0,
            lo_inclusive: false,
            hi: P32,
        },
        (_, true) => Range {
            lo: -P63,
            lo_inclusive: true,
            hi: P63,
        },
        (_, false) => Range {
            lo: -1.0,
            lo_inclusive: false,
            hi: P64,
        },
    }
}

/// Bits of `v` in format `ty` (exact for the bounds used here).
fn bits(ty: ValType, v: f64) -> u64 {
    if ty == ValType::F32 {
        (v as f32).to_bits() as u64
    } else {
        v.to_bits()
    }
}

/// The result of truncating constant `c`, or `None` when it traps.
/// Rust's float-to-int `as` truncates toward zero and saturates with NaN
/// mapped to 0, exactly the `trunc_sat` semantics.
fn fold_trunc(from: ValType, to: ValType, signed: bool, sat: bool, c: u64) -> Option<u64> {
    let x = if from == ValType::F32 {
        f32::from_bits(c as u32) as f64
    } else {
        f64::from_bits(c)
    };
    if !sat {
        let r = range(from, to, signed);
        let lo_ok = if r.lo_inclusive { x >= r.lo } else { x > r.lo };
        if x.is_nan() || !lo_ok || x >= r.hi {
            return None;
        }
    }
    // Widening f32 to f64 is exact, so converting `x` is the same as
    // converting the f32.
    Some(match (to, signed) {
        (ValType::I32, true) => x as i32 as u32 as u64,
        (ValType::I32, false) => x as u32 as u64,
        (_, true) => x as i64 as u64,
        (_, false) => x as u64,
    })
}

impl FuncCompiler<'_> {
    /// `iNN.trunc_fMM_{s,u}` and the `_sat` forms (§4.3.4): pops a `from`
    /// float, pushes a `to` integer. The trapping forms trap with "invalid
    /// conversion to integer" for NaN and "integer overflow" for
    /// out-of-range values (`MacroAssembler::float_to_int`).
    pub fn trunc(
        &mut self,
        from: ValType,
        to: ValType,
        signed: bool,
        saturating: bool,
    ) -> Result<()> {
        if let Loc::Const(c) = self.peek(0).loc {
            if let Some(v) = fold_trunc(from, to, signed, saturating, c) {
                self.pop();
                self.push(to, Loc::Const(v));
                return Ok(());
            }
        }
        if I64_PAIRS && to == ValType::I64 {
            self.float_to_i64_builtin(from, signed, saturating);
            return Ok(());
        }
        let e = self.pop();
        let x = self.owned_fpr(e);
        let dst = self.alloc_gpr_for(to);
        let r = range(from, to, signed);
        let range = TruncRange {
            lo: bits(from, r.lo),
            lo_inclusive: r.lo_inclusive,
            hi: bits(from, r.hi),
            p63: bits(from, 9223372036854775808.0),
        };
        let fail = if saturating {
            let (min, max): (i64, i64) = match (to == ValType::I64, signed) {
                (false, true) => (i32::MIN as u32 as i64, i32::MAX as i64),
                (false, false) => (0, u32::MAX as i64),
                (true, true) => (i64::MIN, i64::MAX),
                (true, false) => (0, -1),
            };
            TruncFail::Saturate { min, max }
        } else {
            TruncFail::Trap {
                nan: self.trap_label(TrapKind::BadConversionToInteger),
                overflow: self.trap_label(TrapKind::IntegerOverflow),
            }
        };
        let t = Trunc {
            from: OperandSize::of_float(from),
            to: OperandSize::of(to),
            signed,
            range,
            fail,
        };
        self.a.float_to_int(t, dst, x);
        self.regs.free_fpr(x);
        self.push(to, Loc::Gpr(dst));
        Ok(())
    }
}
