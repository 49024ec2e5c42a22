//! The process-wide stubs of `stubs.rs` for 32-bit x86 (cdecl on Linux and
//! Windows). Wasm code there runs with its `VMContext` in `esi` (the trap
//! exit takes any context whose first word is the state pointer, as
//! `VMHostCtx` is too); a call leaves 8 bytes between the return address
//! and the argument slots, so that a callee that pushes `ebp` finds
//! argument (and result) slot `k` at `[ebp + 16 + 8k]`, as on x86-64; the
//! first result comes back in `eax` (`edx:eax` for an `i64`) or `xmm0`.
//!
//! ```text
//! entry(vmctx, code, slots, nslots, state, flags) -> trap code (0 = returned)
//!
//!   arguments              ebp+8 .. ebp+28
//!   ret addr               ebp+4
//!   ebp  <- ebp            saved by entry
//!   ebx esi edi            ebp-4 .. ebp-12
//!   previous entry_sp      ebp-16  <- state.entry_sp
//!   8 bytes, then the argument slots   <- esp at the call of `code`
//! ```

// dynasm's expansion converts register numbers with `.into()`.
#![allow(clippy::useless_conversion)]

use dynasmrt::{dynasm, x86::X86Relocation, DynasmApi, DynasmLabelApi, VecAssembler};

use crate::environ::vmoffsets::{STATE_ENTRY_SP_OFF, VMCTX_STATE_OFF};
use crate::runtime::code::CodeMemory;

use super::stubs::{
    record_trap_frames, EntryFn, HostCallFn, Stubs, ENTRY_FLOAT_RESULT, ENTRY_V128_RESULT,
};

/// Bytes from the entry trampoline's `ebp` down to its `state.entry_sp`.
pub const ENTRY_FRAME_SIZE: usize = 16;

/// `flags` bit (32-bit x86 only): the first result is an `i64`, whose high
/// half is in `edx` (other integer results leave the slot's high half 0).
pub const ENTRY_I64_RESULT: u64 = 4;

/// Assembles the stubs; see `stubs::stubs`.
pub fn build(host_call: HostCallFn) -> Stubs {
    let mut a = VecAssembler::<X86Relocation>::new(0);
    let entry = a.offset().0;
    dynasm!(a
        ; .arch x86
        ; push ebp
        ; mov ebp, esp
        ; push ebx
        ; push esi
        ; push edi
        ; mov eax, [ebp + 24]
        ; push DWORD [eax + STATE_ENTRY_SP_OFF]
        ; mov [eax + STATE_ENTRY_SP_OFF], esp
        // The gap and the argument area, rounded to 16 bytes so esp stays
        // aligned.
        ; mov ecx, [ebp + 20]
        ; lea edx, [ecx * 8 + 8 + 15]
        ; and edx, -16
        ; sub esp, edx
        ; and esp, -16
        ; mov edx, [ebp + 16]
        ; xor eax, eax
        ; ->copy_in:
        ; cmp eax, ecx
        ; jae ->copied_in
        ; mov edi, [edx + eax * 8]
        ; mov [esp + eax * 8 + 8], edi
        ; mov edi, [edx + eax * 8 + 4]
        ; mov [esp + eax * 8 + 12], edi
        ; inc eax
        ; jmp ->copy_in
        ; ->copied_in:
        ; mov esi, [ebp + 8]
        ; call DWORD [ebp + 12]
        ; mov ecx, [ebp + 16]
        ; mov edi, 1
        ; ->copy_out:
        ; cmp edi, [ebp + 20]
        ; jae ->copied_out
        ; mov ebx, [esp + edi * 8 + 8]
        ; mov [ecx + edi * 8], ebx
        ; mov ebx, [esp + edi * 8 + 12]
        ; mov [ecx + edi * 8 + 4], ebx
        ; inc edi
        ; jmp ->copy_out
        ; ->copied_out:
        ; test BYTE [ebp + 28], ENTRY_I64_RESULT as i8
        ; jnz ->wide_result
        ; xor edx, edx
        ; ->wide_result:
        ; mov [ecx], eax
        ; mov [ecx + 4], edx
        ; test BYTE [ebp + 28], ENTRY_FLOAT_RESULT as i8
        ; jz ->int_result
        ; movq [ecx], xmm0
        ; ->int_result:
        ; test BYTE [ebp + 28], ENTRY_V128_RESULT as i8
        ; jz ->scalar_result
        ; movdqu [ecx], xmm0
        ; ->scalar_result:
        ; xor eax, eax
        ; ->epilogue:
        ; mov ecx, [ebp + 24]
        ; mov edx, [ebp - 16]
        ; mov [ecx + STATE_ENTRY_SP_OFF], edx
        ; lea esp, [ebp - 12]
        ; pop edi
        ; pop esi
        ; pop ebx
        ; pop ebp
        ; ret
    );
    let trap = a.offset().0;
    dynasm!(a
        ; .arch x86
        ; ->trap:
        // eax = trap code, edx = pc of the trap or 0, ebp = innermost frame,
        // esi = a context. Record the wasm frames while they are intact,
        // then unwind.
        ; mov ebx, eax
        ; mov eax, [esi + VMCTX_STATE_OFF]
        ; and esp, -16
        ; sub esp, 4
        ; push ebp
        ; push edx
        ; push eax
        ; mov eax, DWORD record_trap_frames as *const () as usize as i32
        ; call eax
        ; mov eax, ebx
        ; mov ecx, [esi + VMCTX_STATE_OFF]
        ; mov esp, [ecx + STATE_ENTRY_SP_OFF]
        ; lea ebp, [esp + ENTRY_FRAME_SIZE as i32]
        ; jmp ->epilogue
    );
    let host = a.offset().0;
    dynasm!(a
        ; .arch x86
        ; push ebp
        ; mov ebp, esp
        // esp is 8 below a 16-byte boundary here; 12 more and three
        // arguments align the call.
        ; sub esp, 12
        ; push DWORD [ebp]
        ; lea eax, [ebp + 16]
        ; push eax
        ; push esi
        ; mov eax, DWORD host_call as *const () as usize as i32
        ; call eax
        ; test eax, eax
        ; jnz ->host_error
        // The first result, whatever its type: integers in eax (edx:eax),
        // floats and v128 in xmm0.
        ; mov eax, [ebp + 16]
        ; mov edx, [ebp + 20]
        ; movdqu xmm0, [ebp + 16]
        ; mov esp, ebp
        ; pop ebp
        ; ret
        ; ->host_error:
        ; xor edx, edx
        ; jmp ->trap
    );
    let bytes = a.finalize().expect("stub labels resolve");
    let code = CodeMemory::new(&bytes).expect("cannot map the engine's stub code");
    let base = code.base() as usize;
    // SAFETY: `entry` is the offset of the entry trampoline just assembled,
    // which follows cdecl with the `EntryFn` signature.
    let entry_fn: EntryFn = unsafe { std::mem::transmute::<usize, EntryFn>(base + entry) };
    Stubs {
        entry: entry_fn,
        trap: base + trap,
        host: base + host,
        _code: code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::environ::vmoffsets::VMCTX_INSTANCE_OFF;
    use crate::error::TrapKind;
    use crate::runtime::stubs::stubs;
    use crate::runtime::vm::{VMHostCtx, VMStoreState};
    use crate::runtime::vmstore::{OpResult, VMStore};

    /// A store whose one host function adds 1 to its argument, and notes
    /// which instance called it.
    struct AddOne {
        caller: Option<Option<u32>>,
    }

    impl VMStore for AddOne {
        fn table_grow(&mut self, _: usize, _: u32, _: u64, _: u32) -> u32 {
            unreachable!()
        }
        fn table_fill(&mut self, _: usize, _: u32, _: u32, _: u64, _: u32) -> OpResult {
            unreachable!()
        }
        fn table_copy(&mut self, _: usize, _: u32, _: u32, _: u32, _: u32, _: u32) -> OpResult {
            unreachable!()
        }
        fn table_init(&mut self, _: usize, _: u32, _: u32, _: u32, _: u32, _: u32) -> OpResult {
            unreachable!()
        }
        fn elem_drop(&mut self, _: usize, _: u32) {}
        fn memory_fill(&mut self, _: usize, _: u32, _: u32, _: u32, _: u32) -> OpResult {
            unreachable!()
        }
        fn memory_copy(&mut self, _: usize, _: u32, _: u32, _: u32, _: u32, _: u32) -> OpResult {
            unreachable!()
        }
        fn memory_init(&mut self, _: usize, _: u32, _: u32, _: u32, _: u32, _: u32) -> OpResult {
            unreachable!()
        }
        fn data_drop(&mut self, _: usize, _: u32) {}
        fn stack_check_failed(&mut self) -> u32 {
            unreachable!()
        }
        unsafe fn call_host(&mut self, _: u32, caller: Option<u32>, slots: *mut u64) -> u32 {
            self.caller = Some(caller);
            // SAFETY: the trampoline passes the caller's argument slots.
            unsafe { *slots += 1 };
            0
        }
    }

    /// Assembles `f` into executable pages.
    fn code(f: impl FnOnce(&mut VecAssembler<X86Relocation>)) -> CodeMemory {
        let mut a = VecAssembler::<X86Relocation>::new(0);
        f(&mut a);
        CodeMemory::new(&a.finalize().unwrap()).unwrap()
    }

    /// Runs `code` through the entry trampoline with context `vmctx`.
    fn run(
        code: &CodeMemory,
        vmctx: &mut [usize],
        state: &mut VMStoreState,
        slots: &mut [u64],
    ) -> u32 {
        // SAFETY: the code follows the ia32 convention of the module docs;
        // the context's first word points to `state`.
        unsafe {
            (stubs().entry)(
                vmctx.as_mut_ptr() as *mut u8,
                code.base(),
                slots.as_mut_ptr(),
                slots.len(),
                state,
                0,
            )
        }
    }

    #[test]
    fn entry_trap_and_host_call_on_ia32() {
        let mut store = AddOne { caller: None };
        let mut state = VMStoreState {
            entry_sp: 0,
            store: &mut store as *mut AddOne as *mut dyn VMStore,
            pending_trap: None,
            trap_pcs: Vec::new(),
        };
        let mut vmctx = [0usize; 8];
        vmctx[0] = &mut state as *mut VMStoreState as usize;
        vmctx[VMCTX_INSTANCE_OFF as usize / 4] = 5;

        // Arguments at [esp + 12 + 8k] on entry; the result in eax.
        let add = code(|a| dynasm!(a; .arch x86; mov eax, [esp + 12]; add eax, [esp + 20]; ret));
        let mut slots = [2u64, 40];
        assert_eq!(run(&add, &mut vmctx, &mut state, &mut slots), 0);
        assert_eq!(slots[0], 42);
        assert_eq!(state.entry_sp, 0);

        // A trap: the code leaves by the trap stub, which unwinds to the entry.
        let trap = stubs().trap as i32;
        let kind = TrapKind::Unreachable as i32;
        let trapping = code(
            |a| dynasm!(a; .arch x86; push ebx; mov eax, kind; xor edx, edx; mov ecx, trap; jmp ecx),
        );
        assert_eq!(
            run(&trapping, &mut vmctx, &mut state, &mut [0]),
            kind as u32
        );
        assert_eq!(state.entry_sp, 0);

        // A host call from a wasm-like frame that saved its context at
        // [ebp - 8]: the dispatcher finds the calling instance from it.
        let mut host = VMHostCtx {
            state: &mut state,
            mem0_base: std::ptr::null_mut(),
            func_index: 0,
        };
        let host_ctx = &mut host as *mut VMHostCtx as i32;
        let host_stub = stubs().host as i32;
        let caller = code(|a| {
            dynasm!(a
                ; .arch x86
                ; push ebp
                ; mov ebp, esp
                ; sub esp, 24
                ; mov [ebp - 8], esi
                ; mov eax, [ebp + 16]
                ; mov [esp + 8], eax
                ; mov esi, host_ctx
                ; mov eax, host_stub
                ; call eax
                ; mov esi, [ebp - 8]
                ; mov esp, ebp
                ; pop ebp
                ; ret
            )
        });
        let mut slots = [41u64];
        assert_eq!(run(&caller, &mut vmctx, &mut state, &mut slots), 0);
        assert_eq!(slots[0], 42);
        assert_eq!(store.caller, Some(Some(5)));
    }
}
