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
    use std::sync::OnceLock;

    /// The actions installed before ours, for faults that are not ours.
    struct Previous([libc::sigaction; 3]);
    // SAFETY: written once before our handler is installed, then only read.
    unsafe impl Sync for Previous {}
    unsafe impl Send for Previous {}
    static PREVIOUS: OnceLock<Previous> = OnceLock::new();
    const SIGNALS: [libc::c_int; 3] = [libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE];

    pub fn install() {
        // SAFETY: sigaction with a null new action only reads the current
        // one; then our handler is installed with a valid function pointer.
        unsafe {
            let mut prev: [libc::sigaction; 3] = std::mem::zeroed();
            for (sig, old) in SIGNALS.iter().zip(prev.iter_mut()) {
                libc::sigaction(*sig, std::ptr::null(), old);
            }
            if PREVIOUS.set(Previous(prev)).is_err() {
                return;
            }
            let mut act: libc::sigaction = std::mem::zeroed();
            act.sa_sigaction = handler as *const () as usize;
            act.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK | libc::SA_NODEFER;
            libc::sigemptyset(&mut act.sa_mask);
            for sig in SIGNALS {
                libc::sigaction(sig, &act, std::ptr::null_mut());
            }
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
        let Some(previous) = PREVIOUS.get() else {
            return;
        };
        let prev = &previous.0[SIGNALS.iter().position(|&x| x == sig).unwrap_or(0)];
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
