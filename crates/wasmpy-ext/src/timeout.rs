//! `timeout=`: one timer thread for the whole process.
//!
//! A call (or an instantiation) with a timeout arms a [`Deadline`]: an entry
//! in a process-wide list that one lazily started thread watches. When an
//! entry's time comes, the thread interrupts its store (through the store's
//! `InterruptHandle`, like `interrupt()`). The thread fires entries and
//! [`Deadline`]'s `Drop` removes them under the same lock, so once the call
//! has dropped its deadline (which it does while it still holds the store,
//! see `func::run_in_store`) the timer can no longer interrupt that store:
//! a late timer never stops another call.
//!
//! A fork child has no timer thread: [`after_fork_in_child`] marks it
//! missing, and the child's first deadline starts one (see `fork.rs`).

use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::sync::{Condvar, Mutex, MutexGuard, OnceLock, PoisonError};
use std::time::{Duration, Instant};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use wasmjit::InterruptHandle;

struct Entry {
    id: u64,
    at: Instant,
    handle: InterruptHandle,
}

#[derive(Default)]
pub struct Timers {
    entries: Vec<Entry>,
    next_id: u64,
}

struct Shared {
    timers: Mutex<Timers>,
    wake: Condvar,
    /// Whether this process has the timer thread (started by the first
    /// [`Deadline::arm`]; a fork child has none until it arms one).
    started: AtomicBool,
}

static SHARED: OnceLock<Shared> = OnceLock::new();

fn shared() -> &'static Shared {
    SHARED.get_or_init(|| Shared {
        timers: Mutex::new(Timers::default()),
        wake: Condvar::new(),
        started: AtomicBool::new(false),
    })
}

fn lock(s: &Shared) -> MutexGuard<'_, Timers> {
    s.timers.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The timer list locked for a `fork()` (the timer thread holds it only
/// between two waits), so that the child's copy is not left locked by a
/// thread the child does not have; `None` before the first deadline. The
/// parent drops it after the fork; the child passes it to
/// [`after_fork_in_child`].
pub fn before_fork() -> Option<MutexGuard<'static, Timers>> {
    SHARED.get().map(lock)
}

/// In a fork child (a single thread): the timer thread is missing, so
/// the next deadline starts one (and it fires the deadlines inherited
/// from the parent's calls too, which only interrupt their stores).
pub fn after_fork_in_child(guard: MutexGuard<'static, Timers>) {
    shared().started.store(false, SeqCst);
    drop(guard);
}

/// The timer thread: sleeps until the earliest deadline, interrupts its
/// store, forgets it.
fn run() {
    let s = shared();
    let mut timers = lock(s);
    loop {
        let now = Instant::now();
        timers.entries.retain(|e| {
            if e.at <= now {
                e.handle.interrupt();
                false
            } else {
                true
            }
        });
        timers = match timers.entries.iter().map(|e| e.at).min() {
            None => s.wake.wait(timers).unwrap_or_else(PoisonError::into_inner),
            Some(at) => {
                s.wake
                    .wait_timeout(timers, at.saturating_duration_since(now))
                    .unwrap_or_else(PoisonError::into_inner)
                    .0
            }
        };
    }
}

/// An armed timeout; dropping it disarms it (after which it never fires).
pub struct Deadline {
    id: u64,
}

impl Deadline {
    /// Interrupts `handle`'s store after `after`, unless dropped first.
    pub fn arm(handle: &InterruptHandle, after: Duration) -> Option<Deadline> {
        // A deadline past what `Instant` can represent never comes.
        let at = Instant::now().checked_add(after)?;
        let s = shared();
        let mut timers = lock(s);
        if !s.started.swap(true, SeqCst) {
            std::thread::Builder::new()
                .name("wasmpy-timeouts".into())
                .spawn(run)
                .expect("cannot start the wasmpy timeout thread");
        }
        let id = timers.next_id;
        timers.next_id += 1;
        timers.entries.push(Entry {
            id,
            at,
            handle: handle.clone(),
        });
        drop(timers);
        s.wake.notify_one();
        Some(Deadline { id })
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        let mut timers = lock(shared());
        timers.entries.retain(|e| e.id != self.id);
    }
}

/// The `timeout=` argument (seconds, `float` or `None`) as a duration:
/// `None` for no timeout, also for one too long to represent (`1e300`,
/// `inf`: it never comes).
///
/// Raises `ValueError` for a negative or NaN timeout.
pub fn parse(timeout: Option<f64>) -> PyResult<Option<Duration>> {
    match timeout {
        None => Ok(None),
        Some(t) if t.is_nan() || t < 0.0 => Err(PyValueError::new_err(format!(
            "timeout must be a number of seconds >= 0, not {t}"
        ))),
        Some(t) => Ok(Duration::try_from_secs_f64(t).ok()),
    }
}
