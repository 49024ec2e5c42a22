//! Compiling one operator: fused operator pairs, the pending-comparison
//! bookkeeping around the dispatch (`visit.rs`), unreachable code, and the
//! emitters of the simplest operators (locals, `select`, `drop`, `if`).

use wasmparser::{Operator as O, VisitOperator as _};

use crate::error::Result;
use crate::values::ValType::{self, F32, F64, I32, I64};

use super::control::FrameKind;
use super::float::FloatBin;
use super::func::FuncCompiler;
use super::int::IntBin;
use super::masm::{CondCode as _, MacroAssembler as _};
use super::stack::Loc;
use super::visit::ld;

impl FuncCompiler<'_> {
    /// Compiles `op` together with the operator after it (`next`), and the
    /// one after that (`after`, when known), when they have a shorter joint
    /// form; returns how many operators after `op` it compiled with it (0:
    /// none, `op` neither). See [`FuncCompiler::int_update_local`],
    /// [`FuncCompiler::int_alu_to_local`],
    /// [`FuncCompiler::float_arith_to_local`],
    /// [`FuncCompiler::load_to_local`], [`FuncCompiler::v128_load_pair`],
    /// [`FuncCompiler::splat_load_pair`]
    /// and [`FuncCompiler::v128_to_local`]. Errors are those of compiling
    /// either operator.
    pub fn operator_pair(
        &mut self,
        op: &O<'_>,
        next: &O<'_>,
        after: Option<&O<'_>>,
    ) -> Result<usize> {
        if !self.reachable {
            return Ok(0);
        }
        if let O::V128Load { memarg } = *op {
            let n = self.v128_load_pair(&memarg, next, after);
            if n > 0 {
                return Ok(n);
            }
        }
        let n = self.splat_load_pair(op, next, after);
        if n > 0 {
            return Ok(n);
        }
        let paired = self.v128_to_local(op, next)? || self.scalar_pair(op, next, after);
        Ok(usize::from(paired))
    }

    /// The scalar pairs of [`FuncCompiler::operator_pair`].
    fn scalar_pair(&mut self, op: &O<'_>, next: &O<'_>, after: Option<&O<'_>>) -> bool {
        let (ty, bin) = match *op {
            O::I32Add => (I32, IntBin::Add),
            O::I32Sub => (I32, IntBin::Sub),
            O::I32And => (I32, IntBin::And),
            O::I32Or => (I32, IntBin::Or),
            O::I32Xor => (I32, IntBin::Xor),
            O::I64Add => (I64, IntBin::Add),
            O::I64Sub => (I64, IntBin::Sub),
            O::I64And => (I64, IntBin::And),
            O::I64Or => (I64, IntBin::Or),
            O::I64Xor => (I64, IntBin::Xor),
            O::I32Mul => (I32, IntBin::Mul),
            O::I64Mul => (I64, IntBin::Mul),
            O::I32Load { memarg } => return self.load_to_local(&memarg, ld(I32, 4, false), next),
            O::I64Load { memarg } => return self.load_to_local(&memarg, ld(I64, 8, false), next),
            O::F32Load { memarg } => return self.load_to_local(&memarg, ld(F32, 4, false), next),
            O::F64Load { memarg } => return self.load_to_local(&memarg, ld(F64, 8, false), next),
            O::I32Load8U { memarg } => return self.load_to_local(&memarg, ld(I32, 1, false), next),
            O::I32Load8S { memarg } => return self.load_to_local(&memarg, ld(I32, 1, true), next),
            O::I32Load16U { memarg } => {
                return self.load_to_local(&memarg, ld(I32, 2, false), next)
            }
            O::I32Load16S { memarg } => return self.load_to_local(&memarg, ld(I32, 2, true), next),
            O::F32Add => return self.float_arith_to_local(F32, FloatBin::Add, next),
            O::F32Sub => return self.float_arith_to_local(F32, FloatBin::Sub, next),
            O::F32Mul => return self.float_arith_to_local(F32, FloatBin::Mul, next),
            O::F32Div => return self.float_arith_to_local(F32, FloatBin::Div, next),
            O::F64Add => return self.float_arith_to_local(F64, FloatBin::Add, next),
            O::F64Sub => return self.float_arith_to_local(F64, FloatBin::Sub, next),
            O::F64Mul => return self.float_arith_to_local(F64, FloatBin::Mul, next),
            O::F64Div => return self.float_arith_to_local(F64, FloatBin::Div, next),
            _ => return false,
        };
        self.int_update_local(ty, bin, next, after) || self.int_alu_to_local(ty, bin, next)
    }

    /// The local `next` writes when it is a `local.set` or `local.tee` of
    /// a local of type `ty` pinned to a register: the local, its register
    /// and whether it is a `local.tee`.
    pub fn pinned_target(&self, next: &O<'_>, ty: ValType) -> Option<(u32, u8, bool)> {
        let (x, tee) = match *next {
            O::LocalSet { local_index } => (local_index, false),
            O::LocalTee { local_index } => (local_index, true),
            _ => return None,
        };
        let r = (*self.pinned.get(x as usize)?)?;
        (self.locals[x as usize] == ty).then_some((x, r, tee))
    }

    /// Compiles one (already validated) operator.
    pub fn operator(&mut self, op: &O<'_>) -> Result<()> {
        if matches!(op, O::Loop { .. } | O::Else | O::End) {
            self.forget_saved_pinned();
        }
        self.reload_pinned_for(op);
        if !self.reachable {
            return self.dead_operator(op);
        }
        // Consumers of a pending comparison (`Loc::Cond`); a `local.set` of a
        // local pinned to a GPR takes it with one `setcc` into the register.
        let takes_cond = match *op {
            O::BrIf { .. }
            | O::If { .. }
            | O::Select
            | O::TypedSelect { .. }
            | O::I32Eqz
            | O::Drop => true,
            O::LocalSet { local_index } => matches!(self.local_loc(local_index), Loc::LocalReg(_)),
            _ => false,
        };
        if !takes_cond {
            self.materialize_cond();
        }
        self.visit_operator(op)
    }

    /// `unreachable`: jumps to the function's trap exit.
    pub fn unreachable(&mut self) {
        let l = self.trap_label(crate::error::TrapKind::Unreachable);
        self.a.jump(l);
        self.set_unreachable();
    }

    /// `if`: opens a frame whose false case goes to a fresh label.
    pub fn op_if(&mut self, blockty: wasmparser::BlockType) -> Result<()> {
        let else_label = self.a_label();
        self.open_frame(
            blockty,
            FrameKind::If {
                else_label,
                has_else: false,
            },
        )
    }

    /// `drop`.
    pub fn drop_operand(&mut self) {
        let e = self.pop();
        self.release(e);
    }

    /// `local.get`: a lazy read of the local.
    pub fn local_get(&mut self, local_index: u32) {
        let ty = self.locals[local_index as usize];
        self.push(ty, Loc::Local(local_index));
    }

    /// `local.set`.
    pub fn local_set(&mut self, local_index: u32) {
        let e = self.pop();
        self.invalidate_local(local_index);
        self.store_local(e, local_index);
        self.release(e);
    }

    /// `local.tee`: the value stays where it is, or becomes a read of the local.
    pub fn local_tee(&mut self, local_index: u32) {
        let e = self.pop();
        self.invalidate_local(local_index);
        self.store_local(e, local_index);
        match e.loc {
            Loc::Gpr(_) | Loc::Fpr(_) | Loc::Const(_) => self.push(e.ty, e.loc),
            _ => self.push(e.ty, Loc::Local(local_index)),
        }
    }

    /// Operators in unreachable code: only block structure is tracked.
    fn dead_operator(&mut self, op: &O<'_>) -> Result<()> {
        match op {
            O::Block { .. } | O::Loop { .. } | O::If { .. } => self.dead_block(),
            O::Else if self.dead_depth == 0 => self.op_else(),
            O::End if self.dead_depth > 0 => self.dead_depth -= 1,
            O::End => self.op_end(),
            _ => {}
        }
        Ok(())
    }

    /// `select`: integers with `cmov`, floats with a branch.
    pub fn select(&mut self) -> Result<()> {
        let cond = self.pop_condition();
        let ty = self.peek(0).ty;
        match cond {
            Err(true) => {
                let e = self.pop();
                self.release(e);
            }
            Err(false) => {
                let b = self.pop();
                let a = self.pop();
                self.release(a);
                self.push_popped(b);
            }
            Ok(cc) => {
                if ty.is_int_like() {
                    // cond ? a : b  ==  b, then cmov a when cond.
                    let b = self.pop();
                    let a = self.pop();
                    let ra = match a.loc {
                        Loc::Gpr(r) => r,
                        _ => {
                            let r = self.alloc_gpr_for(a.ty);
                            self.load_gpr(a, r);
                            r
                        }
                    };
                    let rb = match b.loc {
                        Loc::Gpr(r) => r,
                        _ => {
                            let r = self.alloc_gpr_for(b.ty);
                            self.load_gpr(b, r);
                            r
                        }
                    };
                    self.a.cmov(cc.negate(), ra, rb);
                    self.regs.free_gpr(rb);
                    self.push(ty, Loc::Gpr(ra));
                } else {
                    let b = self.pop();
                    let a = self.pop();
                    let ra = match a.loc {
                        Loc::Fpr(r) => r,
                        _ => {
                            let r = self.alloc_fpr();
                            self.load_fpr(a, r);
                            r
                        }
                    };
                    let done = self.a_label();
                    self.a.branch(cc, done);
                    self.load_fpr(b, ra);
                    self.a.bind(done);
                    self.release(b);
                    self.push(ty, Loc::Fpr(ra));
                }
            }
        }
        Ok(())
    }

    /// Re-pushes a popped entry (its register, constant, or a copy of its memory value).
    fn push_popped(&mut self, e: super::stack::Entry) {
        match e.loc {
            Loc::Gpr(_) | Loc::Fpr(_) | Loc::Const(_) => self.push(e.ty, e.loc),
            _ => {
                if e.ty.is_int_like() {
                    let r = self.alloc_gpr_for(e.ty);
                    self.load_gpr(e, r);
                    self.push(e.ty, Loc::Gpr(r));
                } else {
                    let r = self.alloc_fpr();
                    self.load_fpr(e, r);
                    self.push(e.ty, Loc::Fpr(r));
                }
            }
        }
    }
}
