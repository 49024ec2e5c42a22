//! Windows: `VirtualAlloc`/`VirtualFree`/`VirtualProtect`, a vectored
//! exception handler and the thread's stack limits.
//!
//! Run on Linux under Wine 8 by `scripts/test-windows-wine.sh`. Wine commits
//! thread stacks whole, so [`ensure_stack_committed`] is not exercised
//! there, and faults reach [`install_fault_handler`]'s handler through
//! Wine's signal handler rather than Windows' exception dispatch (see
//! docs/architecture.md, "Windows").

use std::cell::Cell;

use windows_sys::Win32::Foundation::{
    EXCEPTION_ACCESS_VIOLATION, EXCEPTION_INT_DIVIDE_BY_ZERO, EXCEPTION_INT_OVERFLOW,
};
use windows_sys::Win32::System::Diagnostics::Debug::{
    AddVectoredExceptionHandler, FlushInstructionCache, CONTEXT, EXCEPTION_POINTERS,
};
use windows_sys::Win32::System::Memory::{
    VirtualAlloc, VirtualFree, VirtualProtect, MEM_COMMIT, MEM_RELEASE, MEM_RESERVE,
    PAGE_EXECUTE_READ, PAGE_NOACCESS, PAGE_READWRITE,
};
use windows_sys::Win32::System::Threading::{GetCurrentProcess, GetCurrentThreadStackLimits};

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

/// Allocates `len` bytes of fresh read+write (not executable) pages;
/// `None` on failure. Release them with [`release`].
pub fn alloc_writable(len: usize) -> Option<*mut u8> {
    // SAFETY: allocating fresh address space touches no existing memory.
    let p = unsafe {
        VirtualAlloc(
            std::ptr::null(),
            len,
            MEM_RESERVE | MEM_COMMIT,
            PAGE_READWRITE,
        )
    };
    (!p.is_null()).then_some(p as *mut u8)
}

/// Makes pages from [`alloc_writable`] read+execute (and no longer
/// writable), then flushes the instruction cache for them as Windows
/// requires before running newly written code; `false` on failure.
///
/// # Safety
/// `at`/`len` must be exactly an allocation made by [`alloc_writable`].
pub unsafe fn make_executable(at: *mut u8, len: usize) -> bool {
    let mut old = 0;
    // SAFETY: the caller guarantees the range is ours; `old` is a valid
    // out-parameter.
    unsafe {
        VirtualProtect(at as *const _, len, PAGE_EXECUTE_READ, &mut old) != 0
            && FlushInstructionCache(GetCurrentProcess(), at as *const _, len) != 0
    }
}

/// The permissions (`rwx` letters, as in `/proc/self/maps`) of the
/// committed page holding `addr`, from `VirtualQuery`; `None` if it is not
/// committed. For tests.
#[cfg(test)]
pub fn protection(addr: usize) -> Option<String> {
    use windows_sys::Win32::System::Memory::{VirtualQuery, MEMORY_BASIC_INFORMATION};
    // SAFETY: VirtualQuery only writes the info struct, whose size it is
    // given; any address may be queried.
    let info = unsafe {
        let mut info: MEMORY_BASIC_INFORMATION = std::mem::zeroed();
        let n = VirtualQuery(addr as *const _, &mut info, std::mem::size_of_val(&info));
        (n != 0).then_some(info)?
    };
    if info.State != MEM_COMMIT {
        return None;
    }
    let perms = match info.Protect & 0xff {
        0x02 => "r--",
        0x04 | 0x08 => "rw-",
        0x10 => "--x",
        0x20 => "r-x",
        0x40 | 0x80 => "rwx",
        _ => "---",
    };
    Some(perms.to_string())
}

/// Releases a whole reservation (or an allocation made by
/// [`alloc_writable`]).
///
/// # Safety
/// `base` must be a reservation made by [`reserve`] or an allocation made
/// by [`alloc_writable`], no longer used.
pub unsafe fn release(base: *mut u8, _len: usize) {
    // SAFETY: the caller guarantees the reservation is ours and unused.
    unsafe {
        VirtualFree(base as *mut _, 0, MEM_RELEASE);
    }
}

/// Installs the fault handler (once per process: a vectored handler stays
/// first, nothing can replace it). Vectored handlers run before the
/// frame-based ones, so a fault in wasm code never reaches Rust's.
pub fn install_fault_handler() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    // SAFETY: registers a handler with the signature Windows expects.
    ONCE.call_once(|| unsafe {
        AddVectoredExceptionHandler(1, Some(handler));
    });
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
    let divide = code != EXCEPTION_ACCESS_VIOLATION;
    let [pc_reg, code_reg, arg_reg] = context_registers(ctx);
    let pc = *pc_reg as usize;
    match super::classify_fault(pc, divide) {
        Some(kind) => {
            // The trap stub's inputs: the code in eax, the faulting pc in
            // edx (as the Unix handler sets them).
            *code_reg = kind as _;
            *arg_reg = pc as _;
            *pc_reg = crate::runtime::stubs::stubs().trap as _;
            EXCEPTION_CONTINUE_EXECUTION
        }
        None => EXCEPTION_CONTINUE_SEARCH,
    }
}

/// The pc, `rax`/`eax` and `rdx`/`edx` fields of a fault's context record:
/// the registers the handler reads and redirects (winnt.h's `CONTEXT`:
/// `Rip`, `Rax`, `Rdx` on x64, `Eip`, `Eax`, `Edx` on x86).
#[cfg(target_arch = "x86_64")]
fn context_registers(ctx: &mut CONTEXT) -> [&mut u64; 3] {
    [&mut ctx.Rip, &mut ctx.Rax, &mut ctx.Rdx]
}

#[cfg(target_arch = "x86")]
fn context_registers(ctx: &mut CONTEXT) -> [&mut u32; 3] {
    [&mut ctx.Eip, &mut ctx.Eax, &mut ctx.Edx]
}

thread_local! {
    /// Lowest stack address this thread has committed for wasm frames.
    static COMMITTED_DOWN_TO: Cell<usize> = const { Cell::new(usize::MAX) };
}

/// Room kept between the lowest wasm frame and the end of the thread's
/// stack reservation, for the trap exit, host functions called from wasm,
/// the trampolines between them and the pages Windows keeps uncommittable
/// at the end of every stack (the guard page and the stack-overflow
/// handler's guarantee): half of the stack, at least 64 KiB and at most
/// 1 MiB (as on Unix, so that a host function called from wasm at its
/// deepest keeps as much stack as wasm may use).
fn stack_reserve(size: usize) -> usize {
    (size / 2).clamp(64 << 10, 1 << 20)
}

/// The lowest address wasm frames may reach on this thread: the end of the
/// thread's stack reservation (from `GetCurrentThreadStackLimits`, cached
/// per thread) plus [`stack_reserve`]. The store clamps its stack limit to
/// it, so a thread whose stack is smaller than `max_wasm_stack` gets a
/// `StackOverflow` trap rather than a stack-overflow exception (which no
/// handler can recover from).
pub fn stack_floor() -> usize {
    thread_local! {
        static FLOOR: Cell<Option<usize>> = const { Cell::new(None) };
    }
    FLOOR.with(|f| {
        if let Some(v) = f.get() {
            return v;
        }
        let (mut low, mut high) = (0usize, 0usize);
        // SAFETY: both arguments are valid out-pointers; the call only
        // reads this thread's environment block.
        unsafe { GetCurrentThreadStackLimits(&mut low, &mut high) };
        let v = if low != 0 && high > low {
            low.saturating_add(stack_reserve(high - low))
        } else {
            0
        };
        f.set(Some(v));
        v
    })
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
