//! Conversions between number types (spec §4.3.4): int→float
//! (`convert`), demote/promote, reinterpret. Float→int truncation is in
//! `trunc.rs`.

use crate::error::Result;
use crate::values::ValType;

use super::func::FuncCompiler;
use super::masm::{MacroAssembler as _, OperandSize};
use super::stack::{Entry, Loc, I64_PAIRS};

/// `fNN.convert_iMM_{s,u}` of a constant, as the result's bits. Rust's
/// integer-to-float `as` rounds to nearest, ties to even, like §4.3.4
/// `convert_u`/`convert_s`.
fn fold_convert(from: ValType, to: ValType, signed: bool, c: u64) -> u64 {
    let to_f32 = to == ValType::F32;
    match (from, signed) {
        (ValType::I32, true) => {
            let v = c as u32 as i32;
            if to_f32 {
                (v as f32).to_bits() as u64
            } else {
                (v as f64).to_bits()
            }
        }
        (ValType::I32, false) => {
            let v = c as u32;
            if to_f32 {
                (v as f32).to_bits() as u64
            } else {
                (v as f64).to_bits()
            }
        }
        (_, true) => {
            let v = c as i64;
            if to_f32 {
                (v as f32).to_bits() as u64
            } else {
                (v as f64).to_bits()
            }
        }
        (_, false) => {
            if to_f32 {
                (c as f32).to_bits() as u64
            } else {
                (c as f64).to_bits()
            }
        }
    }
}

impl FuncCompiler<'_> {
    /// `fNN.convert_iMM_{s,u}` (§4.3.4): pops an integer, pushes the nearest
    /// float (ties to even; `MacroAssembler::int_to_float`).
    pub fn convert(&mut self, from: ValType, to: ValType, signed: bool) -> Result<()> {
        if let Loc::Const(c) = self.peek(0).loc {
            self.pop();
            self.push(to, Loc::Const(fold_convert(from, to, signed, c)));
            return Ok(());
        }
        if I64_PAIRS && from == ValType::I64 {
            self.i64_to_float_builtin(to, signed);
            return Ok(());
        }
        let e = self.pop();
        let r = self.owned_gpr(e);
        let x = self.alloc_fpr();
        self.a.int_to_float(
            OperandSize::of(from),
            OperandSize::of_float(to),
            signed,
            x,
            r,
        );
        self.regs.free_gpr(r);
        self.push(to, Loc::Fpr(x));
        Ok(())
    }

    /// `f32.demote_f64` and `f64.promote_f32` (§4.3.4): rounds to
    /// nearest-even; both quiet a NaN and keep its sign and top payload bits
    /// (an arithmetic NaN, canonical for a canonical input).
    pub fn demote_promote(&mut self, from: ValType, to: ValType) -> Result<()> {
        if let Loc::Const(c) = self.peek(0).loc {
            let folded = if from == ValType::F64 {
                let v = f64::from_bits(c) as f32;
                (!v.is_nan()).then_some(v.to_bits() as u64)
            } else {
                let v = f32::from_bits(c as u32) as f64;
                (!v.is_nan()).then_some(v.to_bits())
            };
            if let Some(bits) = folded {
                self.pop();
                self.push(to, Loc::Const(bits));
                return Ok(());
            }
        }
        let e = self.pop();
        let x = self.owned_fpr(e);
        self.a.float_to_float(OperandSize::of_float(to), x);
        self.push(to, Loc::Fpr(x));
        Ok(())
    }

    /// `*.reinterpret_*`: same bits, other register class.
    pub fn reinterpret(&mut self, from: ValType, to: ValType) {
        let e = self.pop();
        match e.loc {
            Loc::Const(c) => self.push(to, Loc::Const(c)),
            _ if from.is_int_like() => {
                let x = self.alloc_fpr();
                self.load_fpr(e, x);
                self.release(e);
                self.push(to, Loc::Fpr(x));
            }
            _ => {
                let r = self.alloc_gpr_for(to);
                self.load_gpr(Entry { ty: to, loc: e.loc }, r);
                self.release(e);
                self.push(to, Loc::Gpr(r));
            }
        }
    }
}
