//! The GIL across a wasm call.
//!
//! A call from Python runs wasm holding the GIL ([`hold`]), so a host
//! function wasm calls needs no GIL hand-over of its own ([`attach`] finds
//! it held). So that other Python threads still run, one process-wide
//! ticker thread asks every thread that runs wasm to hand the GIL over
//! once every two `sys.getswitchinterval()`s (`HAND_OVER_INTERVALS`). The
//! ticker requests a hand-over of the running store
//! (`InterruptHandle::request_hand_over`); the store's next stack-limit
//! check (a function entry or a loop header) releases the GIL and takes
//! it back ([`release`], [`reacquire`], installed as the engine's
//! `HandOver` hooks), and the wasm code goes on. WASI calls, which may
//! block, run with the GIL released by the same hooks.
//!
//! Why two intervals, not less (CPython `Python/ceval_gil.c`): a thread
//! that waits for the GIL waits on a condition for one interval at a time,
//! and only a wait that times out with no switch meanwhile sets
//! `gil_drop_request`; with it set, the next release waits until the
//! waiter has the GIL (`FORCE_SWITCHING`, as the eval loop does between
//! bytecodes). Without it, a release only signals the condition: the
//! waiter wakes, and the releasing thread, already taking the GIL back,
//! nearly always wins, and the waiter's wait starts over. Hand-overs more
//! often than once an interval (four times an interval, as first built)
//! thus never let a waiting thread ask, and it starved (0 ticks of another
//! Python thread during a 0.9 s call). Once every two intervals, the
//! waiter's wait times out between two hand-overs, even when it is woken
//! up to an interval late, and the next hand-over switches to it: a
//! waiting thread gets the GIL within about two to three intervals. The
//! period follows `sys.setswitchinterval`: read when the ticker wakes and
//! again at the first hand-over after each tick (`REREAD_INTERVAL`).
//!
//! ```text
//!   Python thread, GIL held
//!     Func.__call__ --hold: slot.running = store----------------> wasm
//!                                                                   | host call: GIL held, no hand-over
//!     host callable <--attach (assume held)-------------------------+
//!                   ----------------------------------------------> wasm loop
//!   ticker, every 2 intervals: running store.request_hand_over()      |
//!                                      check fails: PyEval_SaveThread, |
//!                                      PyEval_RestoreThread (another   |
//!                                      thread runs meanwhile) ---------> goes on
//! ```
//!
//! Instantiation (start functions) runs wasm with the GIL released
//! instead ([`detach`]), and so does every call where the engine's checks
//! cannot go on after a hand-over (`wasmjit::HAND_OVER_AT_CHECKS`: the
//! 32-bit x86 code): a host function called there takes the GIL back with
//! `PyEval_RestoreThread` on the thread state [`detach`] released (the C
//! API's pair of `PyEval_SaveThread`; CPython `Python/ceval_gil.c`), not
//! through pyo3's `Python::attach` (a `PyGILState_Ensure` and pyo3's own
//! bookkeeping per call).
//!
//! The ticker's hand-over request and the end of a call meet in each
//! thread's [`Slot`]: the ticker marks the slot busy before it reads the
//! running store and the call, after clearing it, waits until the slot is
//! not busy (both sequentially consistent: one of them sees the other), so
//! the ticker never touches a store whose call has returned.
//!
//! A fork child has no ticker thread: [`after_fork_in_child`] parks the
//! ticker and forgets the other threads' slots, and the child's first
//! long call starts a ticker thread of its own (see `fork.rs`).

use std::cell::Cell;
use std::ptr::null_mut;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU64, Ordering::Relaxed, Ordering::SeqCst};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock, PoisonError};
use std::time::Duration;

use pyo3::ffi;
use pyo3::marker::Ungil;
use pyo3::prelude::*;
use wasmjit::InterruptHandle;

thread_local! {
    /// The thread state this thread released the GIL of ([`detach`],
    /// [`release`]) while wasm runs; null while the GIL is held.
    static DETACHED: Cell<*mut ffi::PyThreadState> = const { Cell::new(null_mut()) };
    /// This thread's slot in the ticker's list (registered on first use).
    static SLOT: Registered = Registered::new();
    /// The slot of `SLOT` once registered (null before), for a fork child,
    /// which keeps only its own thread's slot ([`after_fork_in_child`]).
    static OWN: Cell<*const Slot> = const { Cell::new(std::ptr::null()) };
}

/// Runs `f` with the GIL released, as `py.detach(f)`, remembering this
/// thread's state for the host calls `f` makes ([`attach`]).
#[inline(always)]
pub fn detach<T: Ungil>(py: Python<'_>, f: impl Ungil + FnOnce() -> T) -> T {
    // SAFETY: the GIL is held (`py`), so the thread has a current state;
    // `PyEval_SaveThread` inside `detach` releases exactly this one.
    let tstate = unsafe { ffi::PyThreadState_Get() };
    let outer = DETACHED.replace(tstate);
    let r = py.detach(f);
    DETACHED.set(outer);
    r
}

/// Runs `f` (a wasm call on the store of `handle`) with the GIL held,
/// handing it over when the ticker asks (see the module docs).
#[inline(always)]
pub fn hold<T>(py: Python<'_>, handle: &InterruptHandle, f: impl FnOnce() -> T) -> T {
    SLOT.with(|r| {
        let _running = Running::enter(py, &r.0, handle);
        f()
    })
}

/// Runs `f` with the GIL held, for a host function wasm calls: taken back
/// with `PyEval_RestoreThread` when this thread released it ([`detach`],
/// [`release`]; and released again after, also when `f` panics), else
/// held already (by the [`hold`]ing call that runs the wasm code).
#[inline(always)]
pub fn attach<R>(f: impl for<'py> FnOnce(Python<'py>) -> R) -> R {
    let tstate = DETACHED.replace(null_mut());
    if tstate.is_null() {
        // SAFETY: wasm runs on this thread (it calls us), and a wasm call
        // of this extension either released the GIL (then `DETACHED` is
        // set) or holds it; so does code inside another `attach`.
        return f(unsafe { Python::assume_attached() });
    }
    struct Release(*mut ffi::PyThreadState);
    impl Drop for Release {
        fn drop(&mut self) {
            // SAFETY: the GIL was taken below by this thread with this
            // state and is held (every path out of `f` keeps it held).
            unsafe { ffi::PyEval_SaveThread() };
            DETACHED.set(self.0);
        }
    }
    // SAFETY: `tstate` is this thread's state, whose GIL `detach` released
    // and which nobody else restores (it is this thread's, and taken out
    // of `DETACHED` above).
    unsafe { ffi::PyEval_RestoreThread(tstate) };
    let _release = Release(tstate);
    // SAFETY: the GIL is held by this thread until `_release` is dropped.
    f(unsafe { Python::assume_attached() })
}

/// The engine's `HandOver::release`: releases the GIL if this thread
/// holds it for the running wasm call; returns the thread state to give
/// to [`reacquire`], or 0 when it was released already.
fn release() -> usize {
    if !DETACHED.get().is_null() {
        return 0;
    }
    // A load first: the swap (a locked write) only once per tick, not at
    // every WASI call.
    if REREAD_INTERVAL.load(Relaxed) && REREAD_INTERVAL.swap(false, Relaxed) {
        // SAFETY: as below, the GIL is held by this thread.
        ticker().read_interval(unsafe { Python::assume_attached() });
    }
    // SAFETY: wasm runs on this thread with the GIL held (see `attach`),
    // in a call of this extension: the state is this thread's.
    let tstate = unsafe { ffi::PyEval_SaveThread() };
    DETACHED.set(tstate);
    tstate as usize
}

/// The engine's `HandOver::reacquire`: takes back what [`release`] gave.
fn reacquire(token: usize) {
    if token == 0 {
        return;
    }
    let tstate = DETACHED.replace(null_mut());
    debug_assert_eq!(tstate as usize, token);
    // SAFETY: `release` released the GIL of this state on this thread.
    unsafe { ffi::PyEval_RestoreThread(tstate) };
}

/// Installs [`release`] and [`reacquire`] as the engine's hooks (at
/// module import).
pub fn install() {
    wasmjit::set_hand_over(wasmjit::HandOver { release, reacquire });
}

/// A thread that runs wasm, as the ticker sees it.
#[derive(Default)]
struct Slot {
    /// The interrupt handle of the store whose wasm runs on the thread
    /// (the innermost call), null between calls.
    running: AtomicPtr<InterruptHandle>,
    /// Set by the ticker while it reads `running` and requests.
    busy: AtomicBool,
}

/// A thread's slot, in the ticker's list while the thread lives.
struct Registered(Arc<Slot>);

impl Registered {
    fn new() -> Registered {
        let slot = Arc::new(Slot::default());
        lock(&ticker().slots).push(slot.clone());
        OWN.set(Arc::as_ptr(&slot));
        Registered(slot)
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        lock(&ticker().slots).retain(|s| !Arc::ptr_eq(s, &self.0));
    }
}

/// A call registered in its thread's slot; dropping it puts back the
/// call it interrupted (or none) and waits for the ticker to be done with
/// the store.
struct Running<'a> {
    slot: &'a Slot,
    outer: *mut InterruptHandle,
}

impl<'a> Running<'a> {
    fn enter(py: Python<'_>, slot: &'a Slot, handle: &InterruptHandle) -> Running<'a> {
        let outer = slot.running.swap(handle as *const _ as *mut _, SeqCst);
        let t = ticker();
        // After the swap: a ticker that parks looks at the slots after
        // setting `parked` (see `run`).
        if t.parked.load(SeqCst) {
            t.wake(py);
        }
        Running { slot, outer }
    }
}

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.slot.running.store(self.outer, SeqCst);
        while self.slot.busy.load(SeqCst) {
            std::hint::spin_loop();
        }
    }
}

struct Ticker {
    slots: Mutex<Vec<Arc<Slot>>>,
    /// Whether the ticker waits on `wake` (nothing ran for a while).
    parked: AtomicBool,
    park: Mutex<()>,
    wake_up: Condvar,
    /// The time between two ticks, in nanoseconds:
    /// `HAND_OVER_INTERVALS` switch intervals.
    period: AtomicU64,
    /// Whether this process has the ticker thread (started by the first
    /// [`Ticker::wake`]; a fork child has none until it wakes the ticker).
    started: AtomicBool,
}

/// Switch intervals between two hand-overs: more than one, so that a
/// waiting thread asks for the GIL between two (see the module docs).
const HAND_OVER_INTERVALS: f64 = 2.0;

/// Ticks without a running call after which the ticker parks: about a
/// second at the default interval (5 ms).
const IDLE_TICKS: u32 = 100;

static TICKER: OnceLock<Ticker> = OnceLock::new();

fn ticker() -> &'static Ticker {
    TICKER.get_or_init(|| Ticker {
        slots: Mutex::new(Vec::new()),
        parked: AtomicBool::new(true),
        park: Mutex::new(()),
        wake_up: Condvar::new(),
        period: AtomicU64::new(10_000_000),
        started: AtomicBool::new(false),
    })
}

impl Ticker {
    /// Sets `period` from `sys.getswitchinterval()` (left as it is if
    /// that fails, or while an exception is pending: a hand-over may come
    /// between a host function's error and its trap).
    #[cold]
    fn read_interval(&self, py: Python<'_>) {
        if PyErr::occurred(py) {
            return;
        }
        let interval = py
            .import("sys")
            .and_then(|sys| sys.call_method0("getswitchinterval"))
            .and_then(|v| v.extract::<f64>());
        if let Ok(s) = interval {
            let ns = (s * 1e9 * HAND_OVER_INTERVALS).clamp(1e5, 5e8) as u64;
            self.period.store(ns, SeqCst);
        }
    }

    /// Unparks the ticker (starting its thread in this process if there
    /// is none yet), with the switch interval read again.
    #[cold]
    fn wake(&self, py: Python<'_>) {
        self.read_interval(py);
        let _g = lock(&self.park);
        if !self.started.swap(true, SeqCst) {
            std::thread::Builder::new()
                .name("wasmpy-gil".into())
                .spawn(run)
                .expect("cannot start the wasmpy GIL thread");
        }
        self.parked.store(false, SeqCst);
        self.wake_up.notify_one();
    }
}

/// Set by the ticker at each tick that requests a hand-over: the next
/// hand-over ([`release`], which holds the GIL) reads the switch interval
/// again. A period left from a shorter interval than the current one
/// brought hand-overs more often than once an interval, and another
/// thread starved (0.7 s of a 1 s call at 20 ms, after calls at 5 ms).
static REREAD_INTERVAL: AtomicBool = AtomicBool::new(false);

/// The ticker's locks, held across a `fork()` ([`before_fork`]).
pub struct ForkGuard {
    slots: MutexGuard<'static, Vec<Arc<Slot>>>,
    _park: MutexGuard<'static, ()>,
}

/// Locks the ticker's lists before a `fork()` (the ticker thread holds
/// them only briefly), so that the child's copies are not left locked by
/// a thread the child does not have; `None` before the first long call.
/// The parent drops the guard after the fork; the child passes it to
/// [`after_fork_in_child`].
pub fn before_fork() -> Option<ForkGuard> {
    let t = TICKER.get()?;
    Some(ForkGuard {
        slots: lock(&t.slots),
        _park: lock(&t.park),
    })
}

/// In a fork child (a single thread): the ticker has no thread and is
/// parked, so the child's next long call starts one; the slots of the
/// parent's other threads, which the child does not have, are forgotten.
pub fn after_fork_in_child(mut guard: ForkGuard) {
    let t = ticker();
    t.started.store(false, SeqCst);
    t.parked.store(true, SeqCst);
    let own = OWN.get();
    guard.slots.retain(|s| std::ptr::eq(Arc::as_ptr(s), own));
}

/// The ticker thread: every tick, requests a hand-over of each
/// running store; parks after `IDLE_TICKS` ticks without one.
fn run() {
    let t = ticker();
    let mut idle = 0;
    loop {
        {
            let mut g = lock(&t.park);
            while t.parked.load(SeqCst) {
                g = t.wake_up.wait(g).unwrap_or_else(PoisonError::into_inner);
            }
        }
        std::thread::sleep(Duration::from_nanos(t.period.load(SeqCst)));
        let mut any = false;
        for slot in lock(&t.slots).iter() {
            slot.busy.store(true, SeqCst);
            let h = slot.running.load(SeqCst);
            if !h.is_null() {
                // SAFETY: the call that registered `h` is still running:
                // its end waits for `busy` to clear (see `Running`).
                unsafe { (*h).request_hand_over() };
                any = true;
            }
            slot.busy.store(false, SeqCst);
        }
        if any {
            REREAD_INTERVAL.store(true, Relaxed);
        }
        idle = if any { 0 } else { idle + 1 };
        if idle >= IDLE_TICKS {
            idle = 0;
            t.parked.store(true, SeqCst);
            // A call that began before `parked` was set did not wake us.
            if lock(&t.slots)
                .iter()
                .any(|s| !s.running.load(SeqCst).is_null())
            {
                t.parked.store(false, SeqCst);
            }
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}
