//! Calls: direct, imported and indirect wasm calls, and calls of engine
//! helpers from generated code.
//!
//! A defined function has two entries (`func.rs`): its register entry,
//! which direct calls use, takes the first integer-like parameters in the
//! backend's `PARAM_GPRS` and the first `f32`/`f64` ones in `PARAM_FLOATS`
//! ([`param_regs`]; every other parameter, `v128` ones included, in its
//! outgoing slot as before); its stack entry, which `VMFuncRef::code` points
//! to (imported and indirect calls, the host's entry trampoline), takes
//! every parameter in its slot, loads the register ones and falls through
//! into the register entry. Either way the caller's outgoing area has a
//! slot for every parameter (the callee may store a register parameter
//! there) and for every result; results are as before.

use crate::environ::builtins::Builtin;
use crate::error::{Result, TrapKind};
use crate::values::{self, FuncType, ValType};

use super::func::FuncCompiler;
use super::link::{Reloc, RelocTarget};
use super::masm::{FrameBase, MacroAssembler, OperandSize};
use super::stack::{result_gpr, Entry, Loc};
use super::{SigSite, Target};

const SCRATCH: u8 = <Target as MacroAssembler>::SCRATCH;
const RESULT_GPR: u8 = <Target as MacroAssembler>::RESULT_GPR;
const RESULT_FLOAT: u8 = <Target as MacroAssembler>::RESULT_FLOAT;
const FUNCREF: u8 = <Target as MacroAssembler>::FUNCREF;
const ARG_REGS: [u8; 6] = <Target as MacroAssembler>::ARG_REGS;
const PARAM_GPRS: &[u8] = <Target as MacroAssembler>::PARAM_GPRS;
const PARAM_FLOATS: &[u8] = <Target as MacroAssembler>::PARAM_FLOATS;
const FLOAT_SCRATCH: u8 = <Target as MacroAssembler>::FLOAT_SCRATCH;

/// The register each parameter of a function with parameters `params`
/// arrives in at its register entry (`None`: in its slot).
pub fn param_regs(params: &[ValType]) -> Vec<Option<u8>> {
    let (mut gprs, mut floats) = (PARAM_GPRS.iter(), PARAM_FLOATS.iter());
    params
        .iter()
        .map(|t| match t {
            ValType::F32 | ValType::F64 => floats.next().copied(),
            ValType::V128 => None,
            _ => gprs.next().copied(),
        })
        .collect()
}

/// Emits the moves `dst <- src` between registers of one class, all at
/// once (no move reads a register an earlier one wrote): a move whose
/// destination no other pending move reads goes first; a cycle is broken
/// through the scratch register.
fn parallel_moves(
    c: &mut FuncCompiler<'_>,
    float: bool,
    mut moves: Vec<(u8, u8)>,
    mov: fn(&mut Target, u8, u8),
) {
    moves.retain(|&(d, s)| d != s);
    let scratch = if float { FLOAT_SCRATCH } else { SCRATCH };
    while !moves.is_empty() {
        let free = (0..moves.len()).find(|&i| !moves.iter().any(|&(_, s)| s == moves[i].0));
        match free {
            Some(i) => {
                let (d, s) = moves.remove(i);
                mov(c.a, d, s);
            }
            None => {
                let s = moves[0].1;
                mov(c.a, scratch, s);
                for m in moves.iter_mut() {
                    if m.1 == s {
                        m.1 = scratch;
                    }
                }
            }
        }
    }
}

impl FuncCompiler<'_> {
    /// Spills live registers, stores the top `n` values into the outgoing
    /// argument slots and pops them.
    fn pass_args(&mut self, ty: &FuncType) {
        let n = ty.params().len();
        let first = self.stack.len() - n;
        self.spill_regs(first);
        for k in 0..n {
            let src = self.entry_source(first + k);
            let at = values::word_offset(ty.params(), k);
            self.store_bits(src, FrameBase::Sp, 8 * at as i32);
        }
        for _ in 0..n {
            let e = self.pop();
            self.release(e);
        }
        let words = values::words(ty.params()).max(values::words(ty.results()));
        self.max_out = self.max_out.max(words);
    }

    /// Pushes the results of a call that just returned.
    fn take_results(&mut self, ty: &FuncType) {
        debug_assert_eq!(self.regs, self.idle_regs, "registers held across a call");
        for (k, &t) in ty.results().iter().enumerate() {
            if k == 0 {
                if t.is_int_like() {
                    self.regs.claim_gpr(result_gpr(t));
                    self.push(t, Loc::Gpr(result_gpr(t)));
                } else {
                    self.regs.claim_fpr(RESULT_FLOAT);
                    self.push(t, Loc::Fpr(RESULT_FLOAT));
                }
            } else {
                let off = self.slot_off(self.stack.len());
                let at = 8 * values::word_offset(ty.results(), k) as i32;
                for w in 0..t.slot_words() as i32 {
                    self.a
                        .frame_copy(FrameBase::Sp, at + 8 * w, FrameBase::Fp, off + 8 * w);
                }
                self.push(t, Loc::Stack);
            }
        }
    }

    /// Passes the top values as the arguments of a direct call of a
    /// defined function with type `ty` (register entry: [`param_regs`]),
    /// pops them and saves the pinned locals (unless the call is `cold`).
    /// The pinned locals are saved before any argument register is written
    /// (a pinned register may be one); register-held arguments then move
    /// all at once.
    fn pass_args_in_regs(&mut self, ty: &FuncType, cold: bool) {
        let n = ty.params().len();
        let first = self.stack.len() - n;
        self.spill_regs(first);
        let regs = param_regs(ty.params());
        for (k, r) in regs.iter().enumerate() {
            if r.is_none() {
                let src = self.entry_source(first + k);
                let at = values::word_offset(ty.params(), k);
                self.store_bits(src, FrameBase::Sp, 8 * at as i32);
            }
        }
        if !cold {
            self.save_pinned();
        }
        let srcs: Vec<Entry> = (0..n).map(|k| self.entry_source(first + k)).collect();
        let (mut gpr_moves, mut float_moves) = (Vec::new(), Vec::new());
        for (k, r) in regs.iter().enumerate() {
            match (srcs[k].loc, *r) {
                (Loc::Gpr(s) | Loc::LocalReg(s), Some(d)) => gpr_moves.push((d, s)),
                (Loc::Fpr(s) | Loc::LocalFpr(s), Some(d)) => float_moves.push((d, s)),
                _ => {}
            }
        }
        parallel_moves(self, false, gpr_moves, |a, d, s| {
            a.mov_rr(OperandSize::S64, d, s)
        });
        parallel_moves(self, true, float_moves, |a, d, s| a.move_float(d, s));
        // Then the others, which read no register (a comparison result
        // in the flags is the top entry: last, and moves keep the flags).
        for (k, r) in regs.iter().enumerate() {
            let (Some(d), e) = (*r, srcs[k]) else {
                continue;
            };
            match e.loc {
                Loc::Gpr(_) | Loc::LocalReg(_) | Loc::Fpr(_) | Loc::LocalFpr(_) => {}
                _ if e.ty.is_int_like() => self.load_gpr(e, d),
                _ => self.load_fpr(e, d),
            }
        }
        for _ in 0..n {
            let e = self.pop();
            self.release(e);
        }
        let words = values::words(ty.params()).max(values::words(ty.results()));
        self.max_out = self.max_out.max(words);
    }

    /// A direct call. A cold one (`unreachable` follows, as after
    /// AssemblyScript's `abort`) saves and restores no pinned local: none
    /// is read after it. A function whose only calls are cold counts as a
    /// leaf (`pinning.rs`) and skips the stack check at entry, so a cold
    /// call makes that check first.
    pub fn call(&mut self, f: u32) -> Result<()> {
        // The module's, not a copy (two allocations a call).
        let env = self.env;
        let ty = env.func_type(f);
        let cold = std::mem::take(&mut self.next_call_cold);
        if f >= env.num_imported_funcs {
            self.pass_args_in_regs(ty, cold);
        } else {
            self.pass_args(ty);
            if !cold {
                self.save_pinned();
            }
        }
        if self.leaf {
            self.emit_interrupt_check();
        }
        if f < self.env.num_imported_funcs {
            let off = self.env.offsets.func(f);
            self.a.load_vmctx(FUNCREF, off);
            self.a.call_funcref();
        } else {
            let at = self.a.call_rel32();
            let target = RelocTarget::Func(f - self.env.num_imported_funcs);
            self.relocs.push(Reloc::new(at, target));
        }
        if !cold {
            self.restore_pinned();
        }
        self.take_results(ty);
        Ok(())
    }

    pub fn call_indirect(&mut self, type_index: u32, table: u32) -> Result<()> {
        let env = self.env;
        let ty = &env.types[type_index as usize];
        let sig = env.sig_ids[type_index as usize];
        // Cold or not, as `call`.
        let cold = std::mem::take(&mut self.next_call_cold);
        if self.leaf {
            self.emit_interrupt_check();
        }
        let index = self.pop();
        self.pass_args(ty);
        self.load_gpr(
            Entry {
                ty: ValType::I32,
                loc: index.loc,
            },
            SCRATCH,
        );
        self.release(index);
        if !cold {
            self.save_pinned();
        }
        let toff = self.env.offsets.table(table);
        let oob = self.trap_label(TrapKind::TableOutOfBounds);
        let null = self.trap_label(TrapKind::IndirectCallToNull);
        let bad_sig = self.trap_label(TrapKind::BadSignature);
        let at = self
            .a
            .load_checked_funcref(toff, SCRATCH, sig, [oob, null, bad_sig]);
        self.sig_sites.push(SigSite {
            offset: at as u32,
            type_index,
        });
        self.a.call_funcref();
        if !cold {
            self.restore_pinned();
        }
        self.take_results(ty);
        Ok(())
    }

    pub fn memory_grow(&mut self, mem: u32) {
        let delta = self.pop();
        let n = self.stack.len();
        self.spill_regs(n);
        // memory_grow_helper(vmmemory, delta).
        let arg = ARG_REGS[1];
        self.load_gpr(
            Entry {
                ty: ValType::I32,
                loc: delta.loc,
            },
            arg,
        );
        self.release_unless(delta, arg);
        if delta.loc == Loc::Gpr(arg) {
            self.regs.free_gpr(arg);
        }
        self.save_pinned();
        self.a.load_vmctx(ARG_REGS[0], self.vmmemory_off(mem));
        self.a.call_builtin(Builtin::MemoryGrow);
        self.restore_pinned();
        self.regs.claim_gpr(RESULT_GPR);
        self.push(ValType::I32, Loc::Gpr(RESULT_GPR));
    }
}
