//! The SSE forms of the `v128` lane accesses, splats, shuffles, tests and
//! bitmasks, and of bitselect and the relaxed multiply-add, shared by the
//! x86-64 and 32-bit x86 backends as `sse.rs` is (included as each
//! backend's `sse_lanes` module). The forms that move an `i64` lane to or
//! from a GPR, and everything that addresses memory or the constant
//! pool, are the backends' own.

use crate::compiler::masm::Reg;
use crate::compiler::simd_masm::Lanes;

use super::asm::{asm, Asm, Cc};
use super::sse;
use super::XSCRATCH;

use Lanes::{F32, F64, I16, I32, I64, I8};

const X: u8 = XSCRATCH;

/// `dst = src` unless they are the same register (the copy an SSE
/// two-operand form needs to keep its first operand).
pub(super) fn copy(a: &mut Asm, dst: Reg, src: Reg) {
    if dst != src {
        asm!(a; movaps Rx(dst), Rx(src));
    }
}

/// `dst = (a & mask) | (b & !mask)` as `((a ^ b) & mask) ^ b`.
pub(super) fn bitselect(a: &mut Asm, dst: Reg, x: Reg, y: Reg, mask: Reg) {
    copy(a, dst, x);
    asm!(a
        ; pxor Rx(dst), Rx(y)
        ; pand Rx(dst), Rx(mask)
        ; pxor Rx(dst), Rx(y)
    );
}

/// `dst = dst + x * y` (`negate`: `dst - x * y`), unfused.
pub(super) fn madd(a: &mut Asm, lanes: Lanes, negate: bool, dst: Reg, x: Reg, y: Reg) {
    asm!(a; movaps Rx(X), Rx(x));
    match (lanes, negate) {
        (F32, false) => asm!(a; mulps Rx(X), Rx(y) ; addps Rx(dst), Rx(X)),
        (F32, true) => asm!(a; mulps Rx(X), Rx(y) ; subps Rx(dst), Rx(X)),
        (_, false) => asm!(a; mulpd Rx(X), Rx(y) ; addpd Rx(dst), Rx(X)),
        (_, true) => asm!(a; mulpd Rx(X), Rx(y) ; subpd Rx(dst), Rx(X)),
    }
}

/// The `pshufb` masks of `i8x16.shuffle`'s lanes: for the lanes taken
/// from the first operand (`from_b` false) or the second; 0x80 zeroes a
/// lane.
pub(super) fn shuffle_mask(lanes: &[u8; 16], from_b: bool) -> u128 {
    let mut m = [0x80u8; 16];
    for (i, &l) in lanes.iter().enumerate() {
        if (l >= 16) == from_b {
            m[i] = l & 15;
        }
    }
    u128::from_le_bytes(m)
}

/// `i8x16.shuffle` as `pshufb` of each input with the lanes it provides,
/// then OR: `load(a, X, mask)` puts a mask (`ma` for `x`'s lanes, `mb` for
/// `y`'s) into the scratch register; `tmp` holds one register.
#[allow(clippy::too_many_arguments)]
pub(super) fn shuffle<L>(
    a: &mut Asm,
    dst: Reg,
    x: Reg,
    y: Reg,
    ma: Option<L>,
    mb: Option<L>,
    tmp: &[Reg],
    load: impl Fn(&mut Asm, Reg, L),
) {
    match (ma, mb) {
        (Some(m), None) => {
            copy(a, dst, x);
            load(a, X, m);
            asm!(a; pshufb Rx(dst), Rx(X));
        }
        (None, Some(m)) => {
            asm!(a; movaps Rx(dst), Rx(y));
            load(a, X, m);
            asm!(a; pshufb Rx(dst), Rx(X));
        }
        (Some(ma), Some(mb)) => {
            copy(a, dst, x);
            let t = tmp[0];
            asm!(a; movaps Rx(t), Rx(y));
            load(a, X, mb);
            asm!(a; pshufb Rx(t), Rx(X));
            load(a, X, ma);
            asm!(a; pshufb Rx(dst), Rx(X) ; por Rx(dst), Rx(t));
        }
        (None, None) => unreachable!("a shuffle has 16 lanes"),
    }
}

/// `dst = ` a splat of the 8-, 16- or 32-bit GPR `src` or of float
/// register `src` (the `i64` splat is the backend's).
pub(super) fn splat(a: &mut Asm, lanes: Lanes, dst: Reg, src: Reg) {
    match lanes {
        I8 => {
            sse::zero(a, X);
            asm!(a; movd Rx(dst), Rd(src) ; pshufb Rx(dst), Rx(X));
        }
        I16 => asm!(a
            ; movd Rx(dst), Rd(src)
            ; pshuflw Rx(dst), Rx(dst), 0
            ; pshufd Rx(dst), Rx(dst), 0
        ),
        I32 => asm!(a; movd Rx(dst), Rd(src) ; pshufd Rx(dst), Rx(dst), 0),
        F32 => asm!(a; pshufd Rx(dst), Rx(src), 0),
        F64 => asm!(a; pshufd Rx(dst), Rx(src), 0x44),
        I64 => unreachable!("the i64 splat is the backend's"),
    }
}

/// Lane `lane` of `src` into GPR `dst` (8-, 16-, 32-bit lanes) or float
/// register `dst` (the `i64` extraction is the backend's).
pub(super) fn extract(a: &mut Asm, lanes: Lanes, signed: bool, dst: Reg, src: Reg, lane: u8) {
    let l = lane as i8;
    match lanes {
        I8 => {
            asm!(a; pextrb Rd(dst), Rx(src), l);
            if signed {
                asm!(a; movsx Rd(dst), Rb(dst));
            }
        }
        I16 => {
            asm!(a; pextrw Rd(dst), Rx(src), l);
            if signed {
                asm!(a; movsx Rd(dst), Rw(dst));
            }
        }
        I32 if lane == 0 => asm!(a; movd Rd(dst), Rx(src)),
        I32 => asm!(a; pextrd Rd(dst), Rx(src), l),
        F32 | F64 if lane == 0 => copy(a, dst, src),
        F32 => asm!(a; pshufd Rx(dst), Rx(src), l),
        F64 => asm!(a; pshufd Rx(dst), Rx(src), 0xeeu8 as i8),
        I64 => unreachable!("the i64 extraction is the backend's"),
    }
}

/// Lane `lane` of `dst` = GPR `src` (8-, 16-, 32-bit lanes) or float
/// register `src` (the `i64` replacement is the backend's).
pub(super) fn replace(a: &mut Asm, lanes: Lanes, dst: Reg, src: Reg, lane: u8) {
    let l = lane as i8;
    match lanes {
        I8 => asm!(a; pinsrb Rx(dst), Rd(src), l),
        I16 => asm!(a; pinsrw Rx(dst), Rd(src), l),
        I32 => asm!(a; pinsrd Rx(dst), Rd(src), l),
        F32 => asm!(a; insertps Rx(dst), Rx(src), (l << 4)),
        F64 if lane == 0 => asm!(a; movsd Rx(dst), Rx(src)),
        F64 => asm!(a; unpcklpd Rx(dst), Rx(src)),
        I64 => unreachable!("the i64 replacement is the backend's"),
    }
}

/// `any_true` (`all` false) or `all_true` of `src`: sets the flags and
/// returns the condition that holds when the test does.
pub(super) fn test(a: &mut Asm, lanes: Lanes, all: bool, src: Reg) -> Cc {
    if !all {
        asm!(a; ptest Rx(src), Rx(src));
        return Cc::Ne;
    }
    // All lanes non-zero: no lane equals zero.
    sse::zero(a, X);
    match lanes {
        I8 => asm!(a; pcmpeqb Rx(X), Rx(src)),
        I16 => asm!(a; pcmpeqw Rx(X), Rx(src)),
        I32 => asm!(a; pcmpeqd Rx(X), Rx(src)),
        _ => asm!(a; pcmpeqq Rx(X), Rx(src)),
    }
    asm!(a; ptest Rx(X), Rx(X));
    Cc::E
}

/// `dst = ` the lane sign bits of `src`.
pub(super) fn bitmask(a: &mut Asm, lanes: Lanes, dst: Reg, src: Reg) {
    match lanes {
        I8 => asm!(a; pmovmskb Rd(dst), Rx(src)),
        I16 => asm!(a
            ; movaps Rx(X), Rx(src)
            ; packsswb Rx(X), Rx(X)
            ; pmovmskb Rd(dst), Rx(X)
            ; and Rd(dst), 0xff
        ),
        I32 | F32 => asm!(a; movmskps Rd(dst), Rx(src)),
        I64 | F64 => asm!(a; movmskpd Rd(dst), Rx(src)),
    }
}
