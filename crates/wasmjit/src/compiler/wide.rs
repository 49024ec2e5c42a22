//! The `i64` operations a backend with register pairs (a 32-bit target,
//! `stack::I64_PAIRS`) compiles as builtin calls (`runtime/wide.rs`):
//! division and remainder, conversions to and from floats. The operands
//! go to argument registers (an `i64` in two), the address of the
//! result's spill slot last; the builtin writes the result there and
//! returns 0 or a trap code, and the result stays in its slot
//! (`Loc::Stack`).

use crate::environ::builtins::conversion::{FROM_F64, SATURATING, SIGNED, TO_F64};
use crate::environ::builtins::Builtin;
use crate::values::ValType;

use super::func::FuncCompiler;
use super::int::IntBin;
use super::stack::Loc;

impl FuncCompiler<'_> {
    /// `i64.div_s/div_u/rem_s/rem_u`: [a, b] -> result.
    pub fn i64_div_builtin(&mut self, op: IntBin) {
        let b = match op {
            IntBin::DivS => Builtin::I64DivS,
            IntBin::DivU => Builtin::I64DivU,
            IntBin::RemS => Builtin::I64RemS,
            _ => Builtin::I64RemU,
        };
        let out = self.slot_off(self.stack.len() - 2);
        self.call_trapping_helper_into(b, &[], 2, out);
        self.push(ValType::I64, Loc::Stack);
    }

    /// `fNN.convert_i64_{s,u}`: [a] -> result.
    pub fn i64_to_float_builtin(&mut self, to: ValType, signed: bool) {
        let kind = (to == ValType::F64) as u32 * TO_F64 + signed as u32 * SIGNED;
        let out = self.slot_off(self.stack.len() - 1);
        self.call_trapping_helper_into(Builtin::I64ToFloat, &[kind], 1, out);
        self.push(to, Loc::Stack);
    }

    /// `i64.trunc_fNN_{s,u}` and `_sat`: [x] -> result. The float goes as
    /// its bits (an `i64` pair).
    pub fn float_to_i64_builtin(&mut self, from: ValType, signed: bool, saturating: bool) {
        let kind = (from == ValType::F64) as u32 * FROM_F64
            + signed as u32 * SIGNED
            + saturating as u32 * SATURATING;
        let top = self.stack.len() - 1;
        // Passed as integer bits: an i64 operand takes a register pair.
        self.stack[top].ty = ValType::I64;
        let out = self.slot_off(top);
        self.call_trapping_helper_into(Builtin::FloatToI64, &[kind], 1, out);
        self.push(ValType::I64, Loc::Stack);
    }
}
