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

use std::sync::{Condvar, Mutex, OnceLock, PoisonError};
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
struct Timers {
    entries: Vec<Entry>,
    next_id: u64,
}

struct Shared {
    timers: Mutex<Timers>,
    wake: Condvar,
}

fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| {
        std::thread::Builder::new()
            .name("wasmpy-timeouts".into())
            .spawn(run)
            .expect("cannot start the wasmpy timeout thread");
        Shared {
            timers: Mutex::new(Timers::default()),
            wake: Condvar::new(),
        }
    })
}

/// The timer thread: sleeps until the earliest deadline, interrupts its
/// store, forgets it.
fn run() {
    let s = shared();
    let mut timers = s.timers.lock().unwrap_or_else(PoisonError::into_inner);
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
        let mut timers = s.timers.lock().unwrap_or_else(PoisonError::into_inner);
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
        let s = shared();
        let mut timers = s.timers.lock().unwrap_or_else(PoisonError::into_inner);
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
