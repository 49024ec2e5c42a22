//! Conversions between number types (spec §4.3.4): int→float
//! (`convert`), demote/promote, reinterpret. Float→int truncation is in
//! `trunc.rs`.

use crate::error::Result;
use crate::values::ValType;

use super::func::FuncCompiler;
use super::isa::x64::asm::asm;
use super::isa::x64::regs::SCRATCH;
use super::stack::{Entry, Loc};

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
    /// float (ties to even). `i32` values are kept zero-extended in GPRs, so
    /// the unsigned `i32` form converts the 64-bit register; unsigned `i64`
    /// values ≥ 2^63 are halved with the lost bit kept as a sticky bit
    /// (`(v >> 1) | (v & 1)`), converted, and doubled, which rounds exactly
    /// like converting `v` directly.
    pub fn convert(&mut self, from: ValType, to: ValType, signed: bool) -> Result<()> {
        let single = to == ValType::F32;
        if let Loc::Const(c) = self.peek(0).loc {
            self.pop();
            self.push(to, Loc::Const(fold_convert(from, to, signed, c)));
            return Ok(());
        }
        let e = self.pop();
        let r = self.owned_gpr(e);
        let x = self.alloc_xmm();
        // Break the dependency on x's old contents (cvtsi2s* merges).
        asm!(self.a; xorps Rx(x), Rx(x));
        match (from, signed, single) {
            (ValType::I32, true, true) => asm!(self.a; cvtsi2ss Rx(x), Rd(r)),
            (ValType::I32, true, false) => asm!(self.a; cvtsi2sd Rx(x), Rd(r)),
            (ValType::I32, false, true) | (ValType::I64, true, true) => {
                asm!(self.a; cvtsi2ss Rx(x), Rq(r))
            }
            (ValType::I32, false, false) | (ValType::I64, true, false) => {
                asm!(self.a; cvtsi2sd Rx(x), Rq(r))
            }
            _ => {
                let (big, done) = (self.a_label(), self.a_label());
                asm!(self.a; test Rq(r), Rq(r) ; js =>big);
                if single {
                    asm!(self.a; cvtsi2ss Rx(x), Rq(r));
                } else {
                    asm!(self.a; cvtsi2sd Rx(x), Rq(r));
                }
                asm!(self.a
                    ; jmp =>done
                    ; =>big
                    ; mov Rq(SCRATCH), Rq(r)
                    ; shr Rq(SCRATCH), 1
                    ; and Rq(r), 1
                    ; or Rq(SCRATCH), Rq(r)
                );
                if single {
                    asm!(self.a; cvtsi2ss Rx(x), Rq(SCRATCH) ; addss Rx(x), Rx(x));
                } else {
                    asm!(self.a; cvtsi2sd Rx(x), Rq(SCRATCH) ; addsd Rx(x), Rx(x));
                }
                asm!(self.a; =>done);
            }
        }
        self.regs.free_gpr(r);
        self.push(to, Loc::Xmm(x));
        Ok(())
    }

    /// `f32.demote_f64` and `f64.promote_f32` (§4.3.4): `cvtsd2ss` rounds
    /// to nearest-even; both quiet a NaN and keep its sign and top payload
    /// bits (an arithmetic NaN, canonical for a canonical input).
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
        let x = self.owned_xmm(e);
        if from == ValType::F64 {
            asm!(self.a; cvtsd2ss Rx(x), Rx(x));
        } else {
            asm!(self.a; cvtss2sd Rx(x), Rx(x));
        }
        self.push(to, Loc::Xmm(x));
        Ok(())
    }

    /// `*.reinterpret_*`: same bits, other register class.
    pub fn reinterpret(&mut self, from: ValType, to: ValType) {
        let e = self.pop();
        match e.loc {
            Loc::Const(c) => self.push(to, Loc::Const(c)),
            _ if from.is_int_like() => {
                let x = self.alloc_xmm();
                self.load_xmm(e, x);
                self.release(e);
                self.push(to, Loc::Xmm(x));
            }
            _ => {
                let r = self.alloc_gpr();
                self.load_gpr(Entry { ty: to, loc: e.loc }, r);
                self.release(e);
                self.push(to, Loc::Gpr(r));
            }
        }
    }
}
