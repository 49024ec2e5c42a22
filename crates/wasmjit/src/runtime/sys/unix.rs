//! Unix: `mmap`/`mprotect`/`munmap` and a SIGSEGV/SIGBUS/SIGFPE handler.

use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};
use std::sync::Mutex;

/// Reserves `len` bytes of inaccessible address space; `None` on failure.
pub fn reserve(len: usize) -> Option<*mut u8> {
    // SAFETY: an anonymous PROT_NONE mapping at an address the kernel picks
    // touches no existing memory.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_NONE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    (p != libc::MAP_FAILED).then_some(p as *mut u8)
}

/// Makes `[at, at + len)` of a reservation readable and writable (zeroed).
///
/// # Safety
/// The range must lie inside a reservation made by [`reserve`].
pub unsafe fn commit(at: *mut u8, len: usize) -> bool {
    // SAFETY: the caller guarantees the range is ours.
    unsafe {
        libc::mprotect(
            at as *mut libc::c_void,
            len,
            libc::PROT_READ | libc::PROT_WRITE,
        ) == 0
    }
}

/// Maps `len` bytes of fresh read+write (not executable) pages; `None` on
/// failure. Release them with [`release`].
pub fn alloc_writable(len: usize) -> Option<*mut u8> {
    // SAFETY: an anonymous mapping at an address the kernel picks touches no
    // existing memory.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | POPULATE,
            -1,
            0,
        )
    };
    (p != libc::MAP_FAILED).then_some(p as *mut u8)
}

/// Code pages are all written right after they are mapped: on Linux the
/// kernel maps them in one go (`MAP_POPULATE`) instead of taking one page
/// fault per page (deserializing SQLite, 2.7 MB of code: best of 5 went
/// from 1.9 to 1.5 ms on this machine).
#[cfg(target_os = "linux")]
const POPULATE: libc::c_int = libc::MAP_POPULATE;
#[cfg(not(target_os = "linux"))]
const POPULATE: libc::c_int = 0;

/// Makes pages from [`alloc_writable`] read+execute (and no longer
/// writable); `false` on failure. x86-64 keeps instruction fetches coherent
/// with earlier stores, so no cache flush is needed.
///
/// # Safety
/// `at`/`len` must be exactly a mapping made by [`alloc_writable`].
pub unsafe fn make_executable(at: *mut u8, len: usize) -> bool {
    // SAFETY: the caller guarantees the range is ours.
    unsafe {
        libc::mprotect(
            at as *mut libc::c_void,
            len,
            libc::PROT_READ | libc::PROT_EXEC,
        ) == 0
    }
}

/// The permissions (`rwx` letters, as in `/proc/self/maps`) of the mapping
/// holding `addr`; `None` if unmapped. For tests.
#[cfg(all(test, target_os = "linux"))]
pub fn protection(addr: usize) -> Option<String> {
    std::fs::read_to_string("/proc/self/maps")
        .ok()?
        .lines()
        .find_map(|line| {
            let (range, rest) = line.split_once(' ')?;
            let (start, end) = range.split_once('-')?;
            let start = usize::from_str_radix(start, 16).ok()?;
            let end = usize::from_str_radix(end, 16).ok()?;
            (start..end).contains(&addr).then(|| rest[..3].to_string())
        })
}

/// Releases a whole reservation (or a mapping made by [`alloc_writable`]).
///
/// # Safety
/// `base`/`len` must be exactly a reservation made by [`reserve`] or
/// [`alloc_writable`], no longer used.
pub unsafe fn release(base: *mut u8, len: usize) {
    // SAFETY: the caller guarantees the mapping is ours and unused.
    unsafe {
        libc::munmap(base as *mut libc::c_void, len);
    }
}

const SIGNALS: [libc::c_int; 3] = [libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE];

/// The actions that were installed before ours, per signal of [`SIGNALS`],
/// for faults that are not ours. Each points to a leaked, never-modified
/// `sigaction` (a handler running concurrently may still read an old one).
static PREVIOUS: [AtomicPtr<libc::sigaction>; 3] =
    [const { AtomicPtr::new(std::ptr::null_mut()) }; 3];
/// Serializes (re)installation.
static INSTALL: Mutex<()> = Mutex::new(());
/// Set while a fault that is not ours is handed to the previous handler
/// (see `handler`).
static CHAINING: AtomicBool = AtomicBool::new(false);

/// Puts the fault handler in front for each signal whose current action is
/// not ours (the first time, and again after another library, such as
/// Python's `faulthandler.enable()` or `disable()`, replaced it); the
/// replaced action becomes the one faults outside wasm are handed to.
/// Cheap when nothing changed: three `sigaction` reads.
pub fn install_fault_handler() {
    let _guard = INSTALL.lock().unwrap_or_else(|e| e.into_inner());
    for (i, &sig) in SIGNALS.iter().enumerate() {
        // SAFETY: sigaction with a null new action only reads the current
        // one; ours is installed with a valid function pointer after the
        // action it replaces is published for it.
        unsafe {
            let mut current: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(sig, std::ptr::null(), &mut current) != 0
                || current.sa_sigaction == handler as *const () as usize
            {
                continue;
            }
            PREVIOUS[i].store(Box::into_raw(Box::new(current)), Ordering::SeqCst);
            let mut act: libc::sigaction = std::mem::zeroed();
            act.sa_sigaction = handler as *const () as usize;
            act.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK | libc::SA_NODEFER;
            libc::sigemptyset(&mut act.sa_mask);
            libc::sigaction(sig, &act, std::ptr::null_mut());
        }
    }
}

extern "C" fn handler(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: the kernel passes a valid ucontext_t for SA_SIGINFO handlers.
    let uc = unsafe { &mut *(ctx as *mut libc::ucontext_t) };
    let gregs = &mut uc.uc_mcontext.gregs;
    // The trap stub's inputs: the code in eax, the faulting pc in edx.
    #[cfg(target_arch = "x86_64")]
    let (pc_reg, code_reg, arg_reg) = (libc::REG_RIP, libc::REG_RAX, libc::REG_RDX);
    #[cfg(target_arch = "x86")]
    let (pc_reg, code_reg, arg_reg) = (libc::REG_EIP, libc::REG_EAX, libc::REG_EDX);
    let pc = gregs[pc_reg as usize] as usize;
    if let Some(kind) = super::classify_fault(pc, sig == libc::SIGFPE) {
        gregs[code_reg as usize] = kind as libc::greg_t;
        gregs[arg_reg as usize] = pc as libc::greg_t;
        gregs[pc_reg as usize] = crate::runtime::stubs::stubs().trap as libc::greg_t;
        return;
    }
    // Not ours: hand over to whoever was installed before us. A handler
    // that re-raises the signal after putting its own predecessor back
    // (Python's faulthandler does, and its predecessor may be us) reaches
    // us again while we chain: then the default action must run, so that
    // the process ends as it would have without us instead of looping.
    if CHAINING.swap(true, Ordering::SeqCst) {
        // SAFETY: resetting a signal's action is async-signal-safe.
        unsafe { libc::signal(sig, libc::SIG_DFL) };
        return;
    }
    let i = SIGNALS.iter().position(|&x| x == sig).unwrap_or(0);
    let prev = PREVIOUS[i].load(Ordering::SeqCst);
    // SAFETY: non-null entries point to leaked, never-modified sigactions.
    match unsafe { prev.as_ref() } {
        Some(prev) if prev.sa_sigaction != libc::SIG_DFL && prev.sa_sigaction != libc::SIG_IGN => {
            if prev.sa_flags & libc::SA_SIGINFO != 0 {
                // SAFETY: calling the previous SA_SIGINFO handler with our
                // arguments.
                let f: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) =
                    unsafe { std::mem::transmute(prev.sa_sigaction) };
                f(sig, info, ctx);
            } else {
                // SAFETY: calling the previous plain handler.
                let f: extern "C" fn(libc::c_int) =
                    unsafe { std::mem::transmute(prev.sa_sigaction) };
                f(sig);
            }
        }
        _ => {
            // SAFETY: restore the default action and return; the faulting
            // instruction re-executes and the default action (core dump)
            // runs.
            unsafe { libc::signal(sig, libc::SIG_DFL) };
        }
    }
    CHAINING.store(false, Ordering::SeqCst);
}

/// Room kept between the lowest wasm frame and the end of the thread's
/// stack, for the trap exit, host functions called from wasm (a Python
/// host function runs the interpreter there) and the trampolines between
/// them: half of the stack, at least 64 KiB and at most 1 MiB. On small
/// thread stacks (256 KiB to 1 MiB) a host function called from wasm at its
/// deepest keeps 128 to 512 KiB, as much as wasm itself may use.
fn stack_reserve(size: usize) -> usize {
    (size / 2).clamp(64 << 10, 1 << 20)
}

/// The lowest address wasm frames may reach on this thread: the end of the
/// thread's stack (from `pthread_getattr_np`, cached per thread) plus
/// [`stack_reserve`]; 0 when unknown. The store clamps its stack limit to
/// it, so a thread whose stack is smaller than `max_wasm_stack` gets a
/// `StackOverflow` trap rather than a fault past its guard page.
pub fn stack_floor() -> usize {
    thread_local! {
        static FLOOR: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
    }
    FLOOR.with(|f| {
        if let Some(v) = f.get() {
            return v;
        }
        let v = thread_stack().map_or(0, |(low, size)| low.saturating_add(stack_reserve(size)));
        f.set(Some(v));
        v
    })
}

#[cfg(target_os = "linux")]
/// The lowest address and the size of this thread's stack.
fn thread_stack() -> Option<(usize, usize)> {
    // SAFETY: `attr` is initialized by pthread_getattr_np before it is read
    // and destroyed once; `addr`/`size` are plain out-parameters.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return None;
        }
        let mut addr = std::ptr::null_mut();
        let mut size = 0;
        let rc = libc::pthread_attr_getstack(&attr, &mut addr, &mut size);
        libc::pthread_attr_destroy(&mut attr);
        (rc == 0 && !addr.is_null()).then_some((addr as usize, size))
    }
}

#[cfg(not(target_os = "linux"))]
fn thread_stack() -> Option<(usize, usize)> {
    None
}

/// Makes sure the thread's stack is usable down to `limit` (nothing to do:
/// Linux grows the main thread's stack on demand and other threads' stacks
/// are fully mapped).
pub fn ensure_stack_committed(_limit: usize) {}
