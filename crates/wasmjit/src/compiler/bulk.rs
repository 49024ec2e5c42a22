//! Instructions compiled as calls of engine helpers (`runtime/helpers.rs`):
//! `table.grow/fill/copy/init`, `elem.drop`, `memory.fill/copy/init`,
//! `data.drop` (spec §4.4.6, §4.4.7).
//!
//! A helper call spills every live value (the helpers' convention clobbers
//! all allocatable registers), passes the context in the first argument
//! register, then the
//! instruction's immediates, then its operands deepest first. Helpers that
//! can trap return 0 or a trap code; a non-zero code goes to the trap exit.

use crate::environ::builtins::Builtin;
use crate::values::ValType;

use super::func::FuncCompiler;
use super::masm::{gpr_pair, MacroAssembler, OperandSize};
use super::stack::{Loc, I64_PAIRS};
use super::Target;

/// The backend's argument registers for builtin calls.
const ARG_REGS: [u8; 6] = <Target as MacroAssembler>::ARG_REGS;
const RESULT_GPR: u8 = <Target as MacroAssembler>::RESULT_GPR;

impl FuncCompiler<'_> {
    /// Calls builtin `f` (through the context's builtins table) with (vmctx, `imms`..., top `n` operands...), popping
    /// the operands. The result is in the result register (`RESULT_GPR`); every register
    /// is free after.
    fn call_helper(&mut self, f: Builtin, imms: &[u32], n: usize) {
        self.call_helper_into(f, imms, n, None);
    }

    /// As `call_helper`; with register pairs an `i64` operand takes two
    /// argument registers (a cdecl `u64` is two words), and `out` (a frame
    /// offset) adds the address of that frame slot as the last argument,
    /// for a helper that writes its result there.
    pub fn call_helper_into(&mut self, f: Builtin, imms: &[u32], n: usize, out: Option<i32>) {
        let len = self.stack.len();
        // Spilling the operands too leaves them in memory or constants, so
        // loading them into argument registers cannot clobber one another.
        self.spill_regs(len);
        let first = len - n;
        // An operand reading a local pinned to a register goes to its slot
        // too: the argument registers include pin registers (x86-64: rdi,
        // r8, r9), so loading one argument could overwrite another's source.
        for i in first..len {
            if matches!(
                self.entry_source(i).loc,
                Loc::LocalReg(_) | Loc::LocalFpr(_)
            ) {
                self.spill_entry(i);
            }
        }
        let args: Vec<_> = (first..len).map(|i| self.entry_source(i)).collect();
        for _ in 0..n {
            let e = self.pop();
            self.release(e);
        }
        self.save_pinned();
        let mut at = 1 + imms.len();
        for &e in &args {
            if I64_PAIRS && e.ty == ValType::I64 {
                self.load_gpr(e, gpr_pair(ARG_REGS[at], ARG_REGS[at + 1]));
                at += 2;
            } else {
                self.load_gpr(e, ARG_REGS[at]);
                at += 1;
            }
        }
        if let Some(off) = out {
            self.a.frame_addr(ARG_REGS[at], off);
            at += 1;
        }
        debug_assert!(at <= ARG_REGS.len());
        for (k, &v) in imms.iter().enumerate() {
            self.a
                .load_const(OperandSize::S32, ARG_REGS[1 + k], v as u64);
        }
        self.a.move_vmctx(ARG_REGS[0]);
        self.a.call_builtin(f);
        self.restore_pinned();
    }

    /// Calls a helper that returns 0 or a trap code, and traps on a code.
    pub fn call_trapping_helper_into(&mut self, f: Builtin, imms: &[u32], n: usize, out: i32) {
        self.call_helper_into(f, imms, n, Some(out));
        let l = self.trap_label_code_in_result();
        self.a.branch_on_trap_code(l);
    }

    /// Calls a helper that returns 0 or a trap code, and traps on a code.
    fn call_trapping_helper(&mut self, f: Builtin, imms: &[u32], n: usize) {
        self.call_helper(f, imms, n);
        let l = self.trap_label_code_in_result();
        self.a.branch_on_trap_code(l);
    }

    /// `table.grow t`: [init, delta] -> old size or -1.
    pub fn table_grow(&mut self, t: u32) {
        self.call_helper(Builtin::TableGrow, &[t], 2);
        self.regs.claim_gpr(RESULT_GPR);
        self.push(ValType::I32, Loc::Gpr(RESULT_GPR));
    }

    /// `table.fill t`: [dst, val, n].
    pub fn table_fill(&mut self, t: u32) {
        self.call_trapping_helper(Builtin::TableFill, &[t], 3);
    }

    /// `table.copy d s`: [dst, src, n].
    pub fn table_copy(&mut self, dst_table: u32, src_table: u32) {
        self.call_trapping_helper(Builtin::TableCopy, &[dst_table, src_table], 3);
    }

    /// `table.init t e`: [dst, src, n].
    pub fn table_init(&mut self, table: u32, elem: u32) {
        self.call_trapping_helper(Builtin::TableInit, &[table, elem], 3);
    }

    /// `elem.drop e`.
    pub fn elem_drop(&mut self, elem: u32) {
        self.call_helper(Builtin::ElemDrop, &[elem], 0);
    }

    /// `memory.fill m`: [dst, val, n].
    pub fn memory_fill(&mut self, mem: u32) {
        self.call_trapping_helper(Builtin::MemoryFill, &[mem], 3);
    }

    /// `memory.copy d s`: [dst, src, n].
    pub fn memory_copy(&mut self, dst_mem: u32, src_mem: u32) {
        self.call_trapping_helper(Builtin::MemoryCopy, &[dst_mem, src_mem], 3);
    }

    /// `memory.init d m`: [dst, src, n].
    pub fn memory_init(&mut self, data: u32, mem: u32) {
        self.call_trapping_helper(Builtin::MemoryInit, &[mem, data], 3);
    }

    /// `data.drop d`.
    pub fn data_drop(&mut self, data: u32) {
        self.call_helper(Builtin::DataDrop, &[data], 0);
    }
}
