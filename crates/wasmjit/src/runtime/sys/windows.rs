//! Windows: `VirtualAlloc`/`VirtualFree` and a vectored exception handler.

use std::cell::Cell;

use windows_sys::Win32::Foundation::{
    EXCEPTION_ACCESS_VIOLATION, EXCEPTION_INT_DIVIDE_BY_ZERO, EXCEPTION_INT_OVERFLOW,
};
use windows_sys::Win32::System::Diagnostics::Debug::{
    AddVectoredExceptionHandler, EXCEPTION_POINTERS,
};
use windows_sys::Win32::System::Memory::{
    VirtualAlloc, VirtualFree, MEM_COMMIT, MEM_RELEASE, MEM_RESERVE, PAGE_NOACCESS, PAGE_READWRITE,
};

const EXCEPTION_CONTINUE_EXECUTION: i32 = -1;
const EXCEPTION_CONTINUE_SEARCH: i32 = 0;

/// Reserves `len` bytes of inaccessible address space; `None` on failure.
pub fn reserve(len: usize) -> Option<*mut u8> {
    // SAFETY: reserving fresh address space touches no existing memory.
    let p = unsafe { VirtualAlloc(std::ptr::null(), len, MEM_RESERVE, PAGE_NOACCESS) };
    (!p.is_null()).then_some(p as *mut u8)
}

/// Makes `[at, at + len)` of a reservation readable and writable (zeroed).
///
/// # Safety
/// The range must lie inside a reservation made by [`reserve`].
pub unsafe fn commit(at: *mut u8, len: usize) -> bool {
    // SAFETY: the caller guarantees the range is ours.
    unsafe { !VirtualAlloc(at as *const _, len, MEM_COMMIT, PAGE_READWRITE).is_null() }
}

/// Releases a whole reservation.
///
/// # Safety
/// `base` must be a reservation made by [`reserve`], no longer used.
pub unsafe fn release(base: *mut u8, _len: usize) {
    // SAFETY: the caller guarantees the reservation is ours and unused.
    unsafe {
        VirtualFree(base as *mut _, 0, MEM_RELEASE);
    }
}

/// Installs the fault handler (call once). Vectored handlers run before the
/// frame-based ones, so a fault in wasm code never reaches Rust's.
pub fn install_fault_handler() {
    // SAFETY: registers a handler with the signature Windows expects.
    unsafe {
        AddVectoredExceptionHandler(1, Some(handler));
    }
}

unsafe extern "system" fn handler(info: *mut EXCEPTION_POINTERS) -> i32 {
    // SAFETY: Windows passes valid exception and context records.
    let (record, ctx) = unsafe { (&*(*info).ExceptionRecord, &mut *(*info).ContextRecord) };
    let code = record.ExceptionCode;
    let ours = code == EXCEPTION_ACCESS_VIOLATION
        || code == EXCEPTION_INT_DIVIDE_BY_ZERO
        || code == EXCEPTION_INT_OVERFLOW;
    if !ours {
        return EXCEPTION_CONTINUE_SEARCH;
    }
    let pc = ctx.Rip as usize;
    let divide = code != EXCEPTION_ACCESS_VIOLATION;
    match super::classify_fault(pc, divide) {
        Some(kind) => {
            ctx.Rax = kind as u64;
            ctx.Rdx = pc as u64;
            ctx.Rip = crate::runtime::stubs::stubs().trap as u64;
            EXCEPTION_CONTINUE_EXECUTION
        }
        None => EXCEPTION_CONTINUE_SEARCH,
    }
}

thread_local! {
    /// Lowest stack address this thread has committed for wasm frames.
    static COMMITTED_DOWN_TO: Cell<usize> = const { Cell::new(usize::MAX) };
}

/// The lowest address wasm frames may reach on this thread; 0: not
/// determined on Windows yet (see the Unix version).
pub fn stack_floor() -> usize {
    0
}

/// Windows commits a thread's stack one guard page at a time, and wasm
/// frames do not probe, so before wasm runs the stack down to `limit` is
/// committed by recursing through Rust frames (which probe) once per thread.
pub fn ensure_stack_committed(limit: usize) {
    #[inline(never)]
    fn descend(limit: usize) {
        let page = [0u8; 4096];
        let here = std::hint::black_box(&page) as *const _ as usize;
        if here > limit {
            descend(limit);
        }
    }
    COMMITTED_DOWN_TO.with(|c| {
        if limit < c.get() {
            descend(limit);
            c.set(limit);
        }
    });
}
