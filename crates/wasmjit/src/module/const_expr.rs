//! Constant expressions (spec §3.3.10): global initializers and segment offsets.

use crate::error::{Error, Result};

/// One instruction of a constant expression.
#[derive(Clone, Debug)]
pub enum ConstOp {
    I32(i32),
    I64(i64),
    F32(u32),
    F64(u64),
    V128(u128),
    GlobalGet(u32),
    RefNull,
    RefFunc(u32),
    I32Add,
    I32Sub,
    I32Mul,
    I64Add,
    I64Sub,
    I64Mul,
}

/// A decoded constant expression.
#[derive(Clone, Debug)]
pub struct ConstExpr(pub Vec<ConstOp>);

/// What a constant expression evaluates to, before conversion into a `Val`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ConstVal {
    /// Raw bits of a number or vector.
    Bits(u128),
    /// A null reference.
    Null,
    /// A reference to function `n` of the module.
    Func(u32),
    /// The value of global `n` of the instance (already evaluated by the caller).
    Other(u128),
}

impl ConstExpr {
    /// Decodes a wasmparser constant expression.
    pub fn decode(expr: &wasmparser::ConstExpr<'_>) -> Result<ConstExpr> {
        use wasmparser::Operator as O;
        let mut ops = Vec::new();
        let mut reader = expr.get_operators_reader();
        while !reader.eof() {
            let (op, offset) = reader.read_with_offset()?;
            ops.push(match op {
                O::I32Const { value } => ConstOp::I32(value),
                O::I64Const { value } => ConstOp::I64(value),
                O::F32Const { value } => ConstOp::F32(value.bits()),
                O::F64Const { value } => ConstOp::F64(value.bits()),
                O::V128Const { value } => ConstOp::V128(u128::from_le_bytes(*value.bytes())),
                O::GlobalGet { global_index } => ConstOp::GlobalGet(global_index),
                O::RefNull { .. } => ConstOp::RefNull,
                O::RefFunc { function_index } => ConstOp::RefFunc(function_index),
                O::I32Add => ConstOp::I32Add,
                O::I32Sub => ConstOp::I32Sub,
                O::I32Mul => ConstOp::I32Mul,
                O::I64Add => ConstOp::I64Add,
                O::I64Sub => ConstOp::I64Sub,
                O::I64Mul => ConstOp::I64Mul,
                O::End => break,
                _ => {
                    return Err(Error::Unsupported {
                        what: "extended constant expressions (an operator other than \
                               const, global.get, ref.null, ref.func, add, sub, mul)"
                            .into(),
                        offset: offset as usize,
                    })
                }
            });
        }
        Ok(ConstExpr(ops))
    }

    /// Evaluates the expression; `global` gives the raw value of a global
    /// (references come back through [`ConstVal`] variants).
    pub fn eval(&self, global: &dyn Fn(u32) -> ConstVal) -> ConstVal {
        let mut stack: Vec<ConstVal> = Vec::with_capacity(2);
        let bits = |v: ConstVal| match v {
            ConstVal::Bits(b) | ConstVal::Other(b) => b,
            _ => 0,
        };
        for op in &self.0 {
            let v = match *op {
                ConstOp::I32(v) => ConstVal::Bits(v as u32 as u128),
                ConstOp::I64(v) => ConstVal::Bits(v as u64 as u128),
                ConstOp::F32(v) => ConstVal::Bits(v as u128),
                ConstOp::F64(v) => ConstVal::Bits(v as u128),
                ConstOp::V128(v) => ConstVal::Bits(v),
                ConstOp::GlobalGet(g) => global(g),
                ConstOp::RefNull => ConstVal::Null,
                ConstOp::RefFunc(f) => ConstVal::Func(f),
                _ => {
                    let b = bits(stack.pop().expect("validated"));
                    let a = bits(stack.pop().expect("validated"));
                    let r = match op {
                        ConstOp::I32Add => (a as u32).wrapping_add(b as u32) as u128,
                        ConstOp::I32Sub => (a as u32).wrapping_sub(b as u32) as u128,
                        ConstOp::I32Mul => (a as u32).wrapping_mul(b as u32) as u128,
                        ConstOp::I64Add => (a as u64).wrapping_add(b as u64) as u128,
                        ConstOp::I64Sub => (a as u64).wrapping_sub(b as u64) as u128,
                        _ => (a as u64).wrapping_mul(b as u64) as u128,
                    };
                    ConstVal::Bits(r)
                }
            };
            stack.push(v);
        }
        stack.pop().unwrap_or(ConstVal::Null)
    }
}
