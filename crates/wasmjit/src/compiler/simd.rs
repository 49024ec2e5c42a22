//! `v128` instructions (Wasm 2.0 §4.4.3 vector instructions, relaxed SIMD
//! of Wasm 3.0): operands popped into vector registers, one
//! [`SimdAssembler`] operation, the result pushed. `v128` values live in
//! the float registers (whole) and in 16-byte frame slots: a function that
//! has any `v128` value ([`mentions_v128`]) gets 16-byte locals and spill
//! slots (`FuncCompiler::slot_bytes`), the others keep 8-byte ones.

use wasmparser::{MemArg, Operator};

use crate::error::Result;
use crate::values::ValType;

use super::func::FuncCompiler;
use super::masm::Reg;
use super::simd_masm::{Lanes, ShiftCount, SimdAssembler, VBin, VLoad, VShift, VUn};
use super::stack::Loc;
use super::{ModuleEnv, Target};

macro_rules! define_is_simd {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*) )*) => {
        /// Whether `op` is an instruction of the SIMD or relaxed-SIMD proposal.
        fn is_simd(op: &Operator<'_>) -> bool {
            matches!(op, $( Operator::$op { .. } )|*)
        }
    };
}
wasmparser::for_each_visit_simd_operator!(define_is_simd);

/// Whether `op` can put a `v128` value on the operand stack of a function
/// whose locals are not `v128`: a SIMD instruction, a block, call or
/// global access whose type has `v128`, a typed `select` of `v128`.
pub fn mentions_v128(op: &Operator<'_>, env: &ModuleEnv) -> bool {
    is_simd(op) || env.signature_mentions(op, ValType::V128)
}

/// The binary operations a backend may take the second operand of from
/// memory (see [`FuncCompiler::v128_load_pair`]): lane-wise arithmetic
/// and bitwise operations of one instruction on x86.
fn mem_operand_bin(op: &Operator<'_>) -> Option<VBin> {
    use Lanes::*;
    use Operator as O;
    Some(match *op {
        O::V128And => VBin::And,
        O::V128Or => VBin::Or,
        O::V128Xor => VBin::Xor,
        O::I8x16Add => VBin::Add(I8),
        O::I16x8Add => VBin::Add(I16),
        O::I32x4Add => VBin::Add(I32),
        O::I64x2Add => VBin::Add(I64),
        O::F32x4Add => VBin::Add(F32),
        O::F64x2Add => VBin::Add(F64),
        O::I8x16Sub => VBin::Sub(I8),
        O::I16x8Sub => VBin::Sub(I16),
        O::I32x4Sub => VBin::Sub(I32),
        O::I64x2Sub => VBin::Sub(I64),
        O::F32x4Sub => VBin::Sub(F32),
        O::F64x2Sub => VBin::Sub(F64),
        O::I16x8Mul => VBin::Mul(I16),
        O::I32x4Mul => VBin::Mul(I32),
        O::F32x4Mul => VBin::Mul(F32),
        O::F64x2Mul => VBin::Mul(F64),
        O::F32x4Div => VBin::Div(F32),
        O::F64x2Div => VBin::Div(F64),
        O::I8x16MinS => VBin::MinS(I8),
        O::I16x8MinS => VBin::MinS(I16),
        O::I32x4MinS => VBin::MinS(I32),
        O::I8x16MinU => VBin::MinU(I8),
        O::I16x8MinU => VBin::MinU(I16),
        O::I32x4MinU => VBin::MinU(I32),
        O::I8x16MaxS => VBin::MaxS(I8),
        O::I16x8MaxS => VBin::MaxS(I16),
        O::I32x4MaxS => VBin::MaxS(I32),
        O::I8x16MaxU => VBin::MaxU(I8),
        O::I16x8MaxU => VBin::MaxU(I16),
        O::I32x4MaxU => VBin::MaxU(I32),
        O::I8x16AddSatS => VBin::AddSatS(I8),
        O::I16x8AddSatS => VBin::AddSatS(I16),
        O::I8x16AddSatU => VBin::AddSatU(I8),
        O::I16x8AddSatU => VBin::AddSatU(I16),
        O::I8x16SubSatS => VBin::SubSatS(I8),
        O::I16x8SubSatS => VBin::SubSatS(I16),
        O::I8x16SubSatU => VBin::SubSatU(I8),
        O::I16x8SubSatU => VBin::SubSatU(I16),
        O::I8x16AvgrU => VBin::AvgrU(I8),
        O::I16x8AvgrU => VBin::AvgrU(I16),
        O::I32x4DotI16x8S => VBin::Dot,
        _ => return None,
    })
}

impl FuncCompiler<'_> {
    /// `n` free vector registers for an operation's temporaries.
    fn v128_temps(&mut self, n: usize) -> [Reg; 2] {
        let mut t = [0; 2];
        for r in t.iter_mut().take(n) {
            *r = self.alloc_fpr();
        }
        t
    }

    fn free_temps(&mut self, t: &[Reg]) {
        for &r in t {
            self.regs.free_fpr(r);
        }
    }

    fn free_if(&mut self, r: Reg, owned: bool) {
        if owned {
            self.regs.free_fpr(r);
        }
    }

    /// A SIMD operation `op` whose result `next` stores into a `v128`
    /// local pinned to a register (`local.set x` / `local.tee x`): the
    /// operations that can ([`Self::take_dst`]: lane-wise arithmetic,
    /// shifts, loads, splats, constants, shuffles, `bitselect`) compute into the local's register, saving the
    /// copy; with the others `next` follows as usual. Returns whether it
    /// compiled the pair; errors are those of `op` or `next`.
    pub fn v128_to_local(&mut self, op: &Operator<'_>, next: &Operator<'_>) -> Result<bool> {
        if !is_simd(op) {
            return Ok(false);
        }
        let Some(offered) = self.offer_dst(Some(next)) else {
            return Ok(false);
        };
        let compiled = self.operator(op);
        let taken = self.pair_done(Some(offered)) == 2;
        compiled?;
        if !taken {
            self.operator(next)?;
        }
        Ok(true)
    }

    /// Offers the result of the operation about to be compiled to the
    /// pinned `v128` local that `after` (a `local.set` or `local.tee`)
    /// stores into, if any ([`Self::take_dst`]); returns the local and
    /// whether `after` is a `local.tee`.
    fn offer_dst(&mut self, after: Option<&Operator<'_>>) -> Option<(u32, bool)> {
        let (x, r, tee) = after.and_then(|o| self.pinned_target(o, ValType::V128))?;
        self.v128_dst = Some((x, r));
        Some((x, tee))
    }

    /// After an operation [`Self::offer_dst`] offered its destination to:
    /// 2 when it took it (the store `after` is done; a `local.tee` leaves
    /// a read of the local), else 1 (the offer is withdrawn).
    fn pair_done(&mut self, offered: Option<(u32, bool)>) -> usize {
        let not_taken = self.v128_dst.take().is_some();
        match offered {
            Some((x, tee)) if !not_taken => {
                if tee {
                    self.push(ValType::V128, Loc::Local(x));
                }
                2
            }
            _ => 1,
        }
    }

    /// The register of the pinned local the operation being compiled
    /// writes its result into ([`Self::v128_to_local`]), if any; the
    /// operation reads the top `operands` entries first, so the local's
    /// other lazy reads take its current value now. The caller then leaves
    /// the result there (pushes nothing).
    fn take_dst(&mut self, operands: usize) -> Option<Reg> {
        let (x, r) = self.v128_dst.take()?;
        self.invalidate_local_under(x, operands);
        Some(r)
    }

    /// [`Self::take_dst`] for an operation of `operands` operands that
    /// writes its destination before it has read all but the first:
    /// declines (the offer stands, so the store follows as usual) when one
    /// of the others is a read of the local.
    fn take_dst_unless_read(&mut self, operands: usize) -> Option<Reg> {
        let (x, _) = self.v128_dst?;
        if (0..operands.saturating_sub(1)).any(|i| self.peek(i).loc == Loc::Local(x)) {
            return None;
        }
        self.take_dst(operands)
    }

    /// A result in `dst`, pushed unless it is the register of
    /// [`Self::take_dst`] (`into_local`).
    fn push_result(&mut self, dst: Reg, into_local: bool) {
        if !into_local {
            self.push(ValType::V128, Loc::Fpr(dst));
        }
    }

    /// `v128.const`, into the register of a pinned local that stores it
    /// ([`Self::take_dst`]) or a new one.
    pub fn v128_const(&mut self, bits: u128) {
        let into = self.take_dst(0);
        let x = into.unwrap_or_else(|| self.alloc_fpr());
        self.a.v128_const(x, bits, &mut self.v128_pool);
        self.push_result(x, into.is_some());
    }

    /// Binary lane-wise operations. A commutative one whose first operand
    /// is a pinned local and second a register of its own computes into
    /// the second, saving the copy of the local; otherwise a first operand
    /// the operation may not overwrite (a pinned local) gets a new
    /// destination register.
    pub fn v128_bin(&mut self, op: VBin) {
        let isa = self.env.simd_isa;
        if let Some((x, _)) = self.v128_dst {
            // Into the local's register `r`, which must not be the second
            // operand's alone (the result would overwrite it before it is
            // read); a commutative operation swaps its operands then.
            let b_is_x = self.peek(0).loc == Loc::Local(x);
            let a_is_x = self.peek(1).loc == Loc::Local(x);
            if !b_is_x || a_is_x || op.is_commutative() {
                let r = self.take_dst(2).expect("a destination hint");
                let (b, b_owned) = self.pop_v128_read();
                let (a, a_owned) = self.pop_v128_read();
                let ((a, a_owned), (b, b_owned)) = if b == r && a != r {
                    ((b, b_owned), (a, a_owned))
                } else {
                    ((a, a_owned), (b, b_owned))
                };
                let n = Target::bin_temps(op);
                let t = self.v128_temps(n);
                self.a.v128_bin(isa, op, r, a, b, &t[..n]);
                self.free_temps(&t[..n]);
                self.free_if(a, a_owned);
                self.free_if(b, b_owned);
                return;
            }
        }
        if op.is_commutative() {
            if let (Loc::Fpr(b), Loc::Local(l)) = (self.peek(0).loc, self.peek(1).loc) {
                if let Loc::LocalFpr(a) = self.local_loc(l) {
                    self.pop();
                    self.pop();
                    let n = Target::bin_temps(op);
                    let t = self.v128_temps(n);
                    self.a.v128_bin(isa, op, b, b, a, &t[..n]);
                    self.free_temps(&t[..n]);
                    self.push(ValType::V128, Loc::Fpr(b));
                    return;
                }
            }
        }
        let (b, b_owned) = self.pop_v128_read();
        let (a, a_owned) = self.pop_v128_read();
        let dst = if a_owned { a } else { self.alloc_fpr() };
        let n = Target::bin_temps(op);
        let t = self.v128_temps(n);
        self.a.v128_bin(isa, op, dst, a, b, &t[..n]);
        self.free_temps(&t[..n]);
        self.free_if(b, b_owned);
        self.push(ValType::V128, Loc::Fpr(dst));
    }

    /// Unary lane-wise operations.
    pub fn v128_un(&mut self, op: VUn) {
        let into = self.take_dst(1);
        let (s, owned) = self.pop_v128_read();
        let dst = match into {
            Some(r) => r,
            None if owned => s,
            None => self.alloc_fpr(),
        };
        let n = Target::un_temps(op);
        let t = self.v128_temps(n);
        self.a.v128_un(self.env.simd_isa, op, dst, s, &t[..n]);
        self.free_temps(&t[..n]);
        if into.is_some() {
            self.free_if(s, owned);
        }
        self.push_result(dst, into.is_some());
    }

    pub fn v128_shift(&mut self, lanes: Lanes, op: VShift) {
        let into = self.take_dst(2);
        let count = self.pop();
        let (count, gpr) = match count.loc {
            Loc::Const(c) => (ShiftCount::Imm(c as u32), None),
            _ => {
                let (r, owned) = self.read_gpr(count);
                (ShiftCount::Gpr(r), owned.then_some(r))
            }
        };
        let (v, owned) = self.pop_v128_read();
        let dst = match into {
            Some(r) => r,
            None if owned => v,
            None => self.alloc_fpr(),
        };
        let n = usize::from(matches!(count, ShiftCount::Gpr(_)));
        let t = self.v128_temps(n);
        let isa = self.env.simd_isa;
        self.a
            .v128_shift(isa, lanes, op, dst, v, count, &t[..n], &mut self.v128_pool);
        self.free_temps(&t[..n]);
        if let Some(r) = gpr {
            self.regs.free_gpr(r);
        }
        if into.is_some() {
            self.free_if(v, owned);
        }
        self.push_result(dst, into.is_some());
    }

    /// `v128.bitselect` (and the relaxed lane selects, which choose it).
    /// Into a pinned local's register ([`Self::take_dst_unless_read`]:
    /// `b` and the mask are read after the destination is written).
    pub fn v128_bitselect(&mut self) {
        let into = self.take_dst_unless_read(3);
        let (m, m_owned) = self.pop_v128_read();
        let (b, b_owned) = self.pop_v128_read();
        let (a, a_owned) = self.pop_v128_read();
        let dst = match into {
            Some(r) => r,
            None if a_owned => a,
            None => self.alloc_fpr(),
        };
        self.a.v128_bitselect(self.env.simd_isa, dst, a, b, m);
        self.free_if(m, m_owned);
        self.free_if(b, b_owned);
        if into.is_some() {
            self.free_if(a, a_owned);
        }
        self.push_result(dst, into.is_some());
    }

    /// `relaxed_madd` / `relaxed_nmadd`: `a * b + c`, unfused.
    pub fn v128_madd(&mut self, lanes: Lanes, negate: bool) {
        let c = self.pop_v128();
        let (b, b_owned) = self.pop_v128_read();
        let (a, a_owned) = self.pop_v128_read();
        self.a.v128_madd(self.env.simd_isa, lanes, negate, c, a, b);
        self.free_if(a, a_owned);
        self.free_if(b, b_owned);
        self.push(ValType::V128, Loc::Fpr(c));
    }

    /// `i32x4.relaxed_dot_i8x16_i7x16_add_s`: the i16 dot product, its
    /// pairs added into i32 lanes, plus `c`.
    pub fn v128_relaxed_dot_add(&mut self) {
        let c = self.pop_v128();
        let (b, owned) = self.pop_v128_read();
        let a = self.pop_v128();
        let isa = self.env.simd_isa;
        self.a
            .v128_bin(isa, VBin::RelaxedDotI8x16I7x16, a, a, b, &[]);
        self.free_if(b, owned);
        self.a
            .v128_un(isa, VUn::ExtAddPairwiseS(Lanes::I32), a, a, &[]);
        self.a.v128_bin(isa, VBin::Add(Lanes::I32), a, a, c, &[]);
        self.regs.free_fpr(c);
        self.push(ValType::V128, Loc::Fpr(a));
    }

    /// `i8x16.shuffle`, into a pinned local's register as
    /// [`Self::v128_bitselect`] (`b` is read after `dst` is written).
    pub fn v128_shuffle(&mut self, lanes: [u8; 16]) {
        let into = self.take_dst_unless_read(2);
        let (b, b_owned) = self.pop_v128_read();
        let (a, a_owned) = self.pop_v128_read();
        let dst = match into {
            Some(r) => r,
            None if a_owned => a,
            None => self.alloc_fpr(),
        };
        let t = self.v128_temps(1);
        let isa = self.env.simd_isa;
        self.a
            .v128_shuffle(isa, dst, a, b, lanes, &t[..1], &mut self.v128_pool);
        self.free_temps(&t[..1]);
        self.free_if(b, b_owned);
        if into.is_some() {
            self.free_if(a, a_owned);
        }
        self.push_result(dst, into.is_some());
    }

    pub fn v128_splat(&mut self, lanes: Lanes) {
        let into = self.take_dst(1);
        let e = self.pop();
        let dst = into.unwrap_or_else(|| self.alloc_fpr());
        if matches!(lanes, Lanes::F32 | Lanes::F64) {
            let (x, owned) = match e.loc {
                Loc::Fpr(x) => (x, true),
                Loc::LocalFpr(x) => (x, false),
                _ => {
                    let x = self.alloc_fpr();
                    self.load_fpr(e, x);
                    (x, true)
                }
            };
            self.a.v128_splat(self.env.simd_isa, lanes, dst, x);
            self.free_if(x, owned);
        } else {
            let (r, owned) = self.read_gpr(e);
            self.a.v128_splat(self.env.simd_isa, lanes, dst, r);
            if owned {
                self.regs.free_gpr(r);
            }
        }
        self.push_result(dst, into.is_some());
    }

    pub fn v128_extract(&mut self, lanes: Lanes, signed: bool, lane: u8) {
        let (v, owned) = self.pop_v128_read();
        let ty = match lanes {
            Lanes::I8 | Lanes::I16 | Lanes::I32 => ValType::I32,
            Lanes::I64 => ValType::I64,
            Lanes::F32 => ValType::F32,
            Lanes::F64 => ValType::F64,
        };
        if ty.is_int_like() {
            let r = self.alloc_gpr_for(ty);
            self.a.v128_extract(lanes, signed, r, v, lane);
            self.free_if(v, owned);
            self.push(ty, Loc::Gpr(r));
        } else {
            let x = if owned { v } else { self.alloc_fpr() };
            self.a.v128_extract(lanes, signed, x, v, lane);
            self.push(ty, Loc::Fpr(x));
        }
    }

    pub fn v128_replace(&mut self, lanes: Lanes, lane: u8) {
        let e = self.pop();
        if matches!(lanes, Lanes::F32 | Lanes::F64) {
            let (x, owned) = match e.loc {
                Loc::Fpr(x) => (x, true),
                Loc::LocalFpr(x) => (x, false),
                _ => {
                    let x = self.alloc_fpr();
                    self.load_fpr(e, x);
                    (x, true)
                }
            };
            let v = self.pop_v128();
            self.a.v128_replace(lanes, v, x, lane);
            self.free_if(x, owned);
            self.push(ValType::V128, Loc::Fpr(v));
        } else {
            let (r, owned) = self.read_gpr(e);
            let v = self.pop_v128();
            self.a.v128_replace(lanes, v, r, lane);
            if owned {
                self.regs.free_gpr(r);
            }
            self.push(ValType::V128, Loc::Fpr(v));
        }
    }

    /// `v128.any_true` / `all_true`: the result stays in the flags
    /// (`Loc::Cond`), so `br_if` and `if` use it directly.
    pub fn v128_test(&mut self, lanes: Lanes, all: bool) {
        let (v, owned) = self.pop_v128_read();
        let cc = self.a.v128_test(lanes, all, v);
        self.free_if(v, owned);
        self.push(ValType::I32, Loc::Cond(cc));
    }

    pub fn v128_bitmask(&mut self, lanes: Lanes) {
        let (v, owned) = self.pop_v128_read();
        let r = self.alloc_gpr();
        self.a.v128_bitmask(lanes, r, v);
        self.free_if(v, owned);
        self.push(ValType::I32, Loc::Gpr(r));
    }

    pub fn v128_load(&mut self, m: &MemArg, kind: VLoad) -> Result<()> {
        let mem = self.check_memarg(m)?;
        let bytes = match kind {
            VLoad::Full => 16,
            VLoad::ExtendS(_) | VLoad::ExtendU(_) => 8,
            VLoad::Splat(l) | VLoad::Zero(l) => (l.bits() / 8) as u8,
        };
        let into = self.take_dst(1);
        let x = into.unwrap_or_else(|| self.alloc_fpr());
        let (addr, idx) = self.pop_addr(mem, m.offset, bytes);
        self.a.v128_heap_load(self.env.simd_isa, kind, x, addr);
        self.free_addr(addr, idx);
        self.push_result(x, into.is_some());
        Ok(())
    }

    /// `v128.load` and the binary operation `next` after it, whose second
    /// operand the load is: when the backend has a form of the operation
    /// that reads that operand from memory ([`SimdAssembler::has_bin_mem`]:
    /// AVX), the load becomes it. Only when the first operand is in a
    /// register already, so that popping it emits nothing between the
    /// address and its use. When `after` stores the result into a pinned
    /// `v128` local, the operation writes the local's register. Returns how
    /// many operators after the load it compiled (0, 1 or 2).
    pub fn v128_load_pair(
        &mut self,
        m: &MemArg,
        next: &Operator<'_>,
        after: Option<&Operator<'_>>,
    ) -> usize {
        let (Some(op), Ok(mem)) = (mem_operand_bin(next), self.check_memarg(m)) else {
            return 0;
        };
        if !Target::has_bin_mem(self.env.simd_isa, op)
            || self.stack.len() < 2
            || self.peek(1).ty != ValType::V128
        {
            return 0;
        }
        let a_in_reg = match self.peek(1).loc {
            Loc::Fpr(_) => true,
            Loc::Local(l) => matches!(self.local_loc(l), Loc::LocalFpr(_)),
            _ => false,
        };
        if !a_in_reg {
            return 0;
        }
        self.materialize_cond();
        // The memory operand is no register, so the local's may be `dst`
        // whether or not it is the first operand's.
        let offered = self.offer_dst(after);
        let into = self.take_dst(2);
        let (addr, idx) = self.pop_addr(mem, m.offset, 16);
        let (a, a_owned) = self.pop_v128_read();
        let dst = match into {
            Some(r) => r,
            None if a_owned => a,
            None => self.alloc_fpr(),
        };
        self.a.v128_bin_mem(op, dst, a, addr);
        self.free_addr(addr, idx);
        if into.is_some() {
            self.free_if(a, a_owned);
        }
        self.push_result(dst, into.is_some());
        self.pair_done(offered)
    }

    /// A scalar load and the splat `next` of its value, as one
    /// `v128.loadN_splat` (a broadcast from memory): `i32.load16_u;
    /// i16x8.splat` is `v128.load16_splat` (the splat keeps the low 16
    /// bits, which the extension does not change), likewise for 8-bit lanes
    /// and the full-width loads of `i32`, `f32`, `i64` and `f64` (bits
    /// unchanged). When `after` stores the result into a pinned `v128`
    /// local, the broadcast writes the local's register. Returns how many
    /// operators after `op` it compiled (0, 1 or 2).
    pub fn splat_load_pair(
        &mut self,
        op: &Operator<'_>,
        next: &Operator<'_>,
        after: Option<&Operator<'_>>,
    ) -> usize {
        use Operator as O;
        let (&m, lanes) = match (op, next) {
            (O::I32Load8U { memarg } | O::I32Load8S { memarg }, O::I8x16Splat) => {
                (memarg, Lanes::I8)
            }
            (O::I32Load16U { memarg } | O::I32Load16S { memarg }, O::I16x8Splat) => {
                (memarg, Lanes::I16)
            }
            (O::I32Load { memarg }, O::I32x4Splat) | (O::F32Load { memarg }, O::F32x4Splat) => {
                (memarg, Lanes::I32)
            }
            (O::I64Load { memarg }, O::I64x2Splat) | (O::F64Load { memarg }, O::F64x2Splat) => {
                (memarg, Lanes::I64)
            }
            _ => return 0,
        };
        self.materialize_cond();
        let offered = self.offer_dst(after);
        let loaded = self.v128_load(&m, VLoad::Splat(lanes));
        let n = self.pair_done(offered);
        // An access the engine does not compile (`check_memarg`) emits
        // nothing here; the load alone then reports it.
        if loaded.is_ok() {
            n
        } else {
            0
        }
    }

    pub fn v128_store(&mut self, m: &MemArg) -> Result<()> {
        let mem = self.check_memarg(m)?;
        let (x, owned) = self.pop_v128_read();
        let (addr, idx) = self.pop_addr(mem, m.offset, 16);
        self.a.v128_heap_store(x, addr);
        self.free_if(x, owned);
        self.free_addr(addr, idx);
        Ok(())
    }

    pub fn v128_load_lane(&mut self, m: &MemArg, lanes: Lanes, lane: u8) -> Result<()> {
        let mem = self.check_memarg(m)?;
        let x = self.pop_v128();
        let (addr, idx) = self.pop_addr(mem, m.offset, (lanes.bits() / 8) as u8);
        self.a.v128_load_lane(lanes, x, addr, lane);
        self.free_addr(addr, idx);
        self.push(ValType::V128, Loc::Fpr(x));
        Ok(())
    }

    pub fn v128_store_lane(&mut self, m: &MemArg, lanes: Lanes, lane: u8) -> Result<()> {
        let mem = self.check_memarg(m)?;
        let (x, owned) = self.pop_v128_read();
        let (addr, idx) = self.pop_addr(mem, m.offset, (lanes.bits() / 8) as u8);
        self.a.v128_store_lane(lanes, x, addr, lane);
        self.free_if(x, owned);
        self.free_addr(addr, idx);
        Ok(())
    }
}
