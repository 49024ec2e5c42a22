//! Float sequences for x86-64 too long to sit in the `MacroAssembler`
//! implementation.

use crate::compiler::masm::{FOpnd, FloatAlu, OperandSize, Reg};

use super::asm::{asm, Asm};

use OperandSize::S32;

/// `dst = lhs OP src` in AVX's three-operand VEX forms (`vaddss`/`vaddsd`
/// ..., Intel SDM vol. 2): `lhs` is read in place, not copied into `dst`
/// first. The upper bits of `dst` come from `lhs`, which scalar values
/// never read.
pub(super) fn float_alu3(
    a: &mut Asm,
    size: OperandSize,
    op: FloatAlu,
    dst: Reg,
    lhs: Reg,
    src: FOpnd,
) {
    macro_rules! vex {
        ($s:ident / $d:ident) => {
            match (size == S32, src) {
                (true, FOpnd::Reg(r)) => asm!(a; $s Rx(dst), Rx(lhs), Rx(r)),
                (true, FOpnd::Mem(disp)) => asm!(a; $s Rx(dst), Rx(lhs), DWORD [rbp + disp]),
                (false, FOpnd::Reg(r)) => asm!(a; $d Rx(dst), Rx(lhs), Rx(r)),
                (false, FOpnd::Mem(disp)) => asm!(a; $d Rx(dst), Rx(lhs), QWORD [rbp + disp]),
                (true, FOpnd::Pool(l)) => asm!(a; $s Rx(dst), Rx(lhs), DWORD [=>l]),
                (false, FOpnd::Pool(l)) => asm!(a; $d Rx(dst), Rx(lhs), QWORD [=>l]),
            }
        };
    }
    match op {
        FloatAlu::Add => vex!(vaddss / vaddsd),
        FloatAlu::Sub => vex!(vsubss / vsubsd),
        FloatAlu::Mul => vex!(vmulss / vmulsd),
        FloatAlu::Div => vex!(vdivss / vdivsd),
    }
}
