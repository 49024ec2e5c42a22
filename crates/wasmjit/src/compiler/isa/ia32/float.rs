//! Float sequences for 32-bit x86 too long to sit in the `MacroAssembler`
//! implementation.

use crate::compiler::masm::{OperandSize, Reg};

use super::asm::{asm, Asm, SCRATCH, XSCRATCH};
use super::pair::{halves, is_pair};

use OperandSize::S64;

/// A float constant's bits into `dst` through immediates: 32-bit x86 has
/// no pc-relative addressing for a constant pool.
pub(super) fn float_const(a: &mut Asm, dst: Reg, bits: u64) {
    if bits == 0 {
        asm!(a; xorps Rx(dst), Rx(dst));
    } else if bits >> 32 == 0 {
        asm!(a; mov Rd(SCRATCH), bits as i32 ; movd Rx(dst), Rd(SCRATCH));
    } else {
        // Through registers: an 8-byte load of two 4-byte stores would
        // miss store-to-load forwarding (a stall of some 10 cycles).
        let (lo, hi) = (bits as u32 as i32, (bits >> 32) as u32);
        if lo == 0 {
            asm!(a; mov Rd(SCRATCH), hi as i32 ; movd Rx(dst), Rd(SCRATCH) ; psllq Rx(dst), 32);
            return;
        }
        asm!(a; mov Rd(SCRATCH), lo ; movd Rx(dst), Rd(SCRATCH));
        if dst != XSCRATCH {
            asm!(a
                ; mov Rd(SCRATCH), hi as i32
                ; movd Rx(XSCRATCH), Rd(SCRATCH)
                ; punpckldq Rx(dst), Rx(XSCRATCH)
            );
        } else {
            // No second register: the high half word by word.
            asm!(a
                ; mov Rd(SCRATCH), (hi & 0xffff) as i32
                ; pinsrw Rx(dst), Rd(SCRATCH), 2
                ; mov Rd(SCRATCH), (hi >> 16) as i32
                ; pinsrw Rx(dst), Rd(SCRATCH), 3
            );
        }
    }
}

/// A float's bits into a GPR (an `f64`'s into a pair, or its low half
/// into a single register).
pub(super) fn float_to_gpr_bits(a: &mut Asm, size: OperandSize, dst: Reg, src: Reg) {
    let (l, h) = halves(dst);
    asm!(a; movd Rd(l), Rx(src));
    if size == S64 && is_pair(dst) {
        asm!(a
            ; movaps Rx(XSCRATCH), Rx(src)
            ; psrlq Rx(XSCRATCH), 32
            ; movd Rd(h), Rx(XSCRATCH)
        );
    }
}

/// A GPR's (or a pair's) bits into a float register.
pub(super) fn gpr_to_float_bits(a: &mut Asm, dst: Reg, src: Reg) {
    let (l, h) = halves(src);
    asm!(a; movd Rx(dst), Rd(l));
    if is_pair(src) {
        asm!(a; movd Rx(XSCRATCH), Rd(h) ; punpckldq Rx(dst), Rx(XSCRATCH));
    }
}
