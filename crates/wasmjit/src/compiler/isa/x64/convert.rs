//! Conversions between integers and floats for x86-64
//! (`MacroAssembler::int_to_float`, `float_to_float`, `float_to_int`).

use dynasmrt::DynamicLabel;

use crate::compiler::masm::{FOpnd, MacroAssembler as _, OperandSize, Reg, Trunc, TruncFail};

use super::asm::{asm, sse, Asm};
use super::regs::{SCRATCH, XSCRATCH};

use OperandSize::{S32, S64};

/// `i32` values are kept zero-extended in GPRs, so the unsigned `i32`
/// form converts the 64-bit register; unsigned `i64` values >= 2^63 are
/// halved with the lost bit kept as a sticky bit (`(v >> 1) | (v & 1)`),
/// converted, and doubled, which rounds exactly like converting `v`.
pub(super) fn int_to_float(
    a: &mut Asm,
    from: OperandSize,
    to: OperandSize,
    signed: bool,
    x: Reg,
    r: Reg,
) {
    let single = to == S32;
    // Break the dependency on x's old contents (cvtsi2s* merges).
    asm!(a; xorps Rx(x), Rx(x));
    match (from, signed, single) {
        (S32, true, true) => asm!(a; cvtsi2ss Rx(x), Rd(r)),
        (S32, true, false) => asm!(a; cvtsi2sd Rx(x), Rd(r)),
        (S32, false, true) | (S64, true, true) => asm!(a; cvtsi2ss Rx(x), Rq(r)),
        (S32, false, false) | (S64, true, false) => asm!(a; cvtsi2sd Rx(x), Rq(r)),
        (S64, false, _) => {
            let (big, done) = (a.new_dynamic_label(), a.new_dynamic_label());
            asm!(a; test Rq(r), Rq(r) ; js =>big);
            if single {
                asm!(a; cvtsi2ss Rx(x), Rq(r));
            } else {
                asm!(a; cvtsi2sd Rx(x), Rq(r));
            }
            asm!(a
                ; jmp =>done
                ; =>big
                ; mov Rq(SCRATCH), Rq(r)
                ; shr Rq(SCRATCH), 1
                ; and Rq(r), 1
                ; or Rq(SCRATCH), Rq(r)
            );
            if single {
                asm!(a; cvtsi2ss Rx(x), Rq(SCRATCH) ; addss Rx(x), Rx(x));
            } else {
                asm!(a; cvtsi2sd Rx(x), Rq(SCRATCH) ; addsd Rx(x), Rx(x));
            }
            asm!(a; =>done);
        }
    }
}

/// `cvtsd2ss` rounds to nearest-even; both directions quiet a NaN and
/// keep its sign and top payload bits.
pub(super) fn float_to_float(a: &mut Asm, to: OperandSize, x: Reg) {
    match to {
        S32 => asm!(a; cvtsd2ss Rx(x), Rx(x)),
        S64 => asm!(a; cvtss2sd Rx(x), Rx(x)),
    }
}

/// Compares with the exact bounds first (unordered sets ZF, PF and CF:
/// PF is tested first), so `cvtts*2si` only sees values it converts
/// exactly.
pub(super) fn float_to_int(a: &mut Asm, t: Trunc<DynamicLabel>, dst: Reg, x: Reg) {
    let Trunc {
        from,
        to,
        signed,
        range: r,
        fail,
    } = t;
    let single = from == S32;
    let wide = to == S64;
    let (nan, low, high, done) = (
        a.new_dynamic_label(),
        a.new_dynamic_label(),
        a.new_dynamic_label(),
        a.new_dynamic_label(),
    );
    let xs = FOpnd::Reg(XSCRATCH);
    let (nan_to, low_to, high_to) = match fail {
        TruncFail::Trap { nan, overflow } => (nan, overflow, overflow),
        TruncFail::Saturate { .. } => (nan, low, high),
    };
    a.float_scratch_bits(r.lo);
    sse!(a, single, ucomiss / ucomisd, x, xs);
    asm!(a; jp =>nan_to);
    if r.lo_inclusive {
        asm!(a; jb =>low_to);
    } else {
        asm!(a; jbe =>low_to);
    }
    a.float_scratch_bits(r.hi);
    sse!(a, single, ucomiss / ucomisd, x, xs);
    asm!(a; jae =>high_to);

    // In range: convert.
    match (wide, signed, single) {
        (false, true, true) => asm!(a; cvttss2si Rd(dst), Rx(x)),
        (false, true, false) => asm!(a; cvttsd2si Rd(dst), Rx(x)),
        // Unsigned i32 and signed i64: the value fits a signed 64-bit
        // conversion (and a nonnegative i32 result is zero-extended).
        (_, _, true) if !wide || signed => asm!(a; cvttss2si Rq(dst), Rx(x)),
        (_, _, false) if !wide || signed => asm!(a; cvttsd2si Rq(dst), Rx(x)),
        _ => {
            // Unsigned i64: values >= 2^63 are converted after
            // subtracting 2^63 (exact), and the top bit is set back.
            let big = a.new_dynamic_label();
            a.float_scratch_bits(r.p63);
            sse!(a, single, ucomiss / ucomisd, x, xs);
            asm!(a; jae =>big);
            if single {
                asm!(a; cvttss2si Rq(dst), Rx(x));
            } else {
                asm!(a; cvttsd2si Rq(dst), Rx(x));
            }
            asm!(a; jmp =>done ; =>big);
            sse!(a, single, subss / subsd, x, xs);
            if single {
                asm!(a; cvttss2si Rq(dst), Rx(x));
            } else {
                asm!(a; cvttsd2si Rq(dst), Rx(x));
            }
            asm!(a
                ; mov Rq(SCRATCH), QWORD i64::MIN
                ; xor Rq(dst), Rq(SCRATCH)
            );
        }
    }

    if let TruncFail::Saturate { min, max } = fail {
        asm!(a; jmp =>done ; =>nan ; mov Rd(dst), 0 ; jmp =>done ; =>low);
        if wide {
            asm!(a; mov Rq(dst), QWORD min ; jmp =>done ; =>high ; mov Rq(dst), QWORD max);
        } else {
            asm!(a
                ; mov Rd(dst), min as i32
                ; jmp =>done
                ; =>high
                ; mov Rd(dst), max as i32
            );
        }
    }
    asm!(a; =>done);
}
