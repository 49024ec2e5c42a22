//! `os.fork()` and the extension's helper threads.
//!
//! A fork child has only the thread that forked: not the GIL ticker
//! (`gil.rs`) nor the timer thread (`timeout.rs`), which the parent
//! started once. The `pthread_atfork` handlers installed at import
//! ([`install`]) lock the lists those threads share before the fork (so
//! the child's copies are not left locked by a thread it does not have)
//! and unlock them after; in the child they also mark both threads
//! missing, so that the child's first long call starts a ticker and its
//! first `timeout=` a timer thread of its own.

use std::cell::RefCell;
use std::sync::MutexGuard;

use crate::gil;
use crate::timeout::{self, Timers};

/// The locks [`prepare`] took, for [`parent`] or [`child`] to give back.
struct Held {
    ticker: Option<gil::ForkGuard>,
    timers: Option<MutexGuard<'static, Timers>>,
}

thread_local! {
    /// What [`prepare`] locked on this thread (the one that forks).
    static HELD: RefCell<Option<Held>> = const { RefCell::new(None) };
}

extern "C" fn prepare() {
    let held = Held {
        ticker: gil::before_fork(),
        timers: timeout::before_fork(),
    };
    HELD.with(|h| *h.borrow_mut() = Some(held));
}

extern "C" fn parent() {
    HELD.with(|h| h.borrow_mut().take());
}

extern "C" fn child() {
    let Some(held) = HELD.with(|h| h.borrow_mut().take()) else {
        return;
    };
    if let Some(g) = held.ticker {
        gil::after_fork_in_child(g);
    }
    if let Some(g) = held.timers {
        timeout::after_fork_in_child(g);
    }
}

/// Installs the fork handlers (once, at module import).
pub fn install() {
    // SAFETY: the three handlers are plain functions that stay valid for
    // the life of the process; `pthread_atfork` only records them.
    let rc = unsafe { libc::pthread_atfork(Some(prepare), Some(parent), Some(child)) };
    debug_assert_eq!(rc, 0, "pthread_atfork failed");
}
