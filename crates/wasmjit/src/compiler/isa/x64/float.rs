//! Float sequences for x86-64 too long to sit in the `MacroAssembler`
//! implementation.

use crate::compiler::masm::{FOpnd, OperandSize, Reg};

use super::asm::{asm, sse, Asm};

use OperandSize::S32;

/// A NaN operand gives a NaN (through `adds*`, which returns a quieted
/// input NaN); equal operands combine their bits so that ±0 come out
/// right; otherwise `mins*`/`maxs*`.
pub(super) fn float_minmax(a: &mut Asm, size: OperandSize, min: bool, dst: Reg, src: Reg) {
    let single = size == S32;
    let (nan, ne, done) = (
        a.new_dynamic_label(),
        a.new_dynamic_label(),
        a.new_dynamic_label(),
    );
    let s = FOpnd::Reg(src);
    sse!(a, single, ucomiss / ucomisd, dst, s);
    asm!(a; jp =>nan ; jne =>ne);
    if min {
        asm!(a; orps Rx(dst), Rx(src));
    } else {
        asm!(a; andps Rx(dst), Rx(src));
    }
    asm!(a; jmp =>done ; =>ne);
    if min {
        sse!(a, single, minss / minsd, dst, s);
    } else {
        sse!(a, single, maxss / maxsd, dst, s);
    }
    asm!(a; jmp =>done ; =>nan);
    sse!(a, single, addss / addsd, dst, s);
    asm!(a; =>done);
}
