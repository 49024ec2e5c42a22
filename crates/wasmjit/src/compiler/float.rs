//! Floating-point instructions (spec §4.3.3), bit-exact with SSE2/SSE4.1:
//! arithmetic, min/max with the spec's NaN and ±0 rules, sign operations as
//! bit masks, rounding with `round*`, comparisons.

use crate::error::Result;
use crate::values::ValType;

use super::func::FuncCompiler;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatBin {
    Add,
    Sub,
    Mul,
    Div,
    Min,
    Max,
    Copysign,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatUn {
    Abs,
    Neg,
    Ceil,
    Floor,
    Trunc,
    Nearest,
    Sqrt,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatCmp {
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
}

impl FuncCompiler<'_> {
    pub fn float_binop(&mut self, ty: ValType, op: FloatBin) -> Result<()> {
        Err(self.unsupported(format!("{ty} {op:?}")))
    }

    pub fn float_unop(&mut self, ty: ValType, op: FloatUn) -> Result<()> {
        Err(self.unsupported(format!("{ty} {op:?}")))
    }

    pub fn float_cmp(&mut self, ty: ValType, op: FloatCmp) -> Result<()> {
        Err(self.unsupported(format!("{ty} {op:?}")))
    }
}
