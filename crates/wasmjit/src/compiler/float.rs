//! Floating-point instructions (spec §4.3.3): arithmetic, min/max with the
//! spec's NaN and ±0 rules, sign operations as bit masks, rounding,
//! comparisons.
//!
//! NaN results: the backend's arithmetic returns a quieted input NaN or the
//! default NaN (`0xffc00000` / `0xfff8000000000000`, negative canonical), which the
//! spec's nondeterministic NaN rules (§4.3.3, "NaN propagation") allow.
//! Sign operations (`abs`, `neg`, `copysign`) never touch NaN payloads.
//! Constant folding happens only when the result is not a NaN, so folded
//! code can never differ from the emitted instructions.

use wasmparser::Operator as O;

use crate::error::Result;
use crate::values::ValType;

use super::func::FuncCompiler;
use super::masm::{FOpnd, FloatAlu, FloatBitOp, MacroAssembler as _, OperandSize, RoundMode};
use super::stack::{Entry, Loc};
use super::Target;

/// Binary float operations.
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

/// Unary float operations.
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

pub use super::masm::FloatCmp;

/// Sign bit of the format.
pub fn sign_mask(ty: ValType) -> u64 {
    if ty == ValType::F32 {
        1 << 31
    } else {
        1 << 63
    }
}

/// A float constant of type `ty` as an `f64` (exact for `f32`).
fn to_f64(ty: ValType, bits: u64) -> f64 {
    if ty == ValType::F32 {
        f32::from_bits(bits as u32) as f64
    } else {
        f64::from_bits(bits)
    }
}

/// Applies `f32_op`/`f64_op` to constant operands; `None` for a NaN result
/// (left to the machine instructions, see the module docs).
fn fold2(
    ty: ValType,
    a: u64,
    b: u64,
    f32_op: impl Fn(f32, f32) -> f32,
    f64_op: impl Fn(f64, f64) -> f64,
) -> Option<u64> {
    if ty == ValType::F32 {
        let r = f32_op(f32::from_bits(a as u32), f32::from_bits(b as u32));
        (!r.is_nan()).then_some(r.to_bits() as u64)
    } else {
        let r = f64_op(f64::from_bits(a), f64::from_bits(b));
        (!r.is_nan()).then_some(r.to_bits())
    }
}

/// Unary counterpart of [`fold2`].
fn fold1(
    ty: ValType,
    a: u64,
    f32_op: impl Fn(f32) -> f32,
    f64_op: impl Fn(f64) -> f64,
) -> Option<u64> {
    fold2(ty, a, 0, |x, _| f32_op(x), |x, _| f64_op(x))
}

/// `fmin`/`fmax` (§4.3.3) on two non-NaN constants: equal values combine
/// their bits (so `min(-0, +0) = -0`, `max(-0, +0) = +0`).
fn fold_minmax(ty: ValType, op: FloatBin, a: u64, b: u64) -> Option<u64> {
    let (x, y) = (to_f64(ty, a), to_f64(ty, b));
    if x.is_nan() || y.is_nan() {
        return None;
    }
    Some(match op {
        FloatBin::Min if x == y => a | b,
        FloatBin::Max if x == y => a & b,
        FloatBin::Min => {
            if x < y {
                a
            } else {
                b
            }
        }
        _ => {
            if x > y {
                a
            } else {
                b
            }
        }
    })
}

fn fold_bin(ty: ValType, op: FloatBin, a: u64, b: u64) -> Option<u64> {
    let sign = sign_mask(ty);
    match op {
        FloatBin::Add => fold2(ty, a, b, |x, y| x + y, |x, y| x + y),
        FloatBin::Sub => fold2(ty, a, b, |x, y| x - y, |x, y| x - y),
        FloatBin::Mul => fold2(ty, a, b, |x, y| x * y, |x, y| x * y),
        FloatBin::Div => fold2(ty, a, b, |x, y| x / y, |x, y| x / y),
        FloatBin::Min | FloatBin::Max => fold_minmax(ty, op, a, b),
        FloatBin::Copysign => Some((a & !sign) | (b & sign)),
    }
}

fn fold_un(ty: ValType, op: FloatUn, a: u64) -> Option<u64> {
    let sign = sign_mask(ty);
    match op {
        FloatUn::Abs => Some(a & !sign),
        FloatUn::Neg => Some(a ^ sign),
        FloatUn::Ceil => fold1(ty, a, f32::ceil, f64::ceil),
        FloatUn::Floor => fold1(ty, a, f32::floor, f64::floor),
        FloatUn::Trunc => fold1(ty, a, f32::trunc, f64::trunc),
        FloatUn::Nearest => fold1(ty, a, f32::round_ties_even, f64::round_ties_even),
        FloatUn::Sqrt => fold1(ty, a, f32::sqrt, f64::sqrt),
    }
}

fn fold_cmp(ty: ValType, op: FloatCmp, a: u64, b: u64) -> bool {
    // Widening f32 to f64 is exact, so comparing as f64 is the same.
    let (x, y) = (to_f64(ty, a), to_f64(ty, b));
    match op {
        FloatCmp::Eq => x == y,
        FloatCmp::Ne => x != y,
        FloatCmp::Lt => x < y,
        FloatCmp::Gt => x > y,
        FloatCmp::Le => x <= y,
        FloatCmp::Ge => x >= y,
    }
}

impl FuncCompiler<'_> {
    /// The XMM register holding a popped float entry, loading it into a
    /// freshly allocated one if it is elsewhere. The caller owns the result.
    pub fn owned_fpr(&mut self, e: Entry) -> u8 {
        match e.loc {
            Loc::Fpr(r) => r,
            _ => {
                let r = self.alloc_fpr();
                self.load_fpr(e, r);
                r
            }
        }
    }

    /// A popped float entry as a float source operand: its register, its
    /// memory slot, or (constants, GPRs) loaded into the float scratch
    /// register. Clobbers both scratch registers, so call it after the
    /// instruction's allocations.
    pub fn fpr_src(&mut self, e: Entry) -> FOpnd {
        match e.loc {
            Loc::Fpr(r) | Loc::LocalFpr(r) => FOpnd::Reg(r),
            Loc::Mem(d) => FOpnd::Mem(d),
            // Zero stays `xorps` (no load).
            Loc::Const(c) if Target::FLOAT_POOL && c != 0 => {
                FOpnd::Pool(self.v128_pool.label(c.into(), || self.a.new_label()))
            }
            _ => {
                self.load_fpr(e, Target::FLOAT_SCRATCH);
                FOpnd::Reg(Target::FLOAT_SCRATCH)
            }
        }
    }

    /// A popped float entry in some register (the float scratch register if
    /// it was not in one); may clobber both scratch registers.
    fn fpr_reg(&mut self, e: Entry) -> u8 {
        match e.loc {
            Loc::Fpr(r) => r,
            _ => {
                self.load_fpr(e, Target::FLOAT_SCRATCH);
                Target::FLOAT_SCRATCH
            }
        }
    }

    /// Loads the 64-bit pattern `bits` into the float scratch register
    /// (`MacroAssembler::float_const`; may clobber the integer one) and
    /// returns it.
    pub fn xscratch_const(&mut self, bits: u64) -> u8 {
        let x = Target::FLOAT_SCRATCH;
        self.a.float_const(x, bits, &mut self.v128_pool);
        x
    }

    fn both_const_f(&self) -> Option<(u64, u64)> {
        match (self.peek(1).loc, self.peek(0).loc) {
            (Loc::Const(a), Loc::Const(b)) => Some((a, b)),
            _ => None,
        }
    }

    /// `fNN.{add,sub,mul,div,min,max,copysign}`: pops two `ty` values,
    /// pushes the result (§4.3.3 `fadd` ... `fcopysign`).
    pub fn float_binop(&mut self, ty: ValType, op: FloatBin) -> Result<()> {
        if let Some((a, b)) = self.both_const_f() {
            if let Some(r) = fold_bin(ty, op, a, b) {
                self.pop();
                self.pop();
                self.push(ty, Loc::Const(r));
                return Ok(());
            }
        }
        match op {
            FloatBin::Min | FloatBin::Max => self.float_minmax(ty, op),
            FloatBin::Copysign => self.float_copysign(ty),
            _ => self.float_arith(ty, op),
        }
        Ok(())
    }

    fn float_arith(&mut self, ty: ValType, op: FloatBin) {
        let dst = self.float_arith_into(ty, op, None);
        self.push(ty, Loc::Fpr(dst));
    }

    /// `add`, `sub`, `mul`, `div` of the top two entries, popped: the
    /// result in `into` (the register of a pinned local the caller writes;
    /// none of the stack's lazy reads of that local are left) or in a
    /// register it returns, the caller's. With three-operand forms
    /// (`MacroAssembler::float_three_operand`) a left operand in a
    /// register is read in place rather than copied first.
    fn float_arith_into(&mut self, ty: ValType, op: FloatBin, into: Option<u8>) -> u8 {
        let mut rhs = self.pop();
        let mut lhs = self.pop();
        // Which NaN operand the hardware returns is within the spec's
        // nondeterminism, so commutative operations may swap.
        if matches!(op, FloatBin::Add | FloatBin::Mul)
            && !matches!(lhs.loc, Loc::Fpr(_))
            && matches!(rhs.loc, Loc::Fpr(_))
        {
            std::mem::swap(&mut lhs, &mut rhs);
        }
        let size = OperandSize::of_float(ty);
        let alu = match op {
            FloatBin::Add => FloatAlu::Add,
            FloatBin::Sub => FloatAlu::Sub,
            FloatBin::Mul => FloatAlu::Mul,
            FloatBin::Div => FloatAlu::Div,
            _ => unreachable!("not arithmetic"),
        };
        // Three-operand forms read a left operand in a register in place:
        // a pinned local's, or the generator's own when the result goes to
        // a local (else the two-operand form on it is as short).
        let lhs_reg = match lhs.loc {
            Loc::LocalFpr(l) => Some(l),
            Loc::Fpr(l) if into.is_some() => Some(l),
            _ => None,
        };
        if let Some(l) = lhs_reg.filter(|_| Target::float_three_operand(self.env.simd_isa)) {
            let dst = into.unwrap_or_else(|| self.alloc_fpr());
            let src = self.fpr_src(rhs);
            self.a.float_alu3(size, alu, dst, l, src);
            self.release(rhs);
            self.release(lhs);
            return dst;
        }
        // Straight into the local's register, unless the right operand
        // is that register (the left one's copy would overwrite it).
        let straight = |r: u8| !matches!(lhs.loc, Loc::Fpr(_)) && rhs.loc != Loc::LocalFpr(r);
        let dst = match into.filter(|&r| straight(r)) {
            Some(r) => {
                self.load_fpr(lhs, r);
                r
            }
            None => self.owned_fpr(lhs),
        };
        let src = self.fpr_src(rhs);
        self.a.float_alu(size, alu, dst, src);
        self.release(rhs);
        match into {
            Some(r) if r != dst => {
                self.load_fpr(
                    Entry {
                        ty,
                        loc: Loc::Fpr(dst),
                    },
                    r,
                );
                self.regs.free_fpr(dst);
                r
            }
            _ => dst,
        }
    }

    /// `OP; local.set x` (or `local.tee x`) with `x` pinned to an XMM
    /// register, for `fNN.{add,sub,mul,div}`: the result is computed in
    /// `x`'s register (no copy through another one), and `local.tee`
    /// leaves a lazy read of `x`. Returns whether it did.
    pub fn float_arith_to_local(&mut self, ty: ValType, op: FloatBin, next: &O<'_>) -> bool {
        let Some((x, r, tee)) = self.pinned_target(next, ty) else {
            return false;
        };
        if self.both_const_f().is_some() {
            return false;
        }
        // In two-operand forms a left operand in the generator's own
        // register is computed on in place: the plain `local.tee` keeps
        // that register on the stack, which saves a copy at the next read.
        let commutative = matches!(op, FloatBin::Add | FloatBin::Mul);
        let owned = |e: &Entry| matches!(e.loc, Loc::Fpr(_));
        if !Target::float_three_operand(self.env.simd_isa)
            && (owned(self.peek(1)) || (commutative && owned(self.peek(0))))
        {
            return false;
        }
        // The operands are read before `r` is written.
        self.invalidate_local_under(x, 2);
        self.float_arith_into(ty, op, Some(r));
        if tee {
            self.push(ty, Loc::Local(x));
        }
        true
    }

    /// `fmin`/`fmax` (`MacroAssembler::float_minmax`).
    fn float_minmax(&mut self, ty: ValType, op: FloatBin) {
        let rhs = self.pop();
        let lhs = self.pop();
        let dst = self.owned_fpr(lhs);
        let src = self.fpr_reg(rhs);
        self.a
            .float_minmax(OperandSize::of_float(ty), op == FloatBin::Min, dst, src);
        self.release(rhs);
        self.push(ty, Loc::Fpr(dst));
    }

    /// `fcopysign`: magnitude bits of the first operand, sign bit of the second.
    fn float_copysign(&mut self, ty: ValType) {
        let sign = sign_mask(ty);
        let rhs = self.pop();
        let lhs = self.pop();
        if let Loc::Const(b) = rhs.loc {
            let dst = self.owned_fpr(lhs);
            if b & sign != 0 {
                let x = self.xscratch_const(sign);
                self.a.float_bits(FloatBitOp::Or, dst, x);
            } else {
                let x = self.xscratch_const(!sign);
                self.a.float_bits(FloatBitOp::And, dst, x);
            }
            self.push(ty, Loc::Fpr(dst));
            return;
        }
        let dst = self.owned_fpr(lhs);
        let src = self.owned_fpr(rhs);
        let x = self.xscratch_const(!sign);
        self.a.float_bits(FloatBitOp::And, dst, x);
        self.a.float_bits(FloatBitOp::AndNot, x, src);
        self.a.float_bits(FloatBitOp::Or, dst, x);
        self.regs.free_fpr(src);
        self.push(ty, Loc::Fpr(dst));
    }

    /// `fNN.{abs,neg,ceil,floor,trunc,nearest,sqrt}` (§4.3.3).
    pub fn float_unop(&mut self, ty: ValType, op: FloatUn) -> Result<()> {
        if let Loc::Const(a) = self.peek(0).loc {
            if let Some(r) = fold_un(ty, op, a) {
                self.pop();
                self.push(ty, Loc::Const(r));
                return Ok(());
            }
        }
        let e = self.pop();
        let size = OperandSize::of_float(ty);
        if let (FloatUn::Sqrt, Loc::LocalFpr(src)) = (op, e.loc) {
            if Target::float_three_operand(self.env.simd_isa) {
                let dst = self.alloc_fpr();
                self.a.float_sqrt3(size, dst, src);
                self.push(ty, Loc::Fpr(dst));
                return Ok(());
            }
        }
        let dst = self.owned_fpr(e);
        let sign = sign_mask(ty);
        match op {
            FloatUn::Abs => {
                let x = self.xscratch_const(!sign);
                self.a.float_bits(FloatBitOp::And, dst, x);
            }
            FloatUn::Neg => {
                let x = self.xscratch_const(sign);
                self.a.float_bits(FloatBitOp::Xor, dst, x);
            }
            FloatUn::Sqrt => self.a.float_sqrt(size, dst),
            FloatUn::Nearest => self.a.float_round(size, RoundMode::Nearest, dst),
            FloatUn::Floor => self.a.float_round(size, RoundMode::Floor, dst),
            FloatUn::Ceil => self.a.float_round(size, RoundMode::Ceil, dst),
            FloatUn::Trunc => self.a.float_round(size, RoundMode::Trunc, dst),
        }
        self.push(ty, Loc::Fpr(dst));
        Ok(())
    }

    /// `fNN.{eq,ne,lt,gt,le,ge}` (§4.3.3): pushes an `i32`. Ordered
    /// comparisons leave a pending `Cond` with an unsigned-style condition
    /// (`A`/`Ae` are false when the operands are unordered); `eq`/`ne` need
    /// the parity flag too, so they are materialized into a GPR.
    pub fn float_cmp(&mut self, ty: ValType, op: FloatCmp) -> Result<()> {
        if let Some((a, b)) = self.both_const_f() {
            self.pop();
            self.pop();
            self.push(ValType::I32, Loc::Const(fold_cmp(ty, op, a, b) as u64));
            return Ok(());
        }
        let rhs = self.pop();
        let lhs = self.pop();
        let (swap, cc) = Target::cond_of_float(op);
        let (mut first, mut second) = if swap { (rhs, lhs) } else { (lhs, rhs) };
        let symmetric = matches!(op, FloatCmp::Eq | FloatCmp::Ne);
        if symmetric && matches!(second.loc, Loc::Const(_) | Loc::Gpr(_)) {
            std::mem::swap(&mut first, &mut second);
        }
        let out = symmetric.then(|| self.alloc_gpr());
        // A second operand that is neither in a float register nor in memory
        // needs a register of its own (the float scratch may hold the first).
        let temp = match second.loc {
            Loc::Const(_) | Loc::Gpr(_) => {
                let t = self.alloc_fpr();
                self.load_fpr(second, t);
                Some(t)
            }
            _ => None,
        };
        let src = match temp {
            Some(t) => FOpnd::Reg(t),
            None => self.fpr_src(second),
        };
        let f = self.fpr_reg(first);
        self.a.float_compare(OperandSize::of_float(ty), f, src);
        if let Some(t) = temp {
            self.regs.free_fpr(t);
        }
        self.release(first);
        self.release(second);
        match out {
            None => self.push(ValType::I32, Loc::Cond(cc)),
            Some(r) => {
                self.a.float_eq_to_gpr(op == FloatCmp::Ne, r);
                self.push(ValType::I32, Loc::Gpr(r));
            }
        }
        Ok(())
    }
}
