//! Calls: direct, imported and indirect wasm calls, and calls of engine
//! helpers from generated code.

use crate::environ::builtins::Builtin;
use crate::environ::vmoffsets::VMCTX_MEM0_OFF;
use crate::error::{Result, TrapKind};
use crate::values::{self, FuncType, ValType};

use super::func::FuncCompiler;
use super::link::{Reloc, RelocTarget};
use super::masm::{FrameBase, MacroAssembler};
use super::stack::{result_gpr, Entry, Loc};
use super::{SigSite, Target};

const SCRATCH: u8 = <Target as MacroAssembler>::SCRATCH;
const RESULT_GPR: u8 = <Target as MacroAssembler>::RESULT_GPR;
const RESULT_FLOAT: u8 = <Target as MacroAssembler>::RESULT_FLOAT;
const FUNCREF: u8 = <Target as MacroAssembler>::FUNCREF;
const ARG_REGS: [u8; 6] = <Target as MacroAssembler>::ARG_REGS;

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

    pub fn call(&mut self, f: u32) -> Result<()> {
        let ty = self.env.func_type(f).clone();
        self.pass_args(&ty);
        self.save_pinned();
        if f < self.env.num_imported_funcs {
            let off = self.env.offsets.func(f);
            self.a.load_vmctx(FUNCREF, off);
            self.a.call_funcref();
        } else {
            let at = self.a.call_rel32();
            let target = RelocTarget::Func(f - self.env.num_imported_funcs);
            self.relocs.push(Reloc::new(at, target));
        }
        self.restore_pinned();
        self.take_results(&ty);
        Ok(())
    }

    pub fn call_indirect(&mut self, type_index: u32, table: u32) -> Result<()> {
        let ty = self.env.types[type_index as usize].clone();
        let sig = self.env.sig_ids[type_index as usize];
        let index = self.pop();
        self.pass_args(&ty);
        self.load_gpr(
            Entry {
                ty: ValType::I32,
                loc: index.loc,
            },
            SCRATCH,
        );
        self.release(index);
        self.save_pinned();
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
        self.restore_pinned();
        self.take_results(&ty);
        Ok(())
    }

    pub fn memory_grow(&mut self, mem: u32) -> Result<()> {
        if mem != 0 {
            return Err(self.unsupported("multiple memories (memory index other than 0)"));
        }
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
        self.a.load_vmctx(ARG_REGS[0], VMCTX_MEM0_OFF);
        self.a.call_builtin(Builtin::MemoryGrow);
        self.restore_pinned();
        self.regs.claim_gpr(RESULT_GPR);
        self.push(ValType::I32, Loc::Gpr(RESULT_GPR));
        Ok(())
    }
}
