//! Calls: direct, imported and indirect wasm calls, and calls of engine
//! helpers (System V) from generated code.

use crate::error::{Result, TrapKind};
use crate::runtime::builtins::Builtin;
use crate::runtime::vm::{
    FUNCREF_CODE_OFF, FUNCREF_SIG_OFF, FUNCREF_VMCTX_OFF, TABLE_BASE_OFF, TABLE_LEN_OFF,
    VMCTX_BUILTINS_OFF, VMCTX_MEM0_BASE_OFF, VMCTX_MEM0_OFF,
};
use crate::values::{FuncType, ValType};

use super::func::FuncCompiler;
use super::isa::x64::asm::asm;
use super::isa::x64::regs::{RAX, SCRATCH};
use super::masm::FrameBase;
use super::stack::{Entry, Loc};

impl FuncCompiler<'_> {
    /// Spills live registers, stores the top `n` values into the outgoing
    /// argument slots and pops them.
    fn pass_args(&mut self, ty: &FuncType) {
        let n = ty.params().len();
        let first = self.stack.len() - n;
        self.spill_regs(first);
        for k in 0..n {
            let src = self.entry_source(first + k);
            self.store_bits(src, FrameBase::Sp, 8 * k as i32);
        }
        for _ in 0..n {
            let e = self.pop();
            self.release(e);
        }
        self.max_out = self.max_out.max(n.max(ty.results().len()));
    }

    /// Pushes the results of a call that just returned.
    fn take_results(&mut self, ty: &FuncType) {
        debug_assert_eq!(self.regs, self.idle_regs, "registers held across a call");
        for (k, &t) in ty.results().iter().enumerate() {
            if k == 0 {
                if t.is_int_like() {
                    self.regs.claim_gpr(RAX);
                    self.push(t, Loc::Gpr(RAX));
                } else {
                    self.regs.claim_xmm(0);
                    self.push(t, Loc::Xmm(0));
                }
            } else {
                let off = self.slot_off(self.stack.len());
                asm!(self.a
                    ; mov Rq(SCRATCH), [rsp + 8 * k as i32]
                    ; mov [rbp + off], Rq(SCRATCH)
                );
                self.push(t, Loc::Stack);
            }
        }
    }

    fn check_signature(&self, ty: &FuncType) -> Result<()> {
        if ty.params().contains(&ValType::V128) || ty.results().contains(&ValType::V128) {
            return Err(self.unsupported("SIMD (v128 parameters or results)"));
        }
        Ok(())
    }

    pub fn call(&mut self, f: u32) -> Result<()> {
        let ty = self.env.func_type(f).clone();
        self.check_signature(&ty)?;
        self.pass_args(&ty);
        self.save_pinned();
        if f < self.env.num_imported_funcs {
            let off = self.env.offsets.func(f);
            asm!(self.a; mov rax, [vmctx + off]);
            self.call_funcref_in_rax();
        } else {
            let label = self.func_labels[(f - self.env.num_imported_funcs) as usize];
            asm!(self.a; call =>label);
        }
        self.restore_pinned();
        self.take_results(&ty);
        Ok(())
    }

    /// Calls the `VMFuncRef` in `rax`, switching to its instance's context.
    fn call_funcref_in_rax(&mut self) {
        asm!(self.a
            ; mov [rbp - 8], vmctx
            ; mov vmctx, [rax + FUNCREF_VMCTX_OFF]
            ; mov membase, [vmctx + VMCTX_MEM0_BASE_OFF]
            ; call QWORD [rax + FUNCREF_CODE_OFF]
            ; mov vmctx, [rbp - 8]
            ; mov membase, [vmctx + VMCTX_MEM0_BASE_OFF]
        );
    }

    pub fn call_indirect(&mut self, type_index: u32, table: u32) -> Result<()> {
        let ty = self.env.types[type_index as usize].clone();
        self.check_signature(&ty)?;
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
        asm!(self.a
            ; mov rax, [vmctx + toff]
            ; cmp Rd(SCRATCH), DWORD [rax + TABLE_LEN_OFF]
            ; jae =>oob
            ; mov rax, [rax + TABLE_BASE_OFF]
            ; mov rax, [rax + Rq(SCRATCH) * 8]
            ; test rax, rax
            ; jz =>null
            ; cmp DWORD [rax + FUNCREF_SIG_OFF], sig as i32
            ; jne =>bad_sig
        );
        self.call_funcref_in_rax();
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
        self.load_gpr(
            Entry {
                ty: ValType::I32,
                loc: delta.loc,
            },
            6,
        );
        self.release_unless(delta, 6);
        if delta.loc == Loc::Gpr(6) {
            self.regs.free_gpr(6);
        }
        self.save_pinned();
        asm!(self.a
            ; mov rdi, [vmctx + VMCTX_MEM0_OFF]
            ; mov rax, [vmctx + VMCTX_BUILTINS_OFF]
            ; call QWORD [rax + Builtin::MemoryGrow.offset()]
        );
        self.restore_pinned();
        self.regs.claim_gpr(RAX);
        self.push(ValType::I32, Loc::Gpr(RAX));
        Ok(())
    }
}
