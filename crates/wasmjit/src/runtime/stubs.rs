//! Process-wide machine-code stubs: the host→wasm entry trampoline, the trap
//! exit, and the wasm→host trampoline. These and every runtime helper that
//! generated code calls use the System V ABI (`extern "sysv64"`) on every
//! OS, so the code is the same on Linux and Windows (Rust handles the Win64
//! side: when it calls a `sysv64` function it treats xmm6–15 and rdi/rsi as
//! clobbered). Wasm functions use the internal convention of
//! `compiler/func.rs`.
//!
//! ```text
//! entry(vmctx, code, slots, nslots, state, flags) -> trap code (0 = returned)
//!
//!   caller's frame
//!   ret addr
//!   rbp  <- rbp            saved by entry
//!   rbx r12 r13 r14 r15    rbp-8 .. rbp-40
//!   slots ptr              rbp-48
//!   flags                  rbp-56
//!   state                  rbp-64
//!   previous entry_sp      rbp-72
//!   nslots                 rbp-80  <- state.entry_sp
//!   argument slots         <- rsp at the call of `code`
//! ```
//!
//! A trap anywhere below restores `rsp` from `state.entry_sp` and returns
//! the trap code through the same epilogue, so no Rust frame is unwound.

// dynasm's expansion converts register numbers with `.into()`.
#![allow(clippy::useless_conversion)]

use std::sync::OnceLock;

#[cfg(target_arch = "x86_64")]
use dynasmrt::{dynasm, x64::X64Relocation, DynasmApi, DynasmLabelApi, VecAssembler};

#[cfg(target_arch = "x86_64")]
use crate::environ::vmoffsets::{STATE_ENTRY_SP_OFF, VMCTX_MEM0_BASE_OFF, VMCTX_STATE_OFF};
use crate::runtime::code::CodeMemory;
use crate::runtime::vm::{VMHostCtx, VMStoreState};

builtin_fn_type! {
    /// Signature of the entry trampoline.
    pub type EntryFn = fn(
        vmctx: *mut u8,
        code: *const u8,
        slots: *mut u64,
        nslots: usize,
        state: *mut VMStoreState,
        flags: u64,
    ) -> u32;
}

/// `flags` bit: the first result is a float (returned in xmm0).
pub const ENTRY_FLOAT_RESULT: u64 = 1;
/// `flags` bit: the first result is a `v128` (returned in xmm0, stored to
/// slots 0 and 1).
pub const ENTRY_V128_RESULT: u64 = 2;

builtin_fn_type! {
    /// Signature of the host call dispatcher the host trampoline calls:
    /// returns 0, or a trap code after storing the trap in the store state.
    /// `caller_fp` is the frame pointer of the trampoline's caller.
    pub type HostCallFn = fn(ctx: *mut VMHostCtx, slots: *mut u64, caller_fp: usize) -> u32;
}

/// Bytes from the entry trampoline's `rbp` down to its `state.entry_sp`
/// (the frame drawn above): a host function called straight from the entry
/// sees its caller's frame pointer at `entry_sp + ENTRY_FRAME_SIZE`.
#[cfg(target_arch = "x86_64")]
pub const ENTRY_FRAME_SIZE: usize = 80;
#[cfg(target_arch = "x86")]
pub use super::stubs_ia32::{ENTRY_FRAME_SIZE, ENTRY_I64_RESULT};

/// Addresses of the stubs.
pub struct Stubs {
    pub(super) _code: CodeMemory,
    /// The entry trampoline.
    pub entry: EntryFn,
    /// Exit for traps: jump here with the trap code in `eax` and a context
    /// (`VMContext` or `VMHostCtx`) in `r15`.
    pub trap: usize,
    /// Code pointer of every host function's `VMFuncRef`.
    pub host: usize,
}

static STUBS: OnceLock<Stubs> = OnceLock::new();

builtin_fn! {
/// Called by the trap stub before unwinding: stores the return addresses of
/// the live wasm frames (starting with `pc` when non-zero) in the state.
///
/// # Safety
/// `state` is the running store's state; `fp` is the frame pointer of the
/// innermost frame, and every frame whose return address lies in wasm code
/// links (`[fp]`) to its caller's frame, as generated prologues ensure.
pub(super) unsafe fn record_trap_frames(state: *mut VMStoreState, pc: usize, fp: usize) {
    // SAFETY: see the contract; the frames are still on the stack.
    let state = unsafe { &mut *state };
    state.trap_pcs.clear();
    if pc != 0 {
        state.trap_pcs.push(pc);
    }
    let mut fp = fp;
    while fp != 0 && state.trap_pcs.len() < 10_000 {
        // SAFETY: fp is a live frame pointer (contract above).
        let (next, ret) = unsafe {
            (
                *(fp as *const usize),
                *((fp + size_of::<usize>()) as *const usize),
            )
        };
        if !crate::runtime::registry::contains(ret) {
            break;
        }
        state.trap_pcs.push(ret - 1);
        fp = next;
    }
}
}

/// The stubs, generated on first use. Panics only if code pages cannot be
/// mapped at all, which leaves nothing to run.
pub fn stubs() -> &'static Stubs {
    #[cfg(target_arch = "x86")]
    use super::stubs_ia32::build;
    STUBS.get_or_init(|| build(super::vmstore::host_call_dispatch))
}

#[cfg(target_arch = "x86_64")]
fn build(host_call: HostCallFn) -> Stubs {
    let mut a = VecAssembler::<X64Relocation>::new(0);
    let entry = a.offset().0;
    dynasm!(a
        ; .arch x64
        ; push rbp
        ; mov rbp, rsp
        ; push rbx
        ; push r12
        ; push r13
        ; push r14
        ; push r15
        ; push rdx
        ; push r9
        ; push r8
        ; push QWORD [r8 + STATE_ENTRY_SP_OFF]
        ; push rcx
        ; mov [r8 + STATE_ENTRY_SP_OFF], rsp
        // Argument area, rounded to 16 bytes so rsp stays aligned.
        ; lea rax, [rcx * 8 + 15]
        ; and rax, -16
        ; sub rsp, rax
        ; xor eax, eax
        ; ->copy_in:
        ; cmp rax, rcx
        ; jae ->copied_in
        ; mov r10, [rdx + rax * 8]
        ; mov [rsp + rax * 8], r10
        ; inc rax
        ; jmp ->copy_in
        ; ->copied_in:
        ; mov r15, rdi
        ; mov r14, [rdi + VMCTX_MEM0_BASE_OFF]
        ; call rsi
        ; mov rdx, [rbp - 48]
        ; mov rcx, [rbp - 80]
        ; mov r10d, 1
        ; ->copy_out:
        ; cmp r10, rcx
        ; jae ->copied_out
        ; mov r11, [rsp + r10 * 8]
        ; mov [rdx + r10 * 8], r11
        ; inc r10
        ; jmp ->copy_out
        ; ->copied_out:
        ; test BYTE [rbp - 56], ENTRY_FLOAT_RESULT as i8
        ; jz ->int_result
        ; movq rax, xmm0
        ; ->int_result:
        ; mov [rdx], rax
        ; test BYTE [rbp - 56], ENTRY_V128_RESULT as i8
        ; jz ->scalar_result
        ; movdqu [rdx], xmm0
        ; ->scalar_result:
        ; xor eax, eax
        ; ->epilogue:
        ; mov r8, [rbp - 64]
        ; mov rcx, [rbp - 72]
        ; mov [r8 + STATE_ENTRY_SP_OFF], rcx
        ; lea rsp, [rbp - 40]
        ; pop r15
        ; pop r14
        ; pop r13
        ; pop r12
        ; pop rbx
        ; pop rbp
        ; ret
    );
    let trap = a.offset().0;
    dynasm!(a
        ; .arch x64
        ; ->trap:
        // eax = trap code, rdx = pc of the trap or 0, rbp = innermost frame.
        // Record the wasm frames while they are intact, then unwind.
        ; mov ebx, eax
        ; mov rdi, [r15 + VMCTX_STATE_OFF]
        ; mov rsi, rdx
        ; mov rdx, rbp
        ; and rsp, -16
        ; mov rax, QWORD record_trap_frames as *const () as usize as i64
        ; call rax
        ; mov eax, ebx
        ; mov rcx, [r15 + VMCTX_STATE_OFF]
        ; mov rsp, [rcx + STATE_ENTRY_SP_OFF]
        ; lea rbp, [rsp + ENTRY_FRAME_SIZE as i32]
        ; jmp ->epilogue
    );
    let host = a.offset().0;
    dynasm!(a
        ; .arch x64
        ; push rbp
        ; mov rbp, rsp
        ; mov rdi, r15
        ; lea rsi, [rbp + 16]
        ; mov rdx, [rbp]
        ; mov rax, QWORD host_call as *const () as usize as i64
        ; call rax
        ; test eax, eax
        ; jnz ->host_error
        // The first result, whatever its type: integers in rax, floats
        // and v128 in xmm0 (16 bytes: the caller's outgoing area is at
        // least that large, as every frame is).
        ; mov rax, [rbp + 16]
        ; movdqu xmm0, [rbp + 16]
        ; pop rbp
        ; ret
        ; ->host_error:
        ; xor edx, edx
        ; jmp ->trap
    );
    let bytes = a.finalize().expect("stub labels resolve");
    let code = CodeMemory::new(&bytes).expect("cannot map the engine's stub code");
    let base = code.base() as usize;
    // SAFETY: `entry` is the offset of the entry trampoline just assembled,
    // which follows the System V ABI with the `EntryFn` signature.
    let entry_fn: EntryFn = unsafe { std::mem::transmute::<usize, EntryFn>(base + entry) };
    Stubs {
        entry: entry_fn,
        trap: base + trap,
        host: base + host,
        _code: code,
    }
}
