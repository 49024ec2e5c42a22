//! Conversions between integers and floats, and the `i64` unary
//! operations, for 32-bit x86 (`MacroAssembler::int_to_float`,
//! `float_to_int`, `unop` at `S64`).

use dynasmrt::DynamicLabel;

use crate::compiler::masm::{
    pair_halves, FOpnd, IntUn, MacroAssembler as _, OperandSize, Opnd, Reg, Trunc, TruncFail,
};

use super::asm::{asm, sse, unsupported, Asm, XSCRATCH};
use super::pair::{halves, lo, op32, opnd_halves};

use OperandSize::{S32, S64};

/// 2^32 as an `f64`.
const TWO_TO_32: u64 = 0x41f0_0000_0000_0000;

/// Signed `i32`: `cvtsi2s*`. Unsigned `i32`: converted as signed, then
/// 2^32 added when the sign bit was set (exact in `f64`; for `f32` the
/// `f64` result is rounded once, by `cvtsd2ss`).
pub(super) fn int_to_float(
    a: &mut Asm,
    from: OperandSize,
    to: OperandSize,
    signed: bool,
    x: Reg,
    r: Reg,
) {
    if from == S64 {
        return unsupported("i64 to float conversion on 32-bit x86");
    }
    let (single, r) = (to == S32, lo(r));
    asm!(a; xorps Rx(x), Rx(x));
    match (signed, single) {
        (true, true) => asm!(a; cvtsi2ss Rx(x), Rd(r)),
        (true, false) => asm!(a; cvtsi2sd Rx(x), Rd(r)),
        (false, _) => {
            let done = a.new_dynamic_label();
            asm!(a; cvtsi2sd Rx(x), Rd(r) ; test Rd(r), Rd(r) ; jns =>done);
            a.float_scratch_bits(TWO_TO_32);
            asm!(a; addsd Rx(x), Rx(XSCRATCH) ; =>done);
            if single {
                asm!(a; cvtsd2ss Rx(x), Rx(x));
            }
        }
    }
}

/// As on x86-64: the exact bounds are compared first, so `cvtts*2si`
/// only sees values it converts exactly; unsigned `i32` results of 2^31
/// and more are converted after subtracting 2^31.
pub(super) fn float_to_int(a: &mut Asm, t: Trunc<DynamicLabel>, dst: Reg, x: Reg) {
    let Trunc {
        from,
        to,
        signed,
        range: r,
        fail,
    } = t;
    if to == S64 {
        return unsupported("float to i64 truncation on 32-bit x86");
    }
    let (single, d) = (from == S32, lo(dst));
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
    if signed {
        if single {
            asm!(a; cvttss2si Rd(d), Rx(x));
        } else {
            asm!(a; cvttsd2si Rd(d), Rx(x));
        }
    } else {
        // 2^31 in the source format.
        let p31 = if single {
            0x4f00_0000
        } else {
            0x41e0_0000_0000_0000
        };
        let big = a.new_dynamic_label();
        a.float_scratch_bits(p31);
        sse!(a, single, ucomiss / ucomisd, x, xs);
        asm!(a; jae =>big);
        if single {
            asm!(a; cvttss2si Rd(d), Rx(x));
        } else {
            asm!(a; cvttsd2si Rd(d), Rx(x));
        }
        asm!(a; jmp =>done ; =>big);
        sse!(a, single, subss / subsd, x, xs);
        if single {
            asm!(a; cvttss2si Rd(d), Rx(x));
        } else {
            asm!(a; cvttsd2si Rd(d), Rx(x));
        }
        asm!(a; xor Rd(d), i32::MIN);
    }
    if let TruncFail::Saturate { min, max } = fail {
        asm!(a
            ; jmp =>done
            ; =>nan
            ; mov Rd(d), 0
            ; jmp =>done
            ; =>low
            ; mov Rd(d), min as i32
            ; jmp =>done
            ; =>high
            ; mov Rd(d), max as i32
        );
    }
    asm!(a; =>done);
}

/// `dst = OP src` on `i64` (`dst` a fresh pair): counts combine the
/// halves' counts, sign extensions fill the high half with the sign.
pub(super) fn unop64(a: &mut Asm, op: IntUn, dst: Reg, src: Opnd) {
    let (l, h) = halves(dst);
    debug_assert!(pair_halves(dst).is_some());
    let (sl, sh) = opnd_halves(src);
    match op {
        IntUn::Popcnt => {
            count(a, IntUn::Popcnt, l, sl);
            count(a, IntUn::Popcnt, h, sh);
            asm!(a; add Rd(l), Rd(h) ; mov Rd(h), 0);
        }
        IntUn::Clz | IntUn::Ctz => {
            // The count of the half that decides, else 32 + the other's
            // (lzcnt/tzcnt set CF when their source is zero). The first
            // count goes to a half of `dst` that is not the other source
            // half: `dst` may reuse `src`'s registers (clz's first count
            // into `l` would overwrite `sl`, its second source).
            let (first, second) = if op == IntUn::Clz { (sh, sl) } else { (sl, sh) };
            let done = a.new_dynamic_label();
            if second == Opnd::Reg(l) {
                let found = a.new_dynamic_label();
                count(a, op, h, first);
                asm!(a; jnc =>found);
                count(a, op, l, second);
                asm!(a; add Rd(l), 32 ; jmp =>done ; =>found ; mov Rd(l), Rd(h));
            } else {
                count(a, op, l, first);
                asm!(a; jnc =>done);
                count(a, op, l, second);
                asm!(a; add Rd(l), 32);
            }
            asm!(a; =>done ; mov Rd(h), 0);
        }
        IntUn::Extend8S | IntUn::Extend16S | IntUn::Extend32S => {
            match (op, sl) {
                (IntUn::Extend8S, Opnd::Reg(r)) => asm!(a; movsx Rd(l), Rb(r)),
                (IntUn::Extend8S, Opnd::Mem(d)) => asm!(a; movsx Rd(l), BYTE [ebp + d]),
                (IntUn::Extend16S, Opnd::Reg(r)) => asm!(a; movsx Rd(l), Rw(r)),
                (IntUn::Extend16S, Opnd::Mem(d)) => asm!(a; movsx Rd(l), WORD [ebp + d]),
                (_, o) => op32!(a, mov, l, o),
            }
            asm!(a; mov Rd(h), Rd(l) ; sar Rd(h), 31);
        }
    }
}

/// `dst = lzcnt/tzcnt/popcnt src` on 32 bits.
fn count(a: &mut Asm, op: IntUn, dst: Reg, src: Opnd) {
    match (op, src) {
        (IntUn::Clz, Opnd::Reg(r)) => asm!(a; lzcnt Rd(dst), Rd(r)),
        (IntUn::Clz, Opnd::Mem(d)) => asm!(a; lzcnt Rd(dst), DWORD [ebp + d]),
        (IntUn::Ctz, Opnd::Reg(r)) => asm!(a; tzcnt Rd(dst), Rd(r)),
        (IntUn::Ctz, Opnd::Mem(d)) => asm!(a; tzcnt Rd(dst), DWORD [ebp + d]),
        (IntUn::Popcnt, Opnd::Reg(r)) => asm!(a; popcnt Rd(dst), Rd(r)),
        (IntUn::Popcnt, Opnd::Mem(d)) => asm!(a; popcnt Rd(dst), DWORD [ebp + d]),
        _ => unreachable!("no such count form"),
    }
}
