//! The SSE2–SSE4.2 forms of the `v128` operations, shared by the x86-64
//! and 32-bit x86 backends: each includes this file as its own `sse`
//! module (`#[path]`), so `asm!` and `Asm` are the including backend's
//! (`super::asm`), as are its scratch registers (`super::SCRATCH`,
//! `super::XSCRATCH`). The encodings are the same on both ISAs for
//! xmm0–xmm7 and 32-bit GPRs; what needs a 64-bit GPR (64-bit immediates,
//! `i64` lanes to and from GPRs) is the backend's, except the two constant
//! builders below, which say how each ISA does it.
//!
//! Where x86 has no single instruction the sequences are the usual ones
//! (V8's `SharedTurboAssembler`, Cranelift's x64 lowering, described in
//! each comment); the scratch XMM register is `X`, further temporaries
//! come from the generator (`bin_temps`, `un_temps`).

use crate::compiler::masm::{FloatCmp, IntCmp, Reg, RoundMode};
use crate::compiler::simd_masm::{Lanes, ShiftCount, VBin, VShift, VUn};

use super::asm::{asm, Asm};
use super::{SCRATCH, XSCRATCH};

use Lanes::{F32, F64, I16, I32, I64, I8};

const X: u8 = XSCRATCH;

/// `x = ` all ones.
pub(super) fn ones(a: &mut Asm, x: Reg) {
    asm!(a; pcmpeqd Rx(x), Rx(x));
}

/// `x = ` zero.
pub(super) fn zero(a: &mut Asm, x: Reg) {
    asm!(a; pxor Rx(x), Rx(x));
}

/// `x = ` the 64-bit pattern `v` in both halves (clobbers the GPR
/// scratch): through a 64-bit GPR on x86-64, through 32-bit halves on
/// x86.
pub(super) fn splat64(a: &mut Asm, x: Reg, v: u64) {
    match v {
        0 => zero(a, x),
        u64::MAX => ones(a, x),
        #[cfg(target_arch = "x86_64")]
        _ => asm!(a
            ; mov Rq(SCRATCH), QWORD v as i64
            ; movq Rx(x), Rq(SCRATCH)
            ; punpcklqdq Rx(x), Rx(x)
        ),
        #[cfg(target_arch = "x86")]
        _ => {
            let (lo, hi) = (v as u32, (v >> 32) as u32);
            asm!(a; mov Rd(SCRATCH), lo as i32 ; movd Rx(x), Rd(SCRATCH));
            if lo == hi {
                asm!(a; pshufd Rx(x), Rx(x), 0);
            } else {
                asm!(a
                    ; mov Rd(SCRATCH), hi as i32
                    ; pinsrd Rx(x), Rd(SCRATCH), 1
                    ; punpcklqdq Rx(x), Rx(x)
                );
            }
        }
    }
}

pub(super) fn splat32(a: &mut Asm, x: Reg, v: u32) {
    splat64(a, x, v as u64 | (v as u64) << 32);
}

pub(super) fn splat16(a: &mut Asm, x: Reg, v: u16) {
    splat32(a, x, v as u32 * 0x1_0001);
}

pub(super) fn splat8(a: &mut Asm, x: Reg, v: u8) {
    splat32(a, x, v as u32 * 0x0101_0101);
}

/// `x = ` the 128-bit constant `bits` (clobbers the GPR scratch): two
/// 64-bit halves on x86-64, four 32-bit lanes on x86.
pub(super) fn const128(a: &mut Asm, x: Reg, bits: u128) {
    let (lo, hi) = (bits as u64, (bits >> 64) as u64);
    if lo == hi {
        return splat64(a, x, lo);
    }
    #[cfg(target_arch = "x86_64")]
    asm!(a
        ; mov Rq(SCRATCH), QWORD lo as i64
        ; movq Rx(x), Rq(SCRATCH)
        ; mov Rq(SCRATCH), QWORD hi as i64
        ; pinsrq Rx(x), Rq(SCRATCH), 1
    );
    #[cfg(target_arch = "x86")]
    for i in 0..4u8 {
        asm!(a; mov Rd(SCRATCH), (bits >> (32 * i)) as u32 as i32);
        if i == 0 {
            asm!(a; movd Rx(x), Rd(SCRATCH));
        } else {
            asm!(a; pinsrd Rx(x), Rd(SCRATCH), i as i8);
        }
    }
}

fn not(a: &mut Asm, d: Reg) {
    ones(a, X);
    asm!(a; pxor Rx(d), Rx(X));
}

/// `d = d == s` per lane.
fn pcmpeq(a: &mut Asm, l: Lanes, d: Reg, s: Reg) {
    match l {
        I8 => asm!(a; pcmpeqb Rx(d), Rx(s)),
        I16 => asm!(a; pcmpeqw Rx(d), Rx(s)),
        I32 => asm!(a; pcmpeqd Rx(d), Rx(s)),
        _ => asm!(a; pcmpeqq Rx(d), Rx(s)),
    }
}

/// `d = d > s` per signed lane.
fn pcmpgt(a: &mut Asm, l: Lanes, d: Reg, s: Reg) {
    match l {
        I8 => asm!(a; pcmpgtb Rx(d), Rx(s)),
        I16 => asm!(a; pcmpgtw Rx(d), Rx(s)),
        I32 => asm!(a; pcmpgtd Rx(d), Rx(s)),
        _ => asm!(a; pcmpgtq Rx(d), Rx(s)),
    }
}

/// `d = min_u(d, s)` (`max` when `max`) per lane of 8, 16 or 32 bits.
fn pminmaxu(a: &mut Asm, l: Lanes, max: bool, d: Reg, s: Reg) {
    match (l, max) {
        (I8, false) => asm!(a; pminub Rx(d), Rx(s)),
        (I16, false) => asm!(a; pminuw Rx(d), Rx(s)),
        (_, false) => asm!(a; pminud Rx(d), Rx(s)),
        (I8, true) => asm!(a; pmaxub Rx(d), Rx(s)),
        (I16, true) => asm!(a; pmaxuw Rx(d), Rx(s)),
        (_, true) => asm!(a; pmaxud Rx(d), Rx(s)),
    }
}

/// Integer lane comparisons: `eq` and signed `gt` are instructions, `lt`
/// swaps the operands, `le`/`ge` are the negations of `gt`/`lt`; unsigned
/// `le`/`ge` compare with the unsigned min/max, `gt`/`lt` negate those.
fn int_cmp(a: &mut Asm, l: Lanes, c: IntCmp, d: Reg, s: Reg) {
    match c {
        IntCmp::Eq => pcmpeq(a, l, d, s),
        IntCmp::Ne => {
            pcmpeq(a, l, d, s);
            not(a, d);
        }
        IntCmp::GtS => pcmpgt(a, l, d, s),
        IntCmp::LeS => {
            pcmpgt(a, l, d, s);
            not(a, d);
        }
        IntCmp::LtS | IntCmp::GeS => {
            asm!(a; movaps Rx(X), Rx(s));
            pcmpgt(a, l, X, d);
            asm!(a; movaps Rx(d), Rx(X));
            if c == IntCmp::GeS {
                not(a, d);
            }
        }
        IntCmp::LeU | IntCmp::GtU | IntCmp::GeU | IntCmp::LtU => {
            let max = matches!(c, IntCmp::GeU | IntCmp::LtU);
            asm!(a; movaps Rx(X), Rx(d));
            pminmaxu(a, l, max, X, s);
            pcmpeq(a, l, d, X);
            if matches!(c, IntCmp::GtU | IntCmp::LtU) {
                not(a, d);
            }
        }
    }
}

/// Float lane comparisons with `cmpps`/`cmppd` predicates (EQ 0, LT 1,
/// LE 2, NEQ 4); `gt`/`ge` swap the operands.
fn float_cmp(a: &mut Asm, l: Lanes, c: FloatCmp, d: Reg, s: Reg) {
    let (swap, pred) = match c {
        FloatCmp::Eq => (false, 0),
        FloatCmp::Ne => (false, 4),
        FloatCmp::Lt => (false, 1),
        FloatCmp::Le => (false, 2),
        FloatCmp::Gt => (true, 1),
        FloatCmp::Ge => (true, 2),
    };
    let (dst, src) = if swap { (X, d) } else { (d, s) };
    if swap {
        asm!(a; movaps Rx(X), Rx(s));
    }
    if l == F32 {
        asm!(a; cmpps Rx(dst), Rx(src), pred);
    } else {
        asm!(a; cmppd Rx(dst), Rx(src), pred);
    }
    if swap {
        asm!(a; movaps Rx(d), Rx(X));
    }
}

/// `fmin`/`fmax` per lane with the spec's rules (§4.3.3: NaN if either is
/// NaN, canonical here; `-0 < +0`). `minps`/`maxps` return their second
/// operand when either is NaN or both are zeros, so the operation runs in
/// both orders and the results are merged (V8's `F32x4Min`/`F32x4Max`):
/// OR merges `-0` and NaNs for min; for max, XOR finds the discrepancies,
/// OR propagates NaNs and the subtraction the sign of zeros. NaN lanes are
/// then rebuilt as the canonical NaN from the `cmpunord` mask.
fn float_minmax(a: &mut Asm, l: Lanes, max: bool, d: Reg, s: Reg) {
    asm!(a; movaps Rx(X), Rx(s));
    match (l, max) {
        (F32, false) => asm!(a
            ; minps Rx(X), Rx(d)
            ; minps Rx(d), Rx(s)
            ; orps Rx(X), Rx(d)
            ; cmpunordps Rx(d), Rx(X)
            ; orps Rx(X), Rx(d)
            ; psrld Rx(d), 10
            ; andnps Rx(d), Rx(X)
        ),
        (F32, true) => asm!(a
            ; maxps Rx(X), Rx(d)
            ; maxps Rx(d), Rx(s)
            ; xorps Rx(d), Rx(X)
            ; orps Rx(X), Rx(d)
            ; subps Rx(X), Rx(d)
            ; cmpunordps Rx(d), Rx(X)
            ; psrld Rx(d), 10
            ; andnps Rx(d), Rx(X)
        ),
        (_, false) => asm!(a
            ; minpd Rx(X), Rx(d)
            ; minpd Rx(d), Rx(s)
            ; orpd Rx(X), Rx(d)
            ; cmpunordpd Rx(d), Rx(X)
            ; orpd Rx(X), Rx(d)
            ; psrlq Rx(d), 13
            ; andnpd Rx(d), Rx(X)
        ),
        (_, true) => asm!(a
            ; maxpd Rx(X), Rx(d)
            ; maxpd Rx(d), Rx(s)
            ; xorpd Rx(d), Rx(X)
            ; orpd Rx(X), Rx(d)
            ; subpd Rx(X), Rx(d)
            ; cmpunordpd Rx(d), Rx(X)
            ; psrlq Rx(d), 13
            ; andnpd Rx(d), Rx(X)
        ),
    }
}

/// `d = ` sign- or zero-extension of the low half of `d` into `to` lanes.
fn extend_low(a: &mut Asm, to: Lanes, signed: bool, d: Reg, s: Reg) {
    match (to, signed) {
        (I16, true) => asm!(a; pmovsxbw Rx(d), Rx(s)),
        (I32, true) => asm!(a; pmovsxwd Rx(d), Rx(s)),
        (_, true) => asm!(a; pmovsxdq Rx(d), Rx(s)),
        (I16, false) => asm!(a; pmovzxbw Rx(d), Rx(s)),
        (I32, false) => asm!(a; pmovzxwd Rx(d), Rx(s)),
        (_, false) => asm!(a; pmovzxdq Rx(d), Rx(s)),
    }
}

/// Extended multiplication into `to` lanes.
fn extmul(a: &mut Asm, to: Lanes, high: bool, signed: bool, d: Reg, s: Reg) {
    match to {
        I16 => {
            // Widen both halves, then multiply.
            if high {
                asm!(a; pshufd Rx(d), Rx(d), 0xeeu8 as i8 ; pshufd Rx(X), Rx(s), 0xeeu8 as i8);
                extend_low(a, I16, signed, d, d);
                extend_low(a, I16, signed, X, X);
            } else {
                extend_low(a, I16, signed, d, d);
                extend_low(a, I16, signed, X, s);
            }
            asm!(a; pmullw Rx(d), Rx(X));
        }
        I32 => {
            // Low and high halves of the 16x16 products, interleaved.
            asm!(a; movaps Rx(X), Rx(d) ; pmullw Rx(d), Rx(s));
            if signed {
                asm!(a; pmulhw Rx(X), Rx(s));
            } else {
                asm!(a; pmulhuw Rx(X), Rx(s));
            }
            if high {
                asm!(a; punpckhwd Rx(d), Rx(X));
            } else {
                asm!(a; punpcklwd Rx(d), Rx(X));
            }
        }
        _ => {
            // `pmul(u)dq` multiplies lanes 0 and 2: spread the half there.
            let sel: i8 = if high { 0xfau8 as i8 } else { 0x50 };
            asm!(a; pshufd Rx(X), Rx(s), sel ; pshufd Rx(d), Rx(d), sel);
            if signed {
                asm!(a; pmuldq Rx(d), Rx(X));
            } else {
                asm!(a; pmuludq Rx(d), Rx(X));
            }
        }
    }
}

pub(super) fn bin_temps(op: VBin) -> usize {
    match op {
        VBin::Mul(I64) => 1,
        _ => 0,
    }
}

pub(super) fn v128_bin(a: &mut Asm, op: VBin, d: Reg, s: Reg, tmp: &[Reg]) {
    use VBin::*;
    macro_rules! by_lanes {
        ($l:expr; $($lanes:ident => $ins:ident),*) => {
            match $l {
                $($lanes => asm!(a; $ins Rx(d), Rx(s)),)*
                #[allow(unreachable_patterns)]
                l => unreachable!("{op:?} on {l:?} lanes"),
            }
        };
    }
    match op {
        And => asm!(a; pand Rx(d), Rx(s)),
        Or => asm!(a; por Rx(d), Rx(s)),
        Xor => asm!(a; pxor Rx(d), Rx(s)),
        AndNot => asm!(a; movaps Rx(X), Rx(s) ; pandn Rx(X), Rx(d) ; movaps Rx(d), Rx(X)),
        Add(l) => {
            by_lanes!(l; I8 => paddb, I16 => paddw, I32 => paddd, I64 => paddq, F32 => addps, F64 => addpd)
        }
        Sub(l) => {
            by_lanes!(l; I8 => psubb, I16 => psubw, I32 => psubd, I64 => psubq, F32 => subps, F64 => subpd)
        }
        Mul(I64) => {
            // lo(a)*lo(b) + ((hi(a)*lo(b) + lo(a)*hi(b)) << 32).
            let t = tmp[0];
            asm!(a
                ; movaps Rx(X), Rx(d)
                ; psrlq Rx(X), 32
                ; pmuludq Rx(X), Rx(s)
                ; movaps Rx(t), Rx(s)
                ; psrlq Rx(t), 32
                ; pmuludq Rx(t), Rx(d)
                ; paddq Rx(X), Rx(t)
                ; psllq Rx(X), 32
                ; pmuludq Rx(d), Rx(s)
                ; paddq Rx(d), Rx(X)
            );
        }
        Mul(l) => by_lanes!(l; I16 => pmullw, I32 => pmulld, F32 => mulps, F64 => mulpd),
        Div(l) => by_lanes!(l; F32 => divps, F64 => divpd),
        AddSatS(l) => by_lanes!(l; I8 => paddsb, I16 => paddsw),
        AddSatU(l) => by_lanes!(l; I8 => paddusb, I16 => paddusw),
        SubSatS(l) => by_lanes!(l; I8 => psubsb, I16 => psubsw),
        SubSatU(l) => by_lanes!(l; I8 => psubusb, I16 => psubusw),
        MinS(l) => by_lanes!(l; I8 => pminsb, I16 => pminsw, I32 => pminsd),
        MinU(l) => by_lanes!(l; I8 => pminub, I16 => pminuw, I32 => pminud),
        MaxS(l) => by_lanes!(l; I8 => pmaxsb, I16 => pmaxsw, I32 => pmaxsd),
        MaxU(l) => by_lanes!(l; I8 => pmaxub, I16 => pmaxuw, I32 => pmaxud),
        AvgrU(l) => by_lanes!(l; I8 => pavgb, I16 => pavgw),
        Min(l) => float_minmax(a, l, false, d, s),
        Max(l) => float_minmax(a, l, true, d, s),
        PMin(l) | PMax(l) => {
            // pmin = src < dst ? src : dst = minps(src, dst).
            asm!(a; movaps Rx(X), Rx(s));
            match (l, op) {
                (F32, PMin(_)) => asm!(a; minps Rx(X), Rx(d)),
                (F32, _) => asm!(a; maxps Rx(X), Rx(d)),
                (_, PMin(_)) => asm!(a; minpd Rx(X), Rx(d)),
                _ => asm!(a; maxpd Rx(X), Rx(d)),
            }
            asm!(a; movaps Rx(d), Rx(X));
        }
        Cmp(l, c) => int_cmp(a, l, c, d, s),
        FCmp(l, c) => float_cmp(a, l, c, d, s),
        NarrowS(l) => by_lanes!(l; I8 => packsswb, I16 => packssdw),
        NarrowU(l) => by_lanes!(l; I8 => packuswb, I16 => packusdw),
        ExtMulLowS(l) => extmul(a, l, false, true, d, s),
        ExtMulHighS(l) => extmul(a, l, true, true, d, s),
        ExtMulLowU(l) => extmul(a, l, false, false, d, s),
        ExtMulHighU(l) => extmul(a, l, true, false, d, s),
        Dot => asm!(a; pmaddwd Rx(d), Rx(s)),
        Q15MulrSatS => {
            // pmulhrsw rounds as the spec does but gives 0x8000 for
            // 0x8000 * 0x8000, which saturates to 0x7fff.
            asm!(a; pmulhrsw Rx(d), Rx(s));
            splat16(a, X, 0x8000);
            asm!(a; pcmpeqw Rx(X), Rx(d) ; pxor Rx(d), Rx(X));
        }
        Swizzle => {
            // Indices over 15 saturate to 0x80 and up: pshufb zeroes them.
            splat8(a, X, 0x70);
            asm!(a; paddusb Rx(X), Rx(s) ; pshufb Rx(d), Rx(X));
        }
        RelaxedDotI8x16I7x16 => {
            asm!(a; movaps Rx(X), Rx(s) ; pmaddubsw Rx(X), Rx(d) ; movaps Rx(d), Rx(X));
        }
    }
}

pub(super) fn un_temps(op: VUn) -> usize {
    match op {
        VUn::Popcnt => 2,
        VUn::TruncSatF32U | VUn::TruncSatF64SZero | VUn::TruncSatF64UZero => 1,
        _ => 0,
    }
}

fn round_imm(mode: RoundMode) -> i8 {
    match mode {
        RoundMode::Nearest => 0,
        RoundMode::Floor => 1,
        RoundMode::Ceil => 2,
        RoundMode::Trunc => 3,
    }
}

pub(super) fn v128_un(a: &mut Asm, op: VUn, d: Reg, tmp: &[Reg]) {
    use VUn::*;
    match op {
        Not => not(a, d),
        Abs(I8) => asm!(a; pabsb Rx(d), Rx(d)),
        Abs(I16) => asm!(a; pabsw Rx(d), Rx(d)),
        Abs(I32) => asm!(a; pabsd Rx(d), Rx(d)),
        Abs(I64) => {
            // (x ^ sign) - sign.
            zero(a, X);
            asm!(a; pcmpgtq Rx(X), Rx(d) ; pxor Rx(d), Rx(X) ; psubq Rx(d), Rx(X));
        }
        Abs(F32) => {
            ones(a, X);
            asm!(a; psrld Rx(X), 1 ; andps Rx(d), Rx(X));
        }
        Abs(_) => {
            ones(a, X);
            asm!(a; psrlq Rx(X), 1 ; andpd Rx(d), Rx(X));
        }
        Neg(F32) => {
            ones(a, X);
            asm!(a; pslld Rx(X), 31 ; xorps Rx(d), Rx(X));
        }
        Neg(F64) => {
            ones(a, X);
            asm!(a; psllq Rx(X), 63 ; xorpd Rx(d), Rx(X));
        }
        Neg(l) => {
            zero(a, X);
            match l {
                I8 => asm!(a; psubb Rx(X), Rx(d)),
                I16 => asm!(a; psubw Rx(X), Rx(d)),
                I32 => asm!(a; psubd Rx(X), Rx(d)),
                _ => asm!(a; psubq Rx(X), Rx(d)),
            }
            asm!(a; movaps Rx(d), Rx(X));
        }
        Popcnt => {
            // Each nibble's count from a 16-entry table (pshufb), summed.
            let (hi, t) = (tmp[0], tmp[1]);
            splat8(a, X, 0x0f);
            asm!(a
                ; movaps Rx(hi), Rx(d)
                ; psrlw Rx(hi), 4
                ; pand Rx(hi), Rx(X)
                ; pand Rx(d), Rx(X)
            );
            const128(a, X, 0x0403_0302_0302_0201_0302_0201_0201_0100);
            asm!(a
                ; movaps Rx(t), Rx(X)
                ; pshufb Rx(t), Rx(d)
                ; pshufb Rx(X), Rx(hi)
                ; paddb Rx(X), Rx(t)
                ; movaps Rx(d), Rx(X)
            );
        }
        Sqrt(F32) => asm!(a; sqrtps Rx(d), Rx(d)),
        Sqrt(_) => asm!(a; sqrtpd Rx(d), Rx(d)),
        Round(F32, m) => asm!(a; roundps Rx(d), Rx(d), round_imm(m)),
        Round(_, m) => asm!(a; roundpd Rx(d), Rx(d), round_imm(m)),
        ExtendLowS(l) => extend_low(a, l, true, d, d),
        ExtendLowU(l) => extend_low(a, l, false, d, d),
        ExtendHighS(l) | ExtendHighU(l) => {
            asm!(a; pshufd Rx(d), Rx(d), 0xeeu8 as i8);
            extend_low(a, l, matches!(op, ExtendHighS(_)), d, d);
        }
        ExtAddPairwiseS(I16) => {
            // pmaddubsw multiplies unsigned bytes of its first operand by
            // signed bytes of its second: 1 * x, pairs added.
            splat8(a, X, 1);
            asm!(a; pmaddubsw Rx(X), Rx(d) ; movaps Rx(d), Rx(X));
        }
        ExtAddPairwiseU(I16) => {
            splat8(a, X, 1);
            asm!(a; pmaddubsw Rx(d), Rx(X));
        }
        ExtAddPairwiseS(_) => {
            splat16(a, X, 1);
            asm!(a; pmaddwd Rx(d), Rx(X));
        }
        ExtAddPairwiseU(_) => {
            // Bias to signed, add pairs, unbias by 2 * 0x8000.
            splat16(a, X, 0x8000);
            asm!(a; pxor Rx(d), Rx(X));
            splat16(a, X, 1);
            asm!(a; pmaddwd Rx(d), Rx(X));
            splat32(a, X, 0x1_0000);
            asm!(a; paddd Rx(d), Rx(X));
        }
        TruncSatF32S => {
            // NaN lanes to 0; cvttps2dq gives 0x80000000 out of range,
            // which positive lanes (sign of the input clear) flip to
            // 0x7fffffff (V8's I32x4SConvertF32x4).
            asm!(a
                ; movaps Rx(X), Rx(d)
                ; cmpeqps Rx(X), Rx(X)
                ; pand Rx(d), Rx(X)
                ; pxor Rx(X), Rx(d)
                ; cvttps2dq Rx(d), Rx(d)
                ; pand Rx(X), Rx(d)
                ; psrad Rx(X), 31
                ; pxor Rx(d), Rx(X)
            );
        }
        TruncSatF32U => {
            // Negative and NaN lanes to 0; lanes of 2^31 and up convert
            // as x - 2^31 and are added back (V8's I32x4UConvertF32x4).
            let t = tmp[0];
            asm!(a
                ; xorps Rx(X), Rx(X)
                ; maxps Rx(d), Rx(X)
                ; pcmpeqd Rx(X), Rx(X)
                ; psrld Rx(X), 1
                ; cvtdq2ps Rx(X), Rx(X)
                ; movaps Rx(t), Rx(d)
                ; subps Rx(t), Rx(X)
                ; cmpleps Rx(X), Rx(t)
                ; cvttps2dq Rx(t), Rx(t)
                ; pxor Rx(t), Rx(X)
                ; pxor Rx(X), Rx(X)
                ; pmaxsd Rx(t), Rx(X)
                ; cvttps2dq Rx(d), Rx(d)
                ; paddd Rx(d), Rx(t)
            );
        }
        TruncSatF64SZero => {
            // min(x, 2^31 - 1) with NaN lanes replaced by 0 (minpd returns
            // its second operand for NaN), then convert: below the range
            // gives 0x80000000, the minimum.
            let t = tmp[0];
            splat64(a, t, 2147483647.0f64.to_bits());
            asm!(a
                ; movaps Rx(X), Rx(d)
                ; cmpeqpd Rx(X), Rx(X)
                ; andpd Rx(X), Rx(t)
                ; minpd Rx(d), Rx(X)
                ; cvttpd2dq Rx(d), Rx(d)
            );
        }
        TruncSatF64UZero => {
            // Clamp to [0, 2^32 - 1] (NaN to 0), truncate, add 2^52: the
            // low 32 bits of each double are then the integer.
            let t = tmp[0];
            asm!(a; xorpd Rx(X), Rx(X) ; maxpd Rx(d), Rx(X));
            splat64(a, t, 4294967295.0f64.to_bits());
            asm!(a; minpd Rx(d), Rx(t) ; roundpd Rx(d), Rx(d), 3);
            splat64(a, t, 0x4330_0000_0000_0000);
            asm!(a; addpd Rx(d), Rx(t) ; shufps Rx(d), Rx(X), 0x88u8 as i8);
        }
        ConvertI32S => asm!(a; cvtdq2ps Rx(d), Rx(d)),
        ConvertI32U => {
            // The low 16 bits convert exactly; the rest is halved,
            // converted (exact) and doubled; one rounding in the final add.
            asm!(a
                ; movaps Rx(X), Rx(d)
                ; pslld Rx(X), 16
                ; psrld Rx(X), 16
                ; psubd Rx(d), Rx(X)
                ; cvtdq2ps Rx(X), Rx(X)
                ; psrld Rx(d), 1
                ; cvtdq2ps Rx(d), Rx(d)
                ; addps Rx(d), Rx(d)
                ; addps Rx(d), Rx(X)
            );
        }
        ConvertLowI32S => asm!(a; cvtdq2pd Rx(d), Rx(d)),
        ConvertLowI32U => {
            // 2^52 + x as a double (x as the low mantissa bits), minus 2^52.
            splat32(a, X, 0x4330_0000);
            asm!(a; unpcklps Rx(d), Rx(X));
            splat64(a, X, 0x4330_0000_0000_0000);
            asm!(a; subpd Rx(d), Rx(X));
        }
        Demote => asm!(a; cvtpd2ps Rx(d), Rx(d)),
        Promote => asm!(a; cvtps2pd Rx(d), Rx(d)),
    }
}

/// The mask of byte lanes that keeps the bits a logical right shift by
/// the count in `c` keeps (`0xff >> c`), in X.
fn byte_shift_mask(a: &mut Asm, c: Reg) {
    ones(a, X);
    asm!(a; psrlw Rx(X), 8 ; psrlw Rx(X), Rx(c) ; packuswb Rx(X), Rx(X));
}

pub(super) fn v128_shift(
    a: &mut Asm,
    l: Lanes,
    op: VShift,
    d: Reg,
    count: ShiftCount,
    tmp: &[Reg],
) {
    let mask = l.bits() - 1;
    // The count register for the variable forms: the count modulo the
    // lane width (plus 8 for the byte shr_s, which shifts words).
    let c = tmp.first().copied().unwrap_or(X);
    let bias = if l == I8 && op == VShift::ShrS { 8 } else { 0 };
    let imm = match count {
        ShiftCount::Imm(n) => Some(n & mask),
        ShiftCount::Gpr(r) => {
            asm!(a
                ; mov Rd(SCRATCH), Rd(r)
                ; and Rd(SCRATCH), mask as i32
            );
            if bias != 0 {
                asm!(a; add Rd(SCRATCH), bias);
            }
            asm!(a; movd Rx(c), Rd(SCRATCH));
            None
        }
    };
    macro_rules! shift {
        ($ins:ident, $reg:expr) => {
            match imm {
                Some(n) => asm!(a; $ins Rx($reg), (n + bias as u32) as i8),
                None => asm!(a; $ins Rx($reg), Rx(c)),
            }
        };
    }
    match (l, op) {
        (I8, VShift::Shl) => {
            // Clear the bits that would cross into the next byte, then
            // shift words.
            match imm {
                Some(n) => splat8(a, X, 0xff >> n),
                None => byte_shift_mask(a, c),
            }
            asm!(a; pand Rx(d), Rx(X));
            shift!(psllw, d);
        }
        (I8, VShift::ShrU) => {
            shift!(psrlw, d);
            match imm {
                Some(n) => splat8(a, X, 0xff >> n),
                None => byte_shift_mask(a, c),
            }
            asm!(a; pand Rx(d), Rx(X));
        }
        (I8, VShift::ShrS) => {
            // Each byte into the high half of a word, arithmetic shift by
            // 8 + n, packed back with signed saturation (exact).
            asm!(a
                ; movaps Rx(X), Rx(d)
                ; punpckhbw Rx(X), Rx(X)
                ; punpcklbw Rx(d), Rx(d)
            );
            shift!(psraw, X);
            shift!(psraw, d);
            asm!(a; packsswb Rx(d), Rx(X));
        }
        (I16, VShift::Shl) => shift!(psllw, d),
        (I16, VShift::ShrU) => shift!(psrlw, d),
        (I16, VShift::ShrS) => shift!(psraw, d),
        (I32, VShift::Shl) => shift!(pslld, d),
        (I32, VShift::ShrU) => shift!(psrld, d),
        (I32, VShift::ShrS) => shift!(psrad, d),
        (_, VShift::Shl) => shift!(psllq, d),
        (_, VShift::ShrU) => shift!(psrlq, d),
        (_, VShift::ShrS) => {
            // No psraq: ((x >>u n) ^ m) - m with m = 2^63 >>u n.
            splat64(a, X, 1 << 63);
            shift!(psrlq, X);
            shift!(psrlq, d);
            asm!(a; pxor Rx(d), Rx(X) ; psubq Rx(d), Rx(X));
        }
    }
}
