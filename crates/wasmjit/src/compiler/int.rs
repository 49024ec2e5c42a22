//! Integer instructions (spec §4.3.2 integer operations): arithmetic,
//! bitwise, shifts, rotates, bit counts, comparisons, extensions.

use wasmparser::Operator;

use crate::error::TrapKind;
use crate::values::ValType;

use super::func::FuncCompiler;
use super::masm::{pair_halves, DivKind};
use super::masm::{
    AluOp, CondCode as _, IntCmp, MacroAssembler as _, OperandSize, Opnd, ShiftKind,
};
use super::stack::{Entry, Loc, I64_PAIRS};
use super::Target;

/// Binary integer operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntBin {
    Add,
    Sub,
    Mul,
    And,
    Or,
    Xor,
    Shl,
    ShrS,
    ShrU,
    Rotl,
    Rotr,
    DivS,
    DivU,
    RemS,
    RemU,
}

pub use super::masm::IntUn;

impl IntBin {
    /// The ALU operation of `add`, `sub`, `and`, `or`, `xor`.
    fn alu(self) -> Option<AluOp> {
        Some(match self {
            IntBin::Add => AluOp::Add,
            IntBin::Sub => AluOp::Sub,
            IntBin::And => AluOp::And,
            IntBin::Or => AluOp::Or,
            IntBin::Xor => AluOp::Xor,
            _ => return None,
        })
    }

    /// The shift of `shl`, `shr_s`, `shr_u`, `rotl`, `rotr`.
    fn shift(self) -> Option<ShiftKind> {
        Some(match self {
            IntBin::Shl => ShiftKind::Shl,
            IntBin::ShrS => ShiftKind::ShrS,
            IntBin::ShrU => ShiftKind::ShrU,
            IntBin::Rotl => ShiftKind::Rotl,
            IntBin::Rotr => ShiftKind::Rotr,
            _ => return None,
        })
    }
}

/// Constant folding of a binary operation; `None` when it would trap.
fn fold(ty: ValType, op: IntBin, a: u64, b: u64) -> Option<u64> {
    use IntBin::*;
    if ty == ValType::I32 {
        let (a, b) = (a as u32, b as u32);
        let r = match op {
            Add => a.wrapping_add(b),
            Sub => a.wrapping_sub(b),
            Mul => a.wrapping_mul(b),
            And => a & b,
            Or => a | b,
            Xor => a ^ b,
            Shl => a.wrapping_shl(b),
            ShrS => (a as i32).wrapping_shr(b) as u32,
            ShrU => a.wrapping_shr(b),
            Rotl => a.rotate_left(b % 32),
            Rotr => a.rotate_right(b % 32),
            DivS => (a as i32).checked_div(b as i32)? as u32,
            DivU => a.checked_div(b)?,
            RemS if b == 0 => return None,
            RemS => (a as i32).wrapping_rem(b as i32) as u32,
            RemU => a.checked_rem(b)?,
        };
        Some(r as u64)
    } else {
        Some(match op {
            Add => a.wrapping_add(b),
            Sub => a.wrapping_sub(b),
            Mul => a.wrapping_mul(b),
            And => a & b,
            Or => a | b,
            Xor => a ^ b,
            Shl => a.wrapping_shl(b as u32),
            ShrS => (a as i64).wrapping_shr(b as u32) as u64,
            ShrU => a.wrapping_shr(b as u32),
            Rotl => a.rotate_left((b % 64) as u32),
            Rotr => a.rotate_right((b % 64) as u32),
            DivS => (a as i64).checked_div(b as i64)? as u64,
            DivU => a.checked_div(b)?,
            RemS if b == 0 => return None,
            RemS => (a as i64).wrapping_rem(b as i64) as u64,
            RemU => a.checked_rem(b)?,
        })
    }
}

impl FuncCompiler<'_> {
    /// The operand form of a popped integer entry (may load the scratch
    /// register).
    pub fn opnd(&mut self, e: Entry) -> Opnd {
        match e.loc {
            Loc::Const(c) if e.ty == ValType::I32 => Opnd::Imm(c as u32 as i32),
            Loc::Const(c) if c as i64 == c as i32 as i64 => Opnd::Imm(c as i32),
            Loc::Gpr(r) | Loc::LocalReg(r) => Opnd::Reg(r),
            Loc::Mem(d) => Opnd::Mem(d),
            _ => {
                self.load_gpr(e, Target::SCRATCH);
                Opnd::Reg(Target::SCRATCH)
            }
        }
    }

    /// With register pairs, an `i64` constant beyond a sign-extended
    /// 32-bit immediate has no operand form (the scratch register holds 32
    /// bits): it is loaded into a pair of its own, which releasing the
    /// entry frees.
    fn wide_const_in_reg(&mut self, e: Entry) -> Entry {
        match e.loc {
            Loc::Const(c) if I64_PAIRS && e.ty == ValType::I64 && c as i64 != c as i32 as i64 => {
                let r = self.alloc_gpr_for(ValType::I64);
                self.load_gpr(e, r);
                Entry {
                    ty: e.ty,
                    loc: Loc::Gpr(r),
                }
            }
            _ => e,
        }
    }

    fn both_const(&self) -> Option<(u64, u64)> {
        match (self.peek(1).loc, self.peek(0).loc) {
            (Loc::Const(a), Loc::Const(b)) => Some((a, b)),
            _ => None,
        }
    }

    /// The register holding a popped entry, loading it into a fresh one if needed.
    pub fn owned_gpr(&mut self, e: Entry) -> u8 {
        match e.loc {
            Loc::Gpr(r) => r,
            _ => {
                let r = self.alloc_gpr_for(e.ty);
                self.load_gpr(e, r);
                r
            }
        }
    }

    pub fn int_binop(&mut self, ty: ValType, op: IntBin) {
        use IntBin::*;
        if let Some((a, b)) = self.both_const() {
            if let Some(r) = fold(ty, op, a, b) {
                self.pop();
                self.pop();
                self.push(ty, Loc::Const(r));
                return;
            }
        }
        match op {
            DivS | DivU | RemS | RemU => self.int_div(ty, op),
            Shl | ShrS | ShrU | Rotl | Rotr => self.int_shift(ty, op),
            _ => {
                let dst = self.int_alu_into(ty, op, None);
                self.push(ty, Loc::Gpr(dst));
            }
        }
    }

    /// `add`, `sub`, `mul`, `and`, `or`, `xor` of the top two entries,
    /// popped: the result in `into` (the register of a pinned local the
    /// caller writes; none of the stack's lazy reads of that local are
    /// left) or in a register it returns, the caller's. A sum of two
    /// values the generator does not own (pinned locals), or of one and a
    /// constant, is one three-operand add (`MacroAssembler::add3`) instead
    /// of a copy and an add.
    fn int_alu_into(&mut self, ty: ValType, op: IntBin, into: Option<u8>) -> u8 {
        use IntBin::*;
        let commutative = matches!(op, Add | Mul | And | Or | Xor);
        let mut rhs = self.pop();
        let mut lhs = self.pop();
        let owned = |e: &Entry| matches!(e.loc, Loc::Gpr(_));
        if commutative && ((!owned(&lhs) && owned(&rhs)) || matches!(lhs.loc, Loc::Const(_))) {
            std::mem::swap(&mut lhs, &mut rhs);
        }
        let size = OperandSize::of(ty);
        let pairs = I64_PAIRS && ty == ValType::I64;
        let three = match (op, lhs.loc, rhs.loc) {
            (Add, Loc::LocalReg(l), Loc::LocalReg(r)) => Some((l, Opnd::Reg(r))),
            (Add | Sub, Loc::LocalReg(l), Loc::Const(c)) => {
                let c = if ty == ValType::I32 {
                    Some(c as u32 as i32 as i64)
                } else {
                    Some(c as i64).filter(|&c| c == c as i32 as i64)
                };
                let c = c.map(|c| if op == Sub { c.wrapping_neg() } else { c });
                c.filter(|&c| c == c as i32 as i64 || ty == ValType::I32)
                    .map(|c| (l, Opnd::Imm(c as i32)))
            }
            _ => None,
        };
        if let (Some((l, o)), false) = (three, pairs) {
            let dst = into.unwrap_or_else(|| self.alloc_gpr_for(ty));
            self.a.add3(size, dst, l, o);
            return dst;
        }
        // Straight into the local's register, unless the right operand
        // is that register (the left one's copy would overwrite it).
        if let Some(r) = into.filter(|&r| !owned(&lhs) && rhs.loc != Loc::LocalReg(r)) {
            self.load_gpr(lhs, r);
            self.int_alu_rhs(ty, op, r, rhs);
            return r;
        }
        let dst = self.owned_gpr(lhs);
        self.int_alu_rhs(ty, op, dst, rhs);
        match into {
            Some(r) => {
                self.load_gpr(
                    Entry {
                        ty,
                        loc: Loc::Gpr(dst),
                    },
                    r,
                );
                self.regs.free_gpr(dst);
                r
            }
            None => dst,
        }
    }

    /// `dst = dst OP rhs` for the operations of [`Self::int_alu_into`];
    /// releases `rhs`.
    fn int_alu_rhs(&mut self, ty: ValType, op: IntBin, dst: u8, rhs: Entry) {
        let rhs = self.wide_const_in_reg(rhs);
        let o = self.opnd(rhs);
        let size = OperandSize::of(ty);
        match op.alu() {
            Some(alu) => self.a.alu_ro(size, alu, dst, o),
            None => self.a.mul_ro(size, dst, o),
        }
        self.release(rhs);
    }

    /// `OP; local.set x` (or `local.tee x`) with `x` pinned to a GPR `r`,
    /// for `add`, `sub`, `mul`, `and`, `or`, `xor` of type `ty`: the
    /// result is computed in `r` (no copy through another register), and
    /// `local.tee` leaves a lazy read of `x`. Returns whether it did.
    pub fn int_alu_to_local(&mut self, ty: ValType, op: IntBin, next: &Operator<'_>) -> bool {
        use IntBin::*;
        let Some((x, r, tee)) = self.pinned_target(next, ty) else {
            return false;
        };
        if !matches!(op, Add | Sub | Mul | And | Or | Xor) || self.both_const().is_some() {
            return false;
        }
        self.materialize_cond();
        // The operands are read before `r` is written.
        self.invalidate_local_under(x, 2);
        self.int_alu_into(ty, op, Some(r));
        if tee {
            self.push(ty, Loc::Local(x));
        }
        true
    }

    /// `local.get x; <rhs>; OP; local.set x` (or `local.tee x`) with `x`
    /// pinned to a GPR `r`: emits `OP r, rhs` in place of the operator and
    /// the `local.set`/`local.tee` that follows it (`next`); returns whether
    /// it did. For `add`, `sub`, `and`, `or`, `xor` (commutative ones also
    /// with `x` on the right). Loop counters and accumulators take this shape.
    /// An `i32` `local.tee x` that a `br_if` or an `if` consumes (`after`)
    /// leaves the operation's flags as the condition (`Loc::Cond`: the
    /// result is non-zero, [`MacroAssembler::alu_ro`]) instead of a read of
    /// `x`, so a counted loop's `sub; local.tee; br_if` tests nothing more
    /// (golden `update_branch`).
    pub fn int_update_local(
        &mut self,
        ty: ValType,
        op: IntBin,
        next: &Operator<'_>,
        after: Option<&Operator<'_>>,
    ) -> bool {
        use IntBin::*;
        let (x, tee) = match *next {
            Operator::LocalSet { local_index } => (local_index, false),
            Operator::LocalTee { local_index } => (local_index, true),
            _ => return false,
        };
        let Some(&Some(r)) = self.pinned.get(x as usize) else {
            return false;
        };
        if !matches!(op, Add | Sub | And | Or | Xor)
            || self.locals[x as usize] != ty
            || self.stack.len() < 2
        {
            return false;
        }
        let lhs_is_x = self.peek(1).loc == Loc::Local(x);
        let rhs_is_x = self.peek(0).loc == Loc::Local(x) && op != Sub;
        if !lhs_is_x && !rhs_is_x {
            return false;
        }
        self.materialize_cond();
        let mut rhs = self.pop();
        let lhs = self.pop();
        if !lhs_is_x {
            rhs = lhs;
        }
        // Other lazy reads of `x` must keep the value from before the update.
        self.invalidate_local(x);
        let rhs = self.wide_const_in_reg(rhs);
        let o = self.opnd(rhs);
        let alu = op.alu().expect("an ALU operation");
        self.a.alu_ro(OperandSize::of(ty), alu, r, o);
        self.release(rhs);
        let branches = matches!(after, Some(Operator::BrIf { .. } | Operator::If { .. }));
        if tee && ty == ValType::I32 && branches {
            self.push(ty, Loc::Cond(Target::cond_of_int(IntCmp::Ne)));
        } else if tee {
            self.push(ty, Loc::Local(x));
        }
        true
    }

    fn int_shift(&mut self, ty: ValType, op: IntBin) {
        let size = OperandSize::of(ty);
        let kind = op.shift().expect("a shift");
        if let Loc::Const(c) = self.peek(0).loc {
            self.pop();
            let dst = self.pop_gpr();
            self.a
                .shift_ri(size, kind, dst, (c % size.bits() as u64) as u32);
            self.push(ty, Loc::Gpr(dst));
            return;
        }
        let count_reg = Target::SHIFT_COUNT;
        self.claim_gpr(count_reg);
        let count = self.pop();
        self.load_gpr(count, count_reg);
        self.release_unless(count, count_reg);
        let dst = self.pop_gpr();
        self.a.shift_rr(size, kind, dst);
        self.regs.free_gpr(count_reg);
        self.push(ty, Loc::Gpr(dst));
    }

    /// Releases `e`'s register unless it is `keep`.
    pub fn release_unless(&mut self, e: Entry, keep: u8) {
        if e.loc != Loc::Gpr(keep) {
            self.release(e);
        }
    }

    fn int_div(&mut self, ty: ValType, op: IntBin) {
        use IntBin::*;
        let wide = ty == ValType::I64;
        if I64_PAIRS && wide {
            return self.i64_div_builtin(op);
        }
        if self.int_div_const(ty, op) {
            return;
        }
        let const_divisor = match self.peek(0).loc {
            Loc::Const(c) => Some(if wide {
                c as i64
            } else {
                c as u32 as i32 as i64
            }),
            _ => None,
        };
        let (lo, hi) = (Target::MUL_LOW, Target::MUL_HIGH);
        self.claim_gpr(lo);
        self.claim_gpr(hi);
        let rhs = self.pop();
        let r = match rhs.loc {
            Loc::Gpr(r) => r,
            _ => {
                let r = self.alloc_gpr_for(rhs.ty);
                self.load_gpr(rhs, r);
                r
            }
        };
        let lhs = self.pop();
        self.load_gpr(lhs, lo);
        self.release_unless(lhs, lo);
        let div0 = self.trap_label(TrapKind::IntegerDivisionByZero);
        let maybe_minus_one = const_divisor.is_none() || const_divisor == Some(-1);
        let overflow =
            (op == DivS && maybe_minus_one).then(|| self.trap_label(TrapKind::IntegerOverflow));
        let kind = match op {
            DivS => DivKind::DivS,
            DivU => DivKind::DivU,
            RemS => DivKind::RemS,
            _ => DivKind::RemU,
        };
        self.a
            .div(OperandSize::of(ty), kind, r, const_divisor, div0, overflow);
        self.regs.free_gpr(r);
        if matches!(op, DivS | DivU) {
            self.regs.free_gpr(hi);
            self.push(ty, Loc::Gpr(lo));
        } else {
            self.regs.free_gpr(lo);
            self.push(ty, Loc::Gpr(hi));
        }
    }

    pub fn a_label(&mut self) -> dynasmrt::DynamicLabel {
        self.a.new_label()
    }

    /// Comparison `lhs CMP rhs`: folds constants, else leaves a pending
    /// `Cond` for the consumer.
    pub fn int_cmp(&mut self, ty: ValType, cmp: IntCmp) {
        let wide = ty == ValType::I64;
        if let Some((a, b)) = self.both_const() {
            self.pop();
            self.pop();
            let (sa, sb) = if wide {
                (a as i64, b as i64)
            } else {
                (a as u32 as i32 as i64, b as u32 as i32 as i64)
            };
            let (ua, ub) = if wide {
                (a, b)
            } else {
                (a as u32 as u64, b as u32 as u64)
            };
            let r = match cmp {
                IntCmp::Eq => ua == ub,
                IntCmp::Ne => ua != ub,
                IntCmp::LtS => sa < sb,
                IntCmp::LeS => sa <= sb,
                IntCmp::GtS => sa > sb,
                IntCmp::GeS => sa >= sb,
                IntCmp::LtU => ua < ub,
                IntCmp::LeU => ua <= ub,
                IntCmp::GtU => ua > ub,
                IntCmp::GeU => ua >= ub,
            };
            self.push(ValType::I32, Loc::Const(r as u64));
            return;
        }
        let mut cmp = cmp;
        let mut rhs = self.pop();
        let mut lhs = self.pop();
        if matches!(lhs.loc, Loc::Const(_)) {
            std::mem::swap(&mut lhs, &mut rhs);
            cmp = cmp.swapped();
        }
        let size = OperandSize::of(ty);
        let rhs = self.wide_const_in_reg(rhs);
        let cc = match lhs.loc {
            Loc::Mem(d) if !matches!(rhs.loc, Loc::Mem(_)) => {
                let o = self.opnd(rhs);
                self.a.cmp_for(size, cmp, Opnd::Mem(d), o)
            }
            _ => {
                let (l, owned) = self.read_gpr(lhs);
                let o = self.opnd(rhs);
                let cc = self.a.cmp_for(size, cmp, Opnd::Reg(l), o);
                if owned {
                    self.regs.free_gpr(l);
                }
                cc
            }
        };
        self.release(rhs);
        self.push(ValType::I32, Loc::Cond(cc));
    }

    pub fn int_eqz(&mut self, ty: ValType) {
        match self.peek(0).loc {
            Loc::Cond(cc) if ty == ValType::I32 => {
                self.stack.last_mut().unwrap().loc = Loc::Cond(cc.negate());
            }
            Loc::Const(c) => {
                self.pop();
                let z = if ty == ValType::I32 {
                    c as u32 == 0
                } else {
                    c == 0
                };
                self.push(ValType::I32, Loc::Const(z as u64));
            }
            _ => {
                let e = self.pop();
                let size = OperandSize::of(ty);
                match e.loc {
                    Loc::Mem(d) => self.a.cmp_zero(size, Opnd::Mem(d)),
                    _ => {
                        let (r, owned) = self.read_gpr(e);
                        self.a.cmp_zero(size, Opnd::Reg(r));
                        if owned {
                            self.regs.free_gpr(r);
                        }
                    }
                }
                self.push(ValType::I32, Loc::Cond(Target::cond_of_int(IntCmp::Eq)));
            }
        }
    }

    pub fn int_unop(&mut self, ty: ValType, op: IntUn) {
        let wide = ty == ValType::I64;
        if let Loc::Const(c) = self.peek(0).loc {
            self.pop();
            let r = if wide {
                match op {
                    IntUn::Clz => c.leading_zeros() as u64,
                    IntUn::Ctz => c.trailing_zeros() as u64,
                    IntUn::Popcnt => c.count_ones() as u64,
                    IntUn::Extend8S => c as i8 as i64 as u64,
                    IntUn::Extend16S => c as i16 as i64 as u64,
                    IntUn::Extend32S => c as i32 as i64 as u64,
                }
            } else {
                let c = c as u32;
                (match op {
                    IntUn::Clz => c.leading_zeros(),
                    IntUn::Ctz => c.trailing_zeros(),
                    IntUn::Popcnt => c.count_ones(),
                    IntUn::Extend8S => c as i8 as i32 as u32,
                    IntUn::Extend16S => c as i16 as i32 as u32,
                    IntUn::Extend32S => unreachable!(),
                }) as u64
            };
            self.push(ty, Loc::Const(r));
            return;
        }
        let e = self.pop();
        let o = self.opnd(e);
        self.release(e);
        let dst = self.alloc_gpr_for(ty);
        self.a.unop(OperandSize::of(ty), op, dst, o);
        self.push(ty, Loc::Gpr(dst));
    }

    /// `i64.extend_i32_s`.
    pub fn i64_extend_i32_s(&mut self) {
        if let Loc::Const(c) = self.peek(0).loc {
            self.pop();
            self.push(ValType::I64, Loc::Const(c as u32 as i32 as i64 as u64));
            return;
        }
        self.int_unop(ValType::I64, IntUn::Extend32S);
    }

    /// `i64.extend_i32_u`: i32 values are kept zero-extended, so only the
    /// type changes (with register pairs: a zero high half is added).
    pub fn i64_extend_i32_u(&mut self) {
        let e = self.pop();
        match e.loc {
            Loc::Const(c) => self.push(ValType::I64, Loc::Const(c as u32 as u64)),
            _ if I64_PAIRS => {
                let r = self.alloc_gpr_for(ValType::I64);
                let (lo, hi) = pair_halves(r).expect("an i64 register pair");
                self.load_gpr(e, lo);
                self.release_unless(e, lo);
                self.a.mov_ri(OperandSize::S32, hi, 0);
                self.push(ValType::I64, Loc::Gpr(r));
            }
            Loc::Gpr(r) => self.push(ValType::I64, Loc::Gpr(r)),
            _ => {
                let r = self.alloc_gpr();
                self.load_gpr(e, r);
                self.push(ValType::I64, Loc::Gpr(r));
            }
        }
    }

    /// `i32.wrap_i64`.
    pub fn i32_wrap_i64(&mut self) {
        let e = self.pop();
        match e.loc {
            Loc::Const(c) => self.push(ValType::I32, Loc::Const(c as u32 as u64)),
            Loc::Gpr(r) if I64_PAIRS => {
                // The low half is the result.
                let (lo, hi) = pair_halves(r).expect("an i64 register pair");
                self.regs.free_gpr(hi);
                self.push(ValType::I32, Loc::Gpr(lo));
            }
            Loc::Gpr(r) => {
                // Clears the upper half.
                self.a.mov_rr(OperandSize::S32, r, r);
                self.push(ValType::I32, Loc::Gpr(r));
            }
            _ => {
                let r = self.alloc_gpr();
                self.load_gpr(
                    Entry {
                        ty: ValType::I32,
                        loc: e.loc,
                    },
                    r,
                );
                self.push(ValType::I32, Loc::Gpr(r));
            }
        }
    }
}
