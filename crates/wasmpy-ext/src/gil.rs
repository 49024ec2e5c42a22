//! The GIL across a wasm call: released by the call from Python
//! ([`detach`]), taken back by each host function wasm calls ([`attach`]).
//!
//! ```text
//!   Python thread, GIL held
//!     Func.__call__ --detach: PyEval_SaveThread, tstate kept here--> wasm
//!                                                                    | call of a host function
//!     host callable <--attach: PyEval_RestoreThread(tstate)----------+
//!                   --         PyEval_SaveThread------------------> wasm ...
//! ```
//!
//! pyo3's `Python::attach` would find the thread's state again through
//! `PyGILState_Ensure` (a thread-specific-storage look-up and checks) and
//! keep its own bookkeeping (attach count, a check for the interpreter's
//! initialization, the deferred reference pool's lock) on each host call;
//! the wasm call that released the GIL already knows the thread state, so
//! a host call of the same thread takes the GIL back with
//! `PyEval_RestoreThread` alone (the C API's pair of `PyEval_SaveThread`;
//! CPython `Python/ceval_gil.c`).
//!
//! Inside [`attach`]'s closure pyo3's attach count stays what `detach` set
//! (zero): a nested `Python::attach` takes the `PyGILState_Ensure` path,
//! which sees the GIL held by this thread and only counts, and a `Py<T>`
//! dropped there is released through pyo3's deferred pool (when the outer
//! call retakes the GIL), as from any thread pyo3 does not know attached.

use std::cell::Cell;
use std::ptr::null_mut;

use pyo3::ffi;
use pyo3::marker::Ungil;
use pyo3::prelude::*;

thread_local! {
    /// The thread state a wasm call of this thread released the GIL of
    /// ([`detach`]); null while the GIL is held (or no wasm call runs).
    static DETACHED: Cell<*mut ffi::PyThreadState> = const { Cell::new(null_mut()) };
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

/// Runs `f` with the GIL held: taken back with `PyEval_RestoreThread` when
/// this thread released it in [`detach`] (and released again after, also
/// when `f` panics), else through `Python::attach`.
#[inline(always)]
pub fn attach<R>(f: impl for<'py> FnOnce(Python<'py>) -> R) -> R {
    let tstate = DETACHED.replace(null_mut());
    if tstate.is_null() {
        return Python::attach(f);
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
