//! AVX and AVX2 (VEX-encoded, 128-bit) forms of `v128` operations, for
//! engines of [`SimdIsa::Avx`](crate::SimdIsa): `dst = x OP y` in three
//! operands (AVX2's broadcasts for splats), so
//! a first operand still needed afterwards (a pinned local) is not copied,
//! and the operand swaps the SSE4.1 sequences of `simd.rs` make with
//! `movaps` disappear. Each function returns `false` for an operation it
//! has no shorter form of; the caller then copies `x` into `dst` and emits
//! the SSE4.1 sequence. The sequences are those of `simd.rs` (same
//! results lane for lane), with the copies folded into the VEX operand.
//!
//! VEX.128 instructions zero bits 128..255 of the YMM register they write,
//! so they leave the upper state clean and mixing them with the SSE code
//! of the rest of the compiler costs no state transition (Intel 64 and
//! IA-32 Architectures Optimization Reference Manual, §15.3 "Mixing AVX
//! code with SSE code").

use dynasmrt::DynamicLabel;

use crate::compiler::masm::{FloatCmp, HeapAddr, IntCmp, Reg, RoundMode};
use crate::compiler::simd_masm::{Lanes, ShiftCount, VBin, VShift, VUn};

use super::asm::{asm, Asm};
use super::memory::mem;
use super::regs::XSCRATCH;
use super::sse::{ones, splat16, splat8, zero};

use Lanes::{F32, F64, I16, I32, I64, I8};

const X: u8 = XSCRATCH;

/// `d = !d` (all-ones in the scratch register, then XOR).
fn not(a: &mut Asm, d: Reg) {
    ones(a, X);
    asm!(a; vpxor Rx(d), Rx(d), Rx(X));
}

/// `d = x == y` per lane.
fn pcmpeq(a: &mut Asm, l: Lanes, d: Reg, x: Reg, y: Reg) {
    match l {
        I8 => asm!(a; vpcmpeqb Rx(d), Rx(x), Rx(y)),
        I16 => asm!(a; vpcmpeqw Rx(d), Rx(x), Rx(y)),
        I32 => asm!(a; vpcmpeqd Rx(d), Rx(x), Rx(y)),
        _ => asm!(a; vpcmpeqq Rx(d), Rx(x), Rx(y)),
    }
}

/// `d = x > y` per signed lane.
fn pcmpgt(a: &mut Asm, l: Lanes, d: Reg, x: Reg, y: Reg) {
    match l {
        I8 => asm!(a; vpcmpgtb Rx(d), Rx(x), Rx(y)),
        I16 => asm!(a; vpcmpgtw Rx(d), Rx(x), Rx(y)),
        I32 => asm!(a; vpcmpgtd Rx(d), Rx(x), Rx(y)),
        _ => asm!(a; vpcmpgtq Rx(d), Rx(x), Rx(y)),
    }
}

/// `d = min_u(x, y)` (`max` when `max`) per lane of 8, 16 or 32 bits.
fn pminmaxu(a: &mut Asm, l: Lanes, max: bool, d: Reg, x: Reg, y: Reg) {
    match (l, max) {
        (I8, false) => asm!(a; vpminub Rx(d), Rx(x), Rx(y)),
        (I16, false) => asm!(a; vpminuw Rx(d), Rx(x), Rx(y)),
        (_, false) => asm!(a; vpminud Rx(d), Rx(x), Rx(y)),
        (I8, true) => asm!(a; vpmaxub Rx(d), Rx(x), Rx(y)),
        (I16, true) => asm!(a; vpmaxuw Rx(d), Rx(x), Rx(y)),
        (_, true) => asm!(a; vpmaxud Rx(d), Rx(x), Rx(y)),
    }
}

/// Integer lane comparisons as in `simd.rs` (`lt` swaps the operands,
/// `le`/`ge` negate; unsigned ones compare with the unsigned min/max).
fn int_cmp(a: &mut Asm, l: Lanes, c: IntCmp, d: Reg, x: Reg, y: Reg) {
    match c {
        IntCmp::Eq | IntCmp::Ne => pcmpeq(a, l, d, x, y),
        IntCmp::GtS | IntCmp::LeS => pcmpgt(a, l, d, x, y),
        IntCmp::LtS | IntCmp::GeS => pcmpgt(a, l, d, y, x),
        IntCmp::LeU | IntCmp::GtU | IntCmp::GeU | IntCmp::LtU => {
            let max = matches!(c, IntCmp::GeU | IntCmp::LtU);
            pminmaxu(a, l, max, X, x, y);
            pcmpeq(a, l, d, x, X);
        }
    }
    if matches!(
        c,
        IntCmp::Ne | IntCmp::LeS | IntCmp::GeS | IntCmp::GtU | IntCmp::LtU
    ) {
        not(a, d);
    }
}

/// Float lane comparisons with `vcmpps`/`vcmppd` predicates (EQ 0, LT 1,
/// LE 2, NEQ 4); `gt`/`ge` swap the operands.
fn float_cmp(a: &mut Asm, l: Lanes, c: FloatCmp, d: Reg, x: Reg, y: Reg) {
    let (swap, pred) = match c {
        FloatCmp::Eq => (false, 0),
        FloatCmp::Ne => (false, 4),
        FloatCmp::Lt => (false, 1),
        FloatCmp::Le => (false, 2),
        FloatCmp::Gt => (true, 1),
        FloatCmp::Ge => (true, 2),
    };
    let (x, y) = if swap { (y, x) } else { (x, y) };
    vcmp(a, l, d, x, y, pred);
}

/// `d = x PRED y` per float lane (`vcmpps`/`vcmppd` with predicate
/// `pred`). dynasm 5.1 encodes these two with their register sources
/// exchanged (its table marks them `ENC_MR`), so they are written here in
/// the order that encodes `x` as the first source; the golden cases
/// (`tests/golden/avx_*.asm`) pin the encoding.
fn vcmp(a: &mut Asm, l: Lanes, d: Reg, x: Reg, y: Reg, pred: i8) {
    if l == F32 {
        asm!(a; vcmpps Rx(d), Rx(y), Rx(x), pred);
    } else {
        asm!(a; vcmppd Rx(d), Rx(y), Rx(x), pred);
    }
}

/// `fmin`/`fmax` with the spec's NaN and ±0 rules: `simd.rs`'s
/// `float_minmax` (both orders, merged, NaN lanes made canonical), with
/// its copy of the second operand folded into the first `vmin`/`vmax`.
fn float_minmax(a: &mut Asm, l: Lanes, max: bool, d: Reg, x: Reg, y: Reg) {
    match (l, max) {
        (F32, false) => asm!(a
            ; vminps Rx(X), Rx(y), Rx(x)
            ; vminps Rx(d), Rx(x), Rx(y)
            ; vorps Rx(X), Rx(X), Rx(d)
        ),
        (F32, true) => asm!(a
            ; vmaxps Rx(X), Rx(y), Rx(x)
            ; vmaxps Rx(d), Rx(x), Rx(y)
            ; vxorps Rx(d), Rx(d), Rx(X)
            ; vorps Rx(X), Rx(X), Rx(d)
            ; vsubps Rx(X), Rx(X), Rx(d)
        ),
        (_, false) => asm!(a
            ; vminpd Rx(X), Rx(y), Rx(x)
            ; vminpd Rx(d), Rx(x), Rx(y)
            ; vorpd Rx(X), Rx(X), Rx(d)
        ),
        (_, true) => asm!(a
            ; vmaxpd Rx(X), Rx(y), Rx(x)
            ; vmaxpd Rx(d), Rx(x), Rx(y)
            ; vxorpd Rx(d), Rx(d), Rx(X)
            ; vorpd Rx(X), Rx(X), Rx(d)
            ; vsubpd Rx(X), Rx(X), Rx(d)
        ),
    }
    // d = unordered(d, X): the NaN lanes; then those lanes of X become
    // the canonical NaN (sign clear, quiet bit and exponent set).
    vcmp(a, l, d, d, X, 3);
    match (l, max) {
        (F32, false) => asm!(a
            ; vorps Rx(X), Rx(X), Rx(d)
            ; vpsrld Rx(d), Rx(d), 10
            ; vandnps Rx(d), Rx(d), Rx(X)
        ),
        (F32, true) => asm!(a
            ; vpsrld Rx(d), Rx(d), 10
            ; vandnps Rx(d), Rx(d), Rx(X)
        ),
        (_, false) => asm!(a
            ; vorpd Rx(X), Rx(X), Rx(d)
            ; vpsrlq Rx(d), Rx(d), 13
            ; vandnpd Rx(d), Rx(d), Rx(X)
        ),
        (_, true) => asm!(a
            ; vpsrlq Rx(d), Rx(d), 13
            ; vandnpd Rx(d), Rx(d), Rx(X)
        ),
    }
}

/// `d = x OP y`; `d` is `x` or neither operand. `false`: no AVX form
/// (the caller emits the SSE4.1 one).
pub(super) fn v128_bin(a: &mut Asm, op: VBin, d: Reg, x: Reg, y: Reg) -> bool {
    use VBin::*;
    macro_rules! by_lanes {
        ($l:expr; $($lanes:ident => $ins:ident),*) => {
            match $l {
                $($lanes => asm!(a; $ins Rx(d), Rx(x), Rx(y)),)*
                #[allow(unreachable_patterns)]
                l => unreachable!("{op:?} on {l:?} lanes"),
            }
        };
    }
    match op {
        And => asm!(a; vpand Rx(d), Rx(x), Rx(y)),
        Or => asm!(a; vpor Rx(d), Rx(x), Rx(y)),
        Xor => asm!(a; vpxor Rx(d), Rx(x), Rx(y)),
        // vpandn computes !first & second.
        AndNot => asm!(a; vpandn Rx(d), Rx(y), Rx(x)),
        Add(l) => {
            by_lanes!(l; I8 => vpaddb, I16 => vpaddw, I32 => vpaddd, I64 => vpaddq, F32 => vaddps, F64 => vaddpd)
        }
        Sub(l) => {
            by_lanes!(l; I8 => vpsubb, I16 => vpsubw, I32 => vpsubd, I64 => vpsubq, F32 => vsubps, F64 => vsubpd)
        }
        Mul(I64) => return false,
        Mul(l) => by_lanes!(l; I16 => vpmullw, I32 => vpmulld, F32 => vmulps, F64 => vmulpd),
        Div(l) => by_lanes!(l; F32 => vdivps, F64 => vdivpd),
        AddSatS(l) => by_lanes!(l; I8 => vpaddsb, I16 => vpaddsw),
        AddSatU(l) => by_lanes!(l; I8 => vpaddusb, I16 => vpaddusw),
        SubSatS(l) => by_lanes!(l; I8 => vpsubsb, I16 => vpsubsw),
        SubSatU(l) => by_lanes!(l; I8 => vpsubusb, I16 => vpsubusw),
        MinS(l) => by_lanes!(l; I8 => vpminsb, I16 => vpminsw, I32 => vpminsd),
        MinU(l) => by_lanes!(l; I8 => vpminub, I16 => vpminuw, I32 => vpminud),
        MaxS(l) => by_lanes!(l; I8 => vpmaxsb, I16 => vpmaxsw, I32 => vpmaxsd),
        MaxU(l) => by_lanes!(l; I8 => vpmaxub, I16 => vpmaxuw, I32 => vpmaxud),
        AvgrU(l) => by_lanes!(l; I8 => vpavgb, I16 => vpavgw),
        Min(l) => float_minmax(a, l, false, d, x, y),
        Max(l) => float_minmax(a, l, true, d, x, y),
        // pmin = y < x ? y : x = minps(y, x) (minps returns its second
        // operand unless the first is less).
        PMin(l) | PMax(l) => match (l, op) {
            (F32, PMin(_)) => asm!(a; vminps Rx(d), Rx(y), Rx(x)),
            (F32, _) => asm!(a; vmaxps Rx(d), Rx(y), Rx(x)),
            (_, PMin(_)) => asm!(a; vminpd Rx(d), Rx(y), Rx(x)),
            _ => asm!(a; vmaxpd Rx(d), Rx(y), Rx(x)),
        },
        Cmp(l, c) => int_cmp(a, l, c, d, x, y),
        FCmp(l, c) => float_cmp(a, l, c, d, x, y),
        NarrowS(l) => by_lanes!(l; I8 => vpacksswb, I16 => vpackssdw),
        NarrowU(l) => by_lanes!(l; I8 => vpackuswb, I16 => vpackusdw),
        ExtMulLowS(I32) | ExtMulHighS(I32) | ExtMulLowU(I32) | ExtMulHighU(I32) => {
            // Low and high halves of the 16x16 products, interleaved.
            if matches!(op, ExtMulLowS(_) | ExtMulHighS(_)) {
                asm!(a; vpmulhw Rx(X), Rx(x), Rx(y));
            } else {
                asm!(a; vpmulhuw Rx(X), Rx(x), Rx(y));
            }
            asm!(a; vpmullw Rx(d), Rx(x), Rx(y));
            if matches!(op, ExtMulHighS(_) | ExtMulHighU(_)) {
                asm!(a; vpunpckhwd Rx(d), Rx(d), Rx(X));
            } else {
                asm!(a; vpunpcklwd Rx(d), Rx(d), Rx(X));
            }
        }
        Dot => asm!(a; vpmaddwd Rx(d), Rx(x), Rx(y)),
        Q15MulrSatS => {
            // As simd.rs: 0x8000 * 0x8000 gives 0x8000, flipped to 0x7fff.
            asm!(a; vpmulhrsw Rx(d), Rx(x), Rx(y));
            splat16(a, X, 0x8000);
            asm!(a; vpcmpeqw Rx(X), Rx(X), Rx(d) ; vpxor Rx(d), Rx(d), Rx(X));
        }
        // vpmaddubsw: unsigned bytes of its first source times signed
        // bytes of its second.
        RelaxedDotI8x16I7x16 => asm!(a; vpmaddubsw Rx(d), Rx(y), Rx(x)),
        ExtMulLowS(_) | ExtMulHighS(_) | ExtMulLowU(_) | ExtMulHighU(_) | Swizzle => return false,
    }
    true
}

/// Whether [`v128_bin_mem`] has a form of `op`: the single-instruction
/// operations whose second source is the VEX `r/m` operand.
pub(super) fn has_bin_mem(op: VBin) -> bool {
    use VBin::*;
    match op {
        And | Or | Xor | Dot => true,
        Add(_) | Sub(_) => true,
        Mul(l) => l != I64,
        Div(_) => true,
        AddSatS(_) | AddSatU(_) | SubSatS(_) | SubSatU(_) | AvgrU(_) => true,
        MinS(_) | MinU(_) | MaxS(_) | MaxU(_) => true,
        _ => false,
    }
}

/// `d = x OP [addr]` for an `op` of [`has_bin_mem`]. VEX
/// forms accept unaligned memory operands (SSE ones need 16-byte
/// alignment, so the SSE4.1 code loads first).
pub(super) fn v128_bin_mem(a: &mut Asm, op: VBin, d: Reg, x: Reg, addr: HeapAddr) {
    use VBin::*;
    macro_rules! by_lanes {
        ($l:expr; $($lanes:ident => $ins:ident),*) => {
            match $l {
                $($lanes => mem!(a, addr; [$ins Rx(d), Rx(x),] []),)*
                #[allow(unreachable_patterns)]
                l => unreachable!("{op:?} on {l:?} lanes"),
            }
        };
    }
    match op {
        And => mem!(a, addr; [vpand Rx(d), Rx(x),] []),
        Or => mem!(a, addr; [vpor Rx(d), Rx(x),] []),
        Xor => mem!(a, addr; [vpxor Rx(d), Rx(x),] []),
        Dot => mem!(a, addr; [vpmaddwd Rx(d), Rx(x),] []),
        Add(l) => {
            by_lanes!(l; I8 => vpaddb, I16 => vpaddw, I32 => vpaddd, I64 => vpaddq, F32 => vaddps, F64 => vaddpd)
        }
        Sub(l) => {
            by_lanes!(l; I8 => vpsubb, I16 => vpsubw, I32 => vpsubd, I64 => vpsubq, F32 => vsubps, F64 => vsubpd)
        }
        Mul(l) => by_lanes!(l; I16 => vpmullw, I32 => vpmulld, F32 => vmulps, F64 => vmulpd),
        Div(l) => by_lanes!(l; F32 => vdivps, F64 => vdivpd),
        AddSatS(l) => by_lanes!(l; I8 => vpaddsb, I16 => vpaddsw),
        AddSatU(l) => by_lanes!(l; I8 => vpaddusb, I16 => vpaddusw),
        SubSatS(l) => by_lanes!(l; I8 => vpsubsb, I16 => vpsubsw),
        SubSatU(l) => by_lanes!(l; I8 => vpsubusb, I16 => vpsubusw),
        AvgrU(l) => by_lanes!(l; I8 => vpavgb, I16 => vpavgw),
        MinS(l) => by_lanes!(l; I8 => vpminsb, I16 => vpminsw, I32 => vpminsd),
        MinU(l) => by_lanes!(l; I8 => vpminub, I16 => vpminuw, I32 => vpminud),
        MaxS(l) => by_lanes!(l; I8 => vpmaxsb, I16 => vpmaxsw, I32 => vpmaxsd),
        MaxU(l) => by_lanes!(l; I8 => vpmaxub, I16 => vpmaxuw, I32 => vpmaxud),
        _ => unreachable!("{op:?} has no memory-operand form"),
    }
}

/// `d = ` a splat of the 8- or 16-bit lane in GPR `s` (AVX2's
/// `vpbroadcastb`/`vpbroadcastw` from the low lane of `d`).
pub(super) fn splat(a: &mut Asm, l: Lanes, d: Reg, s: Reg) {
    asm!(a; vmovd Rx(d), Rd(s));
    match l {
        I8 => asm!(a; vpbroadcastb Rx(d), Rx(d)),
        I16 => asm!(a; vpbroadcastw Rx(d), Rx(d)),
        _ => unreachable!("{l:?} splats have SSE forms as short"),
    }
}

/// `d = ` a splat of the lane-sized value at `[addr]` (`v128.loadN_splat`),
/// one AVX2 broadcast from memory.
pub(super) fn splat_load(a: &mut Asm, l: Lanes, d: Reg, addr: HeapAddr) {
    match l {
        I8 => mem!(a, addr; [vpbroadcastb Rx(d), BYTE] []),
        I16 => mem!(a, addr; [vpbroadcastw Rx(d), WORD] []),
        I32 | F32 => mem!(a, addr; [vpbroadcastd Rx(d), DWORD] []),
        I64 | F64 => mem!(a, addr; [vpbroadcastq Rx(d), QWORD] []),
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

/// `d = OP s`; `d` is `s` or another register. `false`: no AVX form.
pub(super) fn v128_un(a: &mut Asm, op: VUn, d: Reg, s: Reg) -> bool {
    use VUn::*;
    match op {
        Not => {
            ones(a, X);
            asm!(a; vpxor Rx(d), Rx(s), Rx(X));
        }
        Abs(I8) => asm!(a; vpabsb Rx(d), Rx(s)),
        Abs(I16) => asm!(a; vpabsw Rx(d), Rx(s)),
        Abs(I32) => asm!(a; vpabsd Rx(d), Rx(s)),
        Abs(I64) => {
            // (x ^ sign) - sign.
            zero(a, X);
            asm!(a
                ; vpcmpgtq Rx(X), Rx(X), Rx(s)
                ; vpxor Rx(d), Rx(s), Rx(X)
                ; vpsubq Rx(d), Rx(d), Rx(X)
            );
        }
        Abs(F32) => {
            ones(a, X);
            asm!(a; vpsrld Rx(X), Rx(X), 1 ; vandps Rx(d), Rx(s), Rx(X));
        }
        Abs(_) => {
            ones(a, X);
            asm!(a; vpsrlq Rx(X), Rx(X), 1 ; vandpd Rx(d), Rx(s), Rx(X));
        }
        Neg(F32) => {
            ones(a, X);
            asm!(a; vpslld Rx(X), Rx(X), 31 ; vxorps Rx(d), Rx(s), Rx(X));
        }
        Neg(F64) => {
            ones(a, X);
            asm!(a; vpsllq Rx(X), Rx(X), 63 ; vxorpd Rx(d), Rx(s), Rx(X));
        }
        Neg(l) => {
            zero(a, X);
            match l {
                I8 => asm!(a; vpsubb Rx(d), Rx(X), Rx(s)),
                I16 => asm!(a; vpsubw Rx(d), Rx(X), Rx(s)),
                I32 => asm!(a; vpsubd Rx(d), Rx(X), Rx(s)),
                _ => asm!(a; vpsubq Rx(d), Rx(X), Rx(s)),
            }
        }
        Sqrt(F32) => asm!(a; vsqrtps Rx(d), Rx(s)),
        Sqrt(_) => asm!(a; vsqrtpd Rx(d), Rx(s)),
        Round(F32, m) => asm!(a; vroundps Rx(d), Rx(s), round_imm(m)),
        Round(_, m) => asm!(a; vroundpd Rx(d), Rx(s), round_imm(m)),
        ExtendLowS(l) | ExtendLowU(l) | ExtendHighS(l) | ExtendHighU(l) => {
            let src = if matches!(op, ExtendHighS(_) | ExtendHighU(_)) {
                asm!(a; vpshufd Rx(d), Rx(s), 0xeeu8 as i8);
                d
            } else {
                s
            };
            match (l, matches!(op, ExtendLowS(_) | ExtendHighS(_))) {
                (I16, true) => asm!(a; vpmovsxbw Rx(d), Rx(src)),
                (I32, true) => asm!(a; vpmovsxwd Rx(d), Rx(src)),
                (_, true) => asm!(a; vpmovsxdq Rx(d), Rx(src)),
                (I16, false) => asm!(a; vpmovzxbw Rx(d), Rx(src)),
                (I32, false) => asm!(a; vpmovzxwd Rx(d), Rx(src)),
                (_, false) => asm!(a; vpmovzxdq Rx(d), Rx(src)),
            }
        }
        ExtAddPairwiseS(I16) => {
            splat8(a, X, 1);
            asm!(a; vpmaddubsw Rx(d), Rx(X), Rx(s));
        }
        ExtAddPairwiseU(I16) => {
            splat8(a, X, 1);
            asm!(a; vpmaddubsw Rx(d), Rx(s), Rx(X));
        }
        ExtAddPairwiseS(_) => {
            splat16(a, X, 1);
            asm!(a; vpmaddwd Rx(d), Rx(s), Rx(X));
        }
        ConvertI32S => asm!(a; vcvtdq2ps Rx(d), Rx(s)),
        ConvertLowI32S => asm!(a; vcvtdq2pd Rx(d), Rx(s)),
        Demote => asm!(a; vcvtpd2ps Rx(d), Rx(s)),
        Promote => asm!(a; vcvtps2pd Rx(d), Rx(s)),
        Popcnt | ExtAddPairwiseU(_) | TruncSatF32S | TruncSatF32U | TruncSatF64SZero
        | TruncSatF64UZero | ConvertI32U | ConvertLowI32U => return false,
    }
    true
}

/// The constant a shift by `count` reads from the pool under AVX (see
/// [`v128_shift`]): the byte mask of the byte shifts, `2^63 >> n` of
/// `i64x2.shr_s`; `None` for the other shifts and for variable counts.
pub(super) fn shift_mask(l: Lanes, op: VShift, count: ShiftCount) -> Option<u128> {
    let ShiftCount::Imm(n) = count else {
        return None;
    };
    let n = n & (l.bits() - 1);
    let splat64 = |v: u64| v as u128 | (v as u128) << 64;
    match (l, op) {
        // The bits a shift by n keeps in each byte, either way: 0xff >> n.
        (I8, VShift::Shl | VShift::ShrU) => Some(splat64((0xff >> n) * 0x0101_0101_0101_0101)),
        (I64, VShift::ShrS) => Some(splat64((1u64 << 63) >> n)),
        _ => None,
    }
}

/// `d = s SHIFT n` for a constant `n`: one VEX shift on 16-, 32- and
/// 64-bit lanes; with the pool constant `mask` of [`shift_mask`], the
/// byte shifts (word shift and byte mask, as `simd.rs`) and `i64x2.shr_s`
/// (`((x >>u n) ^ m) - m`, `m = 2^63 >> n`) with `mask` as a memory
/// operand. `false`: no AVX form (variable counts, `i8x16.shr_s`).
pub(super) fn v128_shift(
    a: &mut Asm,
    l: Lanes,
    op: VShift,
    d: Reg,
    s: Reg,
    count: ShiftCount,
    mask: Option<DynamicLabel>,
) -> bool {
    let ShiftCount::Imm(n) = count else {
        return false;
    };
    let n = (n & (l.bits() - 1)) as i8;
    match (l, op, mask) {
        (I8, VShift::Shl, Some(m)) => asm!(a; vpand Rx(d), Rx(s), [=>m] ; vpsllw Rx(d), Rx(d), n),
        (I8, VShift::ShrU, Some(m)) => asm!(a; vpsrlw Rx(d), Rx(s), n ; vpand Rx(d), Rx(d), [=>m]),
        (I16, VShift::Shl, _) => asm!(a; vpsllw Rx(d), Rx(s), n),
        (I16, VShift::ShrU, _) => asm!(a; vpsrlw Rx(d), Rx(s), n),
        (I16, VShift::ShrS, _) => asm!(a; vpsraw Rx(d), Rx(s), n),
        (I32, VShift::Shl, _) => asm!(a; vpslld Rx(d), Rx(s), n),
        (I32, VShift::ShrU, _) => asm!(a; vpsrld Rx(d), Rx(s), n),
        (I32, VShift::ShrS, _) => asm!(a; vpsrad Rx(d), Rx(s), n),
        (I64, VShift::Shl, _) => asm!(a; vpsllq Rx(d), Rx(s), n),
        (I64, VShift::ShrU, _) => asm!(a; vpsrlq Rx(d), Rx(s), n),
        (I64, VShift::ShrS, Some(m)) => asm!(a
            ; vpsrlq Rx(d), Rx(s), n
            ; vpxor Rx(d), Rx(d), [=>m]
            ; vpsubq Rx(d), Rx(d), [=>m]
        ),
        _ => return false,
    }
    true
}

/// `d = d + a * b` (`d - a * b` when `negate`), unfused as `simd_lanes.rs`
/// does it, the product into the scratch register without a copy.
pub(super) fn v128_madd(a: &mut Asm, lanes: Lanes, negate: bool, d: Reg, x: Reg, y: Reg) {
    match (lanes, negate) {
        (F32, false) => asm!(a; vmulps Rx(X), Rx(x), Rx(y) ; vaddps Rx(d), Rx(d), Rx(X)),
        (F32, true) => asm!(a; vmulps Rx(X), Rx(x), Rx(y) ; vsubps Rx(d), Rx(d), Rx(X)),
        (_, false) => asm!(a; vmulpd Rx(X), Rx(x), Rx(y) ; vaddpd Rx(d), Rx(d), Rx(X)),
        (_, true) => asm!(a; vmulpd Rx(X), Rx(x), Rx(y) ; vsubpd Rx(d), Rx(d), Rx(X)),
    }
}

/// `i8x16.shuffle` from the `vpshufb` masks of the lanes `a` and `b`
/// provide (`ma`, `mb`: labels of pool constants, `None` when that input
/// provides none), read as memory operands; `tmp[0]` is free when both
/// are given.
pub(super) fn v128_shuffle(
    a: &mut Asm,
    d: Reg,
    x: Reg,
    y: Reg,
    ma: Option<DynamicLabel>,
    mb: Option<DynamicLabel>,
    tmp: &[Reg],
) {
    match (ma, mb) {
        (Some(m), None) => asm!(a; vpshufb Rx(d), Rx(x), [=>m]),
        (None, Some(m)) => asm!(a; vpshufb Rx(d), Rx(y), [=>m]),
        (Some(ma), Some(mb)) => {
            let t = tmp[0];
            asm!(a
                ; vpshufb Rx(t), Rx(y), [=>mb]
                ; vpshufb Rx(d), Rx(x), [=>ma]
                ; vpor Rx(d), Rx(d), Rx(t)
            );
        }
        (None, None) => unreachable!("a shuffle has 16 lanes"),
    }
}
