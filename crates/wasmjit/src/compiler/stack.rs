//! The abstract value stack (the Liftoff design): each operand-stack entry is
//! a constant, a register, a lazy reference to a local, a spill slot, or a
//! pending comparison in the flags. Values are materialized only when an
//! instruction needs them, and registers are spilled only when the allocator
//! runs out, at calls, and at control-flow merges.
//!
//! Invariants:
//! - an `i32` in a GPR is zero-extended to 64 bits;
//! - only the top entry may be `Cond`, and only until the next instruction
//!   that is not its consumer (`br_if`, `if`, `select`, `i32.eqz`);
//! - code that moves values around uses `mov`-class instructions only (never
//!   `xor r, r`), so a pending `Cond` survives spills.

use crate::values::ValType;

use super::func::FuncCompiler;
use super::masm::{pair_halves, reg_units, FrameBase, MacroAssembler, OperandSize, Reg};
use super::simd_masm::SimdAssembler as _;
use super::{Cond, Target};

const SCRATCH: u8 = <Target as MacroAssembler>::SCRATCH;

/// Whether the backend keeps `i64` values in register pairs (a 32-bit
/// target).
pub const I64_PAIRS: bool = pair_halves(<Target as MacroAssembler>::ALLOC_GPRS_I64[0]).is_some();

/// The register a single integer or reference result of type `ty` of a
/// function or block is in (`RESULT_GPR`, or `RESULT_GPR_I64` for an `i64`,
/// a pair on a 32-bit target).
pub fn result_gpr(ty: ValType) -> Reg {
    if ty == ValType::I64 {
        <Target as MacroAssembler>::RESULT_GPR_I64
    } else {
        <Target as MacroAssembler>::RESULT_GPR
    }
}

/// Where a value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loc {
    /// A constant, as raw bits (`i32`/`f32` in the low 32).
    Const(u64),
    /// In a general-purpose register.
    Gpr(u8),
    /// In a float register.
    Fpr(u8),
    /// Not yet read from local `n` (only on the stack).
    Local(u32),
    /// In the spill slot of its stack position (only on the stack).
    Stack,
    /// The `i32` result of a comparison, still in the flags.
    Cond(Cond),
    /// At `[fp + disp]` (only in popped entries: a spill slot or a local).
    Mem(i32),
    /// In the GPR a local is pinned to (only in popped entries): may be
    /// read, never written or freed.
    LocalReg(u8),
    /// In the XMM register a local is pinned to (as `LocalReg`).
    LocalFpr(u8),
}

/// One operand-stack entry.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub ty: ValType,
    pub loc: Loc,
}

impl FuncCompiler<'_> {
    /// frame-pointer-relative offset of the spill slot of stack position `i`.
    /// Each slot is `slot_bytes` wide (16 in functions with `v128` values).
    pub fn slot_off(&self, i: usize) -> i32 {
        -(16 + self.slot_bytes * (self.num_decl_locals as i32 + i as i32))
            - 2 * (self.slot_bytes - 8)
    }

    /// frame-pointer-relative offset of local `l` (parameters live in the caller's
    /// outgoing area above the return address).
    pub fn local_off(&self, l: u32) -> i32 {
        self.local_offs[l as usize]
    }

    /// Where local `l`'s current value is: its pinned register or its frame slot.
    pub fn local_loc(&self, l: u32) -> Loc {
        match self.pinned[l as usize] {
            Some(r) if self.locals[l as usize].is_int_like() => Loc::LocalReg(r),
            Some(r) => Loc::LocalFpr(r),
            None => Loc::Mem(self.local_off(l)),
        }
    }

    pub fn push(&mut self, ty: ValType, loc: Loc) {
        debug_assert!(!matches!(loc, Loc::Mem(_)));
        if let Loc::Local(l) = loc {
            self.local_refs[l as usize] += 1;
        }
        self.stack.push(Entry { ty, loc });
        self.max_depth = self.max_depth.max(self.stack.len());
    }

    /// Pops the top entry. Registers it holds now belong to the caller;
    /// `Local` and `Stack` come back as `Mem`.
    pub fn pop(&mut self) -> Entry {
        let mut e = self.stack.pop().expect("validated operand stack");
        match e.loc {
            Loc::Local(l) => {
                self.local_refs[l as usize] -= 1;
                e.loc = self.local_loc(l);
            }
            Loc::Stack => e.loc = Loc::Mem(self.slot_off(self.stack.len())),
            _ => {}
        }
        e
    }

    pub fn peek(&self, depth: usize) -> &Entry {
        &self.stack[self.stack.len() - 1 - depth]
    }

    /// Frees the register an entry holds, if any.
    pub fn release(&mut self, e: Entry) {
        match e.loc {
            Loc::Gpr(r) => self.regs.free_gpr(r),
            Loc::Fpr(r) => self.regs.free_fpr(r),
            _ => {}
        }
    }

    /// A free GPR, spilling the deepest register-held entry if none is free.
    pub fn alloc_gpr(&mut self) -> u8 {
        self.alloc_gpr_of(false)
    }

    /// A free register for a value of type `ty`: a register pair for an
    /// `i64` on a 32-bit target ([`super::masm::gpr_pair`]), else a GPR.
    pub fn alloc_gpr_for(&mut self, ty: ValType) -> u8 {
        self.alloc_gpr_of(ty == ValType::I64)
    }

    fn alloc_gpr_of(&mut self, i64: bool) -> u8 {
        loop {
            let r = if i64 {
                self.regs.take_gpr_i64()
            } else {
                self.regs.take_gpr()
            };
            if let Some(r) = r {
                return r;
            }
            // One spill frees a register; a pair may need two.
            let i = self
                .stack
                .iter()
                .position(|e| matches!(e.loc, Loc::Gpr(_)))
                .unwrap_or_else(|| {
                    panic!(
                        "no GPR free and none held on the value stack: {:?}, stack {:?}",
                        self.regs, self.stack
                    )
                });
            self.spill_entry(i);
        }
    }

    /// A GPR holding a popped integer entry's value, for reading: the
    /// entry's own register, the register of a pinned local (used in place),
    /// or a fresh one loaded with the value. Returns the register and whether
    /// the caller owns it (and must free it); a pinned local's register is
    /// the local's, never the caller's.
    pub fn read_gpr(&mut self, e: Entry) -> (u8, bool) {
        match e.loc {
            Loc::Gpr(r) => (r, true),
            Loc::LocalReg(r) => (r, false),
            _ => {
                let r = self.alloc_gpr_for(e.ty);
                self.load_gpr(e, r);
                (r, true)
            }
        }
    }

    /// A free XMM register, spilling if needed.
    pub fn alloc_fpr(&mut self) -> u8 {
        if let Some(r) = self.regs.take_fpr() {
            return r;
        }
        let i = self
            .stack
            .iter()
            .position(|e| matches!(e.loc, Loc::Fpr(_)))
            .expect("some stack entry holds a float register when none is free");
        self.spill_entry(i);
        self.regs.take_fpr().expect("spill freed a float register")
    }

    /// Takes the specific GPR (or pair) `r`, moving whatever stack entries
    /// hold any of its machine registers elsewhere.
    pub fn claim_gpr(&mut self, r: u8) {
        while !self.regs.gpr_is_free(r) {
            let i = self
                .stack
                .iter()
                .position(|e| matches!(e.loc, Loc::Gpr(g) if reg_units(g) & reg_units(r) != 0))
                .unwrap_or_else(|| panic!("gpr {r:#x} is held outside the value stack"));
            let Loc::Gpr(old) = self.stack[i].loc else {
                unreachable!()
            };
            let moved = if self.stack[i].ty == ValType::I64 {
                self.regs.take_gpr_i64()
            } else {
                self.regs.take_gpr()
            };
            match moved {
                Some(n) => {
                    self.a.mov_rr(OperandSize::S64, n, old);
                    self.stack[i].loc = Loc::Gpr(n);
                    self.regs.free_gpr(old);
                }
                None => self.spill_entry(i),
            }
        }
        self.regs.claim_gpr(r);
    }

    /// Takes the specific XMM register `r`, moving whatever stack entry holds it elsewhere.
    pub fn claim_fpr(&mut self, r: u8) {
        if !self.regs.fpr_is_free(r) {
            let i = self
                .stack
                .iter()
                .position(|e| e.loc == Loc::Fpr(r))
                .expect("float register held outside the value stack");
            match self.regs.take_fpr() {
                Some(n) => {
                    self.a.move_float(n, r);
                    self.stack[i].loc = Loc::Fpr(n);
                    self.regs.free_fpr(r);
                }
                None => self.spill_entry(i),
            }
        }
        self.regs.claim_fpr(r);
    }

    /// Moves stack entry `i` into register `r` of its class (GPR for
    /// integers and references, XMM for floats), mov only.
    pub fn pin(&mut self, i: usize, r: u8) {
        let int = self.stack[i].ty.is_int_like();
        let target = if int { Loc::Gpr(r) } else { Loc::Fpr(r) };
        if self.stack[i].loc == target {
            return;
        }
        let old = self.stack[i];
        let src = self.entry_source(i);
        if int {
            self.claim_gpr(r);
            self.load_gpr(src, r);
        } else {
            self.claim_fpr(r);
            self.load_fpr(src, r);
        }
        if let Loc::Local(l) = old.loc {
            self.local_refs[l as usize] -= 1;
        }
        self.release(old);
        self.stack[i].loc = target;
    }

    /// Emits a move of `e`'s value into GPR `dst` (32-bit for `i32`, 64-bit otherwise).
    pub fn load_gpr(&mut self, e: Entry, dst: u8) {
        let size = if e.ty == ValType::I32 {
            OperandSize::S32
        } else {
            OperandSize::S64
        };
        // Bits of a float: 32 for f32 (and an i32 view of one), else 64.
        let bits = if matches!(e.ty, ValType::F32 | ValType::I32) {
            OperandSize::S32
        } else {
            OperandSize::S64
        };
        match e.loc {
            Loc::Const(c) => self.a.load_const(size, dst, c),
            Loc::Gpr(r) | Loc::LocalReg(r) if r == dst => {}
            Loc::Gpr(r) | Loc::LocalReg(r) => self.a.mov_rr(size, dst, r),
            Loc::Fpr(x) | Loc::LocalFpr(x) => self.a.float_to_gpr_bits(bits, dst, x),
            Loc::Mem(d) => self.a.frame_load(size, false, dst, FrameBase::Fp, d),
            Loc::Cond(cc) => self.a.set_cond(cc, dst),
            Loc::Local(_) | Loc::Stack => unreachable!("on-stack location in a popped entry"),
        }
    }

    /// Emits a move of `e`'s value into XMM register `dst`.
    pub fn load_fpr(&mut self, e: Entry, dst: u8) {
        if e.ty == ValType::V128 {
            match e.loc {
                Loc::Fpr(x) | Loc::LocalFpr(x) if x == dst => {}
                Loc::Fpr(x) | Loc::LocalFpr(x) => self.a.move_float(dst, x),
                Loc::Mem(d) => self.a.v128_frame_load(dst, FrameBase::Fp, d),
                _ => unreachable!("not a v128 location: {:?}", e.loc),
            }
            return;
        }
        let size = OperandSize::of_float(e.ty);
        match e.loc {
            Loc::Const(c) => self.a.float_const(dst, c, &mut self.v128_pool),
            Loc::Fpr(x) | Loc::LocalFpr(x) if x == dst => {}
            Loc::Fpr(x) | Loc::LocalFpr(x) => self.a.move_float(dst, x),
            Loc::Gpr(r) | Loc::LocalReg(r) => self.a.gpr_to_float_bits(dst, r),
            Loc::Mem(d) => self.a.frame_load(size, true, dst, FrameBase::Fp, d),
            Loc::Cond(_) | Loc::Local(_) | Loc::Stack => unreachable!("not a float location"),
        }
    }

    /// Pops the top value into a GPR (a pair for an `i64` on a 32-bit
    /// target) the caller owns (and may clobber).
    pub fn pop_gpr(&mut self) -> u8 {
        let e = self.pop();
        if let Loc::Gpr(r) = e.loc {
            return r;
        }
        let r = self.alloc_gpr_for(e.ty);
        self.load_gpr(e, r);
        r
    }

    /// Pops the top `v128` into a vector register the caller owns (and
    /// may clobber).
    pub fn pop_v128(&mut self) -> u8 {
        let e = self.pop();
        if let Loc::Fpr(r) = e.loc {
            return r;
        }
        let r = self.alloc_fpr();
        self.load_fpr(e, r);
        r
    }

    /// Pops the top `v128` into a vector register for reading; returns it
    /// and whether the caller owns it (and must free it).
    pub fn pop_v128_read(&mut self) -> (u8, bool) {
        let e = self.pop();
        match e.loc {
            Loc::Fpr(r) => (r, true),
            Loc::LocalFpr(r) => (r, false),
            _ => {
                let r = self.alloc_fpr();
                self.load_fpr(e, r);
                (r, true)
            }
        }
    }

    /// Turns a pending comparison on top of the stack into a register value.
    pub fn materialize_cond(&mut self) {
        if let Some(Entry {
            loc: Loc::Cond(cc), ..
        }) = self.stack.last().copied()
        {
            let r = self.alloc_gpr();
            self.a.set_cond(cc, r);
            self.stack.last_mut().unwrap().loc = Loc::Gpr(r);
        }
    }

    /// Stores `e`'s value (8 bytes of bits; an `i32`'s low 4 bytes may be
    /// all that is written) at `[base + disp]`. Does not release `e`'s
    /// register.
    pub fn store_bits(&mut self, e: Entry, base: FrameBase, disp: i32) {
        if e.ty == ValType::V128 {
            // 16 bytes; memory to memory in two word copies (mov only).
            match e.loc {
                Loc::Fpr(x) | Loc::LocalFpr(x) => self.a.v128_frame_store(x, base, disp),
                Loc::Mem(d) if base == FrameBase::Fp && d == disp => {}
                Loc::Mem(d) => {
                    self.a.frame_copy(FrameBase::Fp, d, base, disp);
                    self.a.frame_copy(FrameBase::Fp, d + 8, base, disp + 8);
                }
                _ => unreachable!("not a v128 location: {:?}", e.loc),
            }
            return;
        }
        match e.loc {
            Loc::Const(c) if c as i64 == c as i32 as i64 || e.ty == ValType::I32 => {
                if e.ty == ValType::I32 || e.ty == ValType::F32 {
                    self.a
                        .frame_store_imm(OperandSize::S32, c as u32 as i32, base, disp);
                } else {
                    self.a
                        .frame_store_imm(OperandSize::S64, c as i32, base, disp);
                }
            }
            Loc::Const(c) => self.a.frame_store_const64(c, base, disp),
            Loc::Gpr(r) | Loc::LocalReg(r) if e.ty == ValType::I32 => {
                self.a.frame_store_i32(r, base, disp)
            }
            Loc::Gpr(r) | Loc::LocalReg(r) => self.a.frame_store(false, r, base, disp),
            Loc::Fpr(x) | Loc::LocalFpr(x) => self.a.frame_store(true, x, base, disp),
            Loc::Mem(d) if I64_PAIRS => {
                // The scratch register holds 32 bits: both words.
                if !(base == FrameBase::Fp && d == disp) {
                    self.a.frame_copy(FrameBase::Fp, d, base, disp);
                }
            }
            Loc::Mem(d) => {
                if !(base == FrameBase::Fp && d == disp) {
                    self.a
                        .frame_load(OperandSize::S64, false, SCRATCH, FrameBase::Fp, d);
                    self.a.frame_store(false, SCRATCH, base, disp);
                }
            }
            Loc::Cond(cc) => {
                self.a.set_cond(cc, SCRATCH);
                self.a.frame_store_gpr(SCRATCH, base, disp);
            }
            Loc::Local(_) | Loc::Stack => unreachable!("on-stack location"),
        }
    }

    /// The entry at stack position `i` as a value source (`Local`/`Stack` as `Mem`).
    pub fn entry_source(&self, i: usize) -> Entry {
        let mut e = self.stack[i];
        match e.loc {
            Loc::Local(l) => e.loc = self.local_loc(l),
            Loc::Stack => e.loc = Loc::Mem(self.slot_off(i)),
            _ => {}
        }
        e
    }

    /// Moves entry `i` into its spill slot (constants stay constants).
    pub fn spill_entry(&mut self, i: usize) {
        let e = self.stack[i];
        match e.loc {
            Loc::Const(_) | Loc::Stack => return,
            Loc::Local(l) => self.local_refs[l as usize] -= 1,
            _ => {}
        }
        let src = self.entry_source(i);
        let off = self.slot_off(i);
        self.store_bits(src, FrameBase::Fp, off);
        self.release(e);
        self.stack[i].loc = Loc::Stack;
    }

    /// Spills every entry that is not a constant or already spilled: the
    /// state every control-flow merge agrees on.
    pub fn spill_all(&mut self) {
        for i in 0..self.stack.len() {
            self.spill_entry(i);
        }
    }

    /// Spills the register-held (and pending-comparison) entries among the
    /// bottom `n`: what must survive a call.
    pub fn spill_regs(&mut self, n: usize) {
        for i in 0..n {
            if matches!(self.stack[i].loc, Loc::Gpr(_) | Loc::Fpr(_) | Loc::Cond(_)) {
                self.spill_entry(i);
            }
        }
    }

    /// Before local `l` is written: entries still reading it lazily take
    /// its current value first.
    pub fn invalidate_local(&mut self, l: u32) {
        self.invalidate_local_under(l, 0);
    }

    /// Before local `l` is written by an operation whose operands are the
    /// top `keep` entries (read before the write): the other entries still
    /// reading it lazily take its current value first. Every write of a
    /// local comes here first, so this is also where a pinned local's slot
    /// stops counting as saved ([`Self::pinned_written`]).
    pub fn invalidate_local_under(&mut self, l: u32, keep: usize) {
        self.pinned_written(l);
        if self.local_refs[l as usize] == 0 {
            return;
        }
        for i in 0..self.stack.len().saturating_sub(keep) {
            if self.stack[i].loc == Loc::Local(l) {
                self.spill_entry(i);
            }
        }
    }

    /// Stores a popped value into local `l` (its register or its slot).
    pub fn store_local(&mut self, e: Entry, l: u32) {
        match self.pinned[l as usize] {
            Some(r) if e.ty.is_int_like() => self.load_gpr(e, r),
            Some(r) => self.load_fpr(e, r),
            None => {
                let off = self.local_off(l);
                self.store_bits(e, FrameBase::Fp, off);
            }
        }
    }

    /// Writes every pinned local to its frame slot (before a call, which
    /// clobbers all registers), except those whose slot is known to hold
    /// the value already (`saved_pinned`: saved or reloaded at an earlier
    /// call, not written since, no join in between).
    pub fn save_pinned(&mut self) {
        self.move_pinned(true);
    }

    /// After a call: the pinned locals' registers no longer hold their
    /// values, their slots do. Those that entries on the stack still read
    /// are reloaded now; the others when first needed
    /// ([`Self::reload_pinned_for`]), so a local written or not read
    /// before the next call (whose save skips it: its slot is current)
    /// costs nothing.
    pub fn restore_pinned(&mut self) {
        self.move_pinned(false);
    }

    /// Local `l` is about to be written: its slot no longer holds the value
    /// of its register (called by [`Self::invalidate_local_under`]), and a
    /// pending reload of it is moot.
    pub fn pinned_written(&mut self, l: u32) {
        self.saved_pinned.retain(|&s| s != l);
        self.unloaded_pinned.retain(|&s| s != l);
    }

    /// Before operator `op`: the reloads [`Self::restore_pinned`] left
    /// pending that `op` needs. A `local.get` needs its local's; a control
    /// operator (a join or a branch) all of them, so that every label is
    /// reached with every pinned local in its register. In unreachable
    /// code none is pending (whatever reaches a label reloaded first).
    pub fn reload_pinned_for(&mut self, op: &wasmparser::Operator<'_>) {
        use wasmparser::Operator as O;
        if self.unloaded_pinned.is_empty() {
            return;
        }
        if !self.reachable {
            self.unloaded_pinned.clear();
            return;
        }
        match *op {
            O::LocalGet { local_index } if self.unloaded_pinned.contains(&local_index) => {
                self.unloaded_pinned.retain(|&s| s != local_index);
                self.reload_pinned(local_index);
            }
            O::Block { .. }
            | O::Loop { .. }
            | O::If { .. }
            | O::Else
            | O::End
            | O::Br { .. }
            | O::BrIf { .. }
            | O::BrTable { .. } => {
                for l in std::mem::take(&mut self.unloaded_pinned) {
                    self.reload_pinned(l);
                }
            }
            _ => {}
        }
    }

    /// Loads pinned local `l`'s register from its frame slot.
    fn reload_pinned(&mut self, l: u32) {
        let r = self.pinned[l as usize].expect("pinned local");
        let off = self.local_off(l);
        let ty = self.locals[l as usize];
        if ty == ValType::V128 {
            self.a.v128_frame_load(r, FrameBase::Fp, off);
        } else {
            let float = !ty.is_int_like();
            self.a
                .frame_load(OperandSize::S64, float, r, FrameBase::Fp, off);
        }
    }

    /// [`Self::pinned_written`]'s counterpart for an inlined callee's local
    /// whose pin ends (`inline.rs`): its slot becomes its home.
    pub fn unpinned(&mut self, l: u32) {
        self.unloaded_pinned.retain(|&s| s != l);
    }

    /// At a join (a loop header, `else`, `end`): the paths that meet may
    /// have written different locals since their last save, so no slot is
    /// known current.
    pub fn forget_saved_pinned(&mut self) {
        self.saved_pinned.clear();
    }

    /// Stores (`to_slot`) or reloads every pinned local's register; then
    /// every pinned local's slot holds its value.
    fn move_pinned(&mut self, to_slot: bool) {
        let mut saved = std::mem::take(&mut self.saved_pinned);
        let already = saved.len();
        for l in 0..self.pinned.len() as u32 {
            // The hot global is current in the context, and a call may
            // change it: never saved, reloaded from there after the call;
            // reads of it still on the stack take its value before.
            if let Some(h) = self.hot_global.filter(|h| h.local == l) {
                if to_slot {
                    self.invalidate_local(l);
                } else {
                    self.load_hot_global(h);
                }
                continue;
            }
            // A call preserves callee-saved registers (its slot keeps the
            // caller's value of the register: `func.rs`).
            if self.callee_saved_pin(l).is_some() {
                continue;
            }
            if let Some(r) = self.pinned[l as usize] {
                if !saved[..already].contains(&l) {
                    saved.push(l);
                } else if to_slot {
                    continue;
                }
                if !to_slot {
                    if self.local_refs[l as usize] > 0 {
                        self.reload_pinned(l);
                    } else if !self.unloaded_pinned.contains(&l) {
                        self.unloaded_pinned.push(l);
                    }
                    continue;
                }
                let off = self.local_off(l);
                let ty = self.locals[l as usize];
                if ty == ValType::V128 {
                    self.a.v128_frame_store(r, FrameBase::Fp, off);
                } else {
                    self.a.frame_store(!ty.is_int_like(), r, FrameBase::Fp, off);
                }
            }
        }
        self.saved_pinned = saved;
    }
}
