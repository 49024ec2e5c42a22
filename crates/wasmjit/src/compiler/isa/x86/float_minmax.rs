//! `fmin`/`fmax` for scalar floats, shared by the x86-64 and 32-bit x86
//! backends: each includes this file as its own `float_minmax` module
//! (`#[path]`), so `asm!`, `sse!` and `Asm` are the including backend's
//! (`super::asm`). The encodings are the same on both ISAs for xmm0–xmm7;
//! x86-64's REX forms for xmm8–xmm15 come from its `asm!`.
//!
//! Semantics: Wasm 2.0 §4.3.3 (`fmin`, `fmax`): a NaN operand gives a NaN,
//! `-0` is below `+0`.

use crate::compiler::masm::{FOpnd, OperandSize, Reg};

use super::asm::{asm, sse, Asm};

use OperandSize::S32;

/// `dst = min(dst, src)` (or `max` when `min` is false) at `size`
/// (`S32`: f32, else f64). A NaN operand gives a NaN (through `adds*`,
/// which returns a quieted input NaN); equal operands combine their bits
/// (`or` for min, `and` for max) so that ±0 come out right; otherwise
/// `mins*`/`maxs*`.
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
