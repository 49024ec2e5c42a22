//! Conversions between number types (spec §4.3.4): float→int truncation
//! (trapping and saturating), int→float, demote/promote, reinterpret.

use crate::error::Result;
use crate::values::ValType;

use super::func::FuncCompiler;
use super::stack::Loc;

impl FuncCompiler<'_> {
    /// `iNN.trunc_fMM_{s,u}` and the `_sat` forms.
    pub fn trunc(
        &mut self,
        from: ValType,
        to: ValType,
        signed: bool,
        saturating: bool,
    ) -> Result<()> {
        Err(self.unsupported(format!(
            "{to}.trunc{}_{from}_{}",
            if saturating { "_sat" } else { "" },
            if signed { "s" } else { "u" }
        )))
    }

    /// `fNN.convert_iMM_{s,u}`.
    pub fn convert(&mut self, from: ValType, to: ValType, signed: bool) -> Result<()> {
        Err(self.unsupported(format!(
            "{to}.convert_{from}_{}",
            if signed { "s" } else { "u" }
        )))
    }

    /// `f32.demote_f64` and `f64.promote_f32`.
    pub fn demote_promote(&mut self, from: ValType, to: ValType) -> Result<()> {
        Err(self.unsupported(format!("{from} to {to}")))
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
                self.load_gpr(super::stack::Entry { ty: to, loc: e.loc }, r);
                self.release(e);
                self.push(to, Loc::Gpr(r));
            }
        }
    }
}
