//! Hardware faults in generated code become traps.
//!
//! A load or store past the end of linear memory faults in the reservation's
//! inaccessible part (`memory.rs`). The handler checks that the faulting
//! instruction lies in registered wasm code, then resumes at the trap stub
//! with the trap code in `rax`; the stub returns to the host through the entry
//! trampoline. Faults anywhere else go to the previously installed handler.

use std::sync::{Once, RwLock};

use crate::error::TrapKind;

/// Code ranges `[start, end)` of every live compiled module.
static CODE_RANGES: RwLock<Vec<(usize, usize)>> = RwLock::new(Vec::new());

/// Registers a module's code range; faults inside it become traps.
pub fn register_code(start: usize, len: usize) {
    install_handlers();
    CODE_RANGES
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .push((start, start + len));
}

/// Removes a range registered by [`register_code`].
pub fn unregister_code(start: usize) {
    CODE_RANGES
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .retain(|r| r.0 != start);
}

fn in_wasm_code(pc: usize) -> bool {
    // A fault in wasm code never happens while this thread holds the write
    // lock (registration runs no wasm), so the read lock cannot deadlock.
    match CODE_RANGES.read() {
        Ok(r) => r.iter().any(|&(s, e)| pc >= s && pc < e),
        Err(_) => false,
    }
}

#[cfg(all(unix, target_arch = "x86_64"))]
mod imp {
    use super::*;
    use std::mem::MaybeUninit;

    static mut PREV_SEGV: MaybeUninit<libc::sigaction> = MaybeUninit::uninit();
    static mut PREV_BUS: MaybeUninit<libc::sigaction> = MaybeUninit::uninit();
    static mut PREV_FPE: MaybeUninit<libc::sigaction> = MaybeUninit::uninit();

    pub fn install() {
        // SAFETY: sigaction with a valid handler; the previous actions are
        // saved before any fault can reach our handler (Once-guarded).
        unsafe {
            let mut act: libc::sigaction = std::mem::zeroed();
            act.sa_sigaction = handler as usize;
            act.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK | libc::SA_NODEFER;
            libc::sigemptyset(&mut act.sa_mask);
            libc::sigaction(libc::SIGSEGV, &act, (&raw mut PREV_SEGV).cast());
            libc::sigaction(libc::SIGBUS, &act, (&raw mut PREV_BUS).cast());
            libc::sigaction(libc::SIGFPE, &act, (&raw mut PREV_FPE).cast());
        }
    }

    extern "C" fn handler(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
        // SAFETY: the kernel passes a valid ucontext_t for SA_SIGINFO handlers.
        let uc = unsafe { &mut *(ctx as *mut libc::ucontext_t) };
        let gregs = &mut uc.uc_mcontext.gregs;
        let pc = gregs[libc::REG_RIP as usize] as usize;
        if in_wasm_code(pc) {
            let kind = if sig == libc::SIGFPE {
                TrapKind::IntegerDivisionByZero
            } else {
                TrapKind::MemoryOutOfBounds
            };
            gregs[libc::REG_RAX as usize] = kind as i64;
            gregs[libc::REG_RIP as usize] = crate::runtime::stubs::stubs().trap as i64;
            return;
        }
        // Not ours: hand over to whoever was installed before us.
        // SAFETY: PREV_* were filled by `install` before this handler ran.
        let prev = unsafe {
            match sig {
                libc::SIGSEGV => (*(&raw const PREV_SEGV)).assume_init_ref(),
                libc::SIGBUS => (*(&raw const PREV_BUS)).assume_init_ref(),
                _ => (*(&raw const PREV_FPE)).assume_init_ref(),
            }
        };
        if prev.sa_sigaction == libc::SIG_DFL || prev.sa_sigaction == libc::SIG_IGN {
            // SAFETY: restore the default action and return; the faulting
            // instruction re-executes and the default action (core dump) runs.
            unsafe {
                libc::signal(sig, libc::SIG_DFL);
            }
        } else if prev.sa_flags & libc::SA_SIGINFO != 0 {
            // SAFETY: calling the previous SA_SIGINFO handler with our arguments.
            let f: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) =
                unsafe { std::mem::transmute(prev.sa_sigaction) };
            f(sig, info, ctx);
        } else {
            // SAFETY: calling the previous plain handler.
            let f: extern "C" fn(libc::c_int) = unsafe { std::mem::transmute(prev.sa_sigaction) };
            f(sig);
        }
    }
}

fn install_handlers() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        crate::runtime::stubs::stubs();
        imp::install();
    });
}
