//! Ctrl-C while wasm runs.
//!
//! Python's own SIGINT handler only records the signal; the exception is
//! raised by the main thread between bytecodes, which never happens while
//! wasm code runs. So, when the first module is instantiated, a C-level
//! SIGINT handler is installed in front of the existing one: it interrupts
//! the stores that are running wasm on the main thread (through their
//! `InterruptHandle`s, which only store to atomics: async-signal-safe) and
//! then calls the previous handler (Python's, which records the signal).
//! The interrupted call traps with `TrapKind::Interrupt`; the caller sees that
//! a SIGINT arrived meanwhile and calls `PyErr_CheckSignals()`, which runs the
//! Python-level handler, by default raising `KeyboardInterrupt`.
//!
//! Only calls on the main thread are registered, because Python delivers
//! `KeyboardInterrupt` to the main thread only. The registry is a small
//! stack of handles that only the main thread touches: calls push and pop,
//! and the handler reads it only when it runs on the main thread (it then
//! interrupts the main thread's own code, so plain program order holds and no
//! locked instructions are needed on the call path). A SIGINT delivered to
//! another thread is forwarded to the main thread.
//!
//! If a program later installs another SIGINT handler with `signal.signal`,
//! that replaces this one at the C level; `install_sigint_handler()` puts it
//! back in front of the new one.
//!
//! On Windows Ctrl-C is not a signal: the console calls the handlers
//! registered with `SetConsoleCtrlHandler`, last registered first, on a new
//! thread of its own. The C runtime's handler, registered when Python set up
//! its SIGINT handler at startup, turns the event into SIGINT. Ours is
//! registered later (at the first instantiation), so it runs first: on
//! `CTRL_C_EVENT` it counts the Ctrl-C and interrupts the registered stores
//! as above, then returns `FALSE` so that the next handler (the C runtime's,
//! hence Python's) still runs and `KeyboardInterrupt` is raised. Because it
//! runs concurrently with the calls, the handler and the registration take
//! a lock (`REGISTRY_LOCK`), which keeps a handle alive while the handler
//! uses it; the main thread is the one `threading.main_thread()` names.

use std::sync::atomic::{compiler_fence, AtomicPtr, AtomicUsize, Ordering};
use std::sync::Mutex;

use pyo3::prelude::*;
use wasmjit::InterruptHandle;

/// Most nested main-thread calls whose stores a SIGINT interrupts.
const SLOTS: usize = 64;

static REGISTRY: [AtomicPtr<InterruptHandle>; SLOTS] =
    [const { AtomicPtr::new(std::ptr::null_mut()) }; SLOTS];
static DEPTH: AtomicUsize = AtomicUsize::new(0);
/// SIGINTs seen by the handler so far.
static SIGINTS: AtomicUsize = AtomicUsize::new(0);

/// The handler that was installed before ours (called after ours).
#[cfg(unix)]
static PREVIOUS: AtomicPtr<libc::sigaction> = AtomicPtr::new(std::ptr::null_mut());
static INSTALL: Mutex<()> = Mutex::new(());

/// Windows: held by the console handler while it reads the registry and by
/// calls while they change it (the handler runs on its own thread).
#[cfg(windows)]
static REGISTRY_LOCK: Mutex<()> = Mutex::new(());

/// Locks the registry against a concurrently running handler: a real lock
/// on Windows; nothing on Unix, where the handler interrupts the main
/// thread itself and program order suffices.
fn lock_registry() -> impl Sized {
    #[cfg(windows)]
    {
        REGISTRY_LOCK.lock().unwrap_or_else(|e| e.into_inner())
    }
}

thread_local! {
    static MAIN_THREAD: bool = is_main_thread();
}

#[cfg(unix)]
fn is_main_thread() -> bool {
    // SAFETY: gettid/getpid have no preconditions.
    unsafe { libc::gettid() == libc::getpid() }
}

/// Whether this is the thread `threading.main_thread()` names (the one
/// Python raises `KeyboardInterrupt` in); `false` if Python cannot tell.
#[cfg(windows)]
fn is_main_thread() -> bool {
    Python::attach(|py| {
        let threading = py.import("threading")?;
        let main = threading.call_method0("main_thread")?;
        let current = threading.call_method0("current_thread")?;
        PyResult::Ok(main.is(&current))
    })
    .unwrap_or(false)
}

/// The number of SIGINTs seen so far; compare before and after a call.
pub fn sigint_count() -> usize {
    compiler_fence(Ordering::SeqCst);
    SIGINTS.load(Ordering::Relaxed)
}

/// Registration of a running call's store; dropping it deregisters.
pub struct Registration {
    depth: usize,
}

/// Registers `handle` for interruption by SIGINT while the returned value
/// lives, if this is the main thread (else `None`).
pub fn register(handle: &InterruptHandle) -> Option<Registration> {
    if !MAIN_THREAD.with(|m| *m) {
        return None;
    }
    let _lock = lock_registry();
    let depth = DEPTH.load(Ordering::Relaxed);
    if depth >= SLOTS {
        return None;
    }
    REGISTRY[depth].store(handle as *const _ as *mut _, Ordering::Relaxed);
    // The handler runs on this thread, between two of its instructions:
    // only the compiler must keep the slot written before the depth.
    compiler_fence(Ordering::SeqCst);
    DEPTH.store(depth + 1, Ordering::Relaxed);
    Some(Registration { depth })
}

impl Drop for Registration {
    fn drop(&mut self) {
        let _lock = lock_registry();
        DEPTH.store(self.depth, Ordering::Relaxed);
        compiler_fence(Ordering::SeqCst);
        REGISTRY[self.depth].store(std::ptr::null_mut(), Ordering::Relaxed);
    }
}

#[cfg(unix)]
extern "C" fn on_sigint(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: getpid, gettid and tgkill are async-signal-safe.
    let (pid, tid) = unsafe { (libc::getpid(), libc::gettid()) };
    if pid != tid {
        // Not the main thread: let the main thread handle it (and chain).
        // SAFETY: see above; the main thread's id is the process id.
        unsafe { libc::syscall(libc::SYS_tgkill, pid, pid, sig) };
        return;
    }
    SIGINTS.fetch_add(1, Ordering::Relaxed);
    compiler_fence(Ordering::SeqCst);
    let depth = DEPTH.load(Ordering::Relaxed).min(SLOTS);
    for slot in &REGISTRY[..depth] {
        let h = slot.load(Ordering::Relaxed);
        if !h.is_null() {
            // SAFETY: a registered handle lives until its `Registration` is
            // dropped on this (main) thread, which clears the depth first;
            // this handler interrupted the main thread, so the slot is
            // live. `interrupt` only stores to atomics (async-signal-safe).
            unsafe { (*h).interrupt() };
        }
    }
    let prev = PREVIOUS.load(Ordering::SeqCst);
    if prev.is_null() {
        return;
    }
    // SAFETY: PREVIOUS points to a leaked, never-modified sigaction.
    let prev = unsafe { &*prev };
    let handler = prev.sa_sigaction;
    if handler == libc::SIG_IGN {
        return;
    }
    if handler == libc::SIG_DFL {
        // The default action of SIGINT terminates the process: restore it
        // and re-raise.
        // SAFETY: resetting a signal's disposition and raising it are
        // async-signal-safe.
        unsafe {
            libc::signal(sig, libc::SIG_DFL);
            libc::raise(sig);
        }
        return;
    }
    if prev.sa_flags & libc::SA_SIGINFO != 0 {
        // SAFETY: with SA_SIGINFO the handler has the three-argument form.
        let f: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) =
            unsafe { std::mem::transmute(handler) };
        f(sig, info, ctx);
    } else {
        // SAFETY: without SA_SIGINFO the handler has the one-argument form.
        let f: extern "C" fn(libc::c_int) = unsafe { std::mem::transmute(handler) };
        f(sig);
    }
}

/// Installs the C-level SIGINT handler in front of the current one, unless
/// it is already the current one. Returns whether it was (re)installed.
///
/// # Errors
/// `OSError` when `sigaction` fails.
#[cfg(unix)]
#[pyfunction]
pub fn install_sigint_handler() -> PyResult<bool> {
    let _guard = INSTALL.lock().unwrap_or_else(|e| e.into_inner());
    // SAFETY: sigaction with valid pointers; the struct is zero-initialized
    // as the C API expects before filling.
    unsafe {
        let mut current: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(libc::SIGINT, std::ptr::null(), &mut current) != 0 {
            return Err(std::io::Error::last_os_error().into());
        }
        if current.sa_sigaction == on_sigint as *const () as usize {
            return Ok(false);
        }
        let mut ours: libc::sigaction = std::mem::zeroed();
        ours.sa_sigaction = on_sigint as *const () as usize;
        ours.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK | (current.sa_flags & libc::SA_RESTART);
        libc::sigemptyset(&mut ours.sa_mask);
        // Publish the previous handler before ours can run. The old one is
        // leaked: a handler running concurrently may still read it.
        PREVIOUS.store(Box::into_raw(Box::new(current)), Ordering::SeqCst);
        if libc::sigaction(libc::SIGINT, &ours, std::ptr::null_mut()) != 0 {
            return Err(std::io::Error::last_os_error().into());
        }
    }
    Ok(true)
}

/// The console control handler (Windows): on Ctrl-C, counts it and
/// interrupts the registered stores; always returns `FALSE` so that the
/// next handler (the C runtime's, which raises SIGINT for Python) runs too.
#[cfg(windows)]
unsafe extern "system" fn on_console_ctrl(event: u32) -> windows_sys::core::BOOL {
    if event == windows_sys::Win32::System::Console::CTRL_C_EVENT {
        let _lock = lock_registry();
        SIGINTS.fetch_add(1, Ordering::SeqCst);
        let depth = DEPTH.load(Ordering::Relaxed).min(SLOTS);
        for slot in &REGISTRY[..depth] {
            let h = slot.load(Ordering::Relaxed);
            if !h.is_null() {
                // SAFETY: a registered handle lives until its `Registration`
                // is dropped, which needs the registry lock held here.
                unsafe { (*h).interrupt() };
            }
        }
    }
    0
}

/// Installs the console control handler in front of the C runtime's (and so
/// Python's SIGINT handling), once per process. Returns whether it was
/// installed by this call (`False` when it already was).
///
/// # Errors
/// `OSError` when `SetConsoleCtrlHandler` fails.
#[cfg(windows)]
#[pyfunction]
pub fn install_sigint_handler() -> PyResult<bool> {
    static INSTALLED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    let _guard = INSTALL.lock().unwrap_or_else(|e| e.into_inner());
    if INSTALLED.load(Ordering::SeqCst) {
        return Ok(false);
    }
    // SAFETY: registers a function with the signature the console expects;
    // it stays valid for the life of the process.
    if unsafe {
        windows_sys::Win32::System::Console::SetConsoleCtrlHandler(Some(on_console_ctrl), 1)
    } == 0
    {
        return Err(std::io::Error::last_os_error().into());
    }
    INSTALLED.store(true, Ordering::SeqCst);
    Ok(true)
}
