//! The Python objects a store refers to (the callables of its host
//! functions, the objects behind its `externref`s), made visible to Python's
//! cyclic garbage collector.
//!
//! A host function's callable often refers back to the instance that
//! imports it (a bound method, a closure over the module, an AssemblyScript
//! module's `env.abort`). That cycle runs through the Rust store, which
//! Python's GC cannot see into, so without help it is never collected and
//! each instance keeps its memory reservations for the life of the process.
//!
//! Every store therefore has one Python object, its [`StoreRefs`], that owns
//! the callables (each in a [`PySlot`] that the engine's host
//! function closure shares) and reports them from `__traverse__`. Every
//! Python object that keeps the store alive (an `Instance`, `Func`,
//! `Memory`, `Global`, `Table`, `AsRuntime`) holds one strong reference to
//! the `StoreRefs` (inside its `SharedStore`) and reports it from its own
//! `__traverse__`:
//!
//! ```text
//!   Instance ──> SharedStore ──> StoreRefs ──> slot ──> callable ──┐
//!      ^            │ (Arc)                                          │
//!      │            └──> Store (engine) ── host fn closure ──> slot   │
//!      └─────────────────────────── (refers back) ───────────────────┘
//! ```
//!
//! So the GC sees the whole cycle; when it is unreachable, `StoreRefs`'s
//! `__clear__` drops the callables, which frees the instance, whose drop
//! frees the store and its memories. A host function whose callable was
//! cleared (only reachable from finalizers running during collection)
//! raises `RuntimeError` when called.

use std::cell::UnsafeCell;
use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::{PyTraverseError, PyVisit};

/// One Python object a store refers to (a host function's callable, an
/// `externref`'s object); empty once the GC cleared it.
pub struct PySlot(UnsafeCell<Option<Py<PyAny>>>);

// SAFETY: the cell is only read or written with the GIL held (host calls
// take it before `get`; `__traverse__`/`__clear__` run inside the GC, which
// holds it; `StoreRefs::adopt` takes a `Python` token), so accesses never
// overlap.
unsafe impl Sync for PySlot {}
// SAFETY: as above; `Py` itself is `Send`.
unsafe impl Send for PySlot {}

impl PySlot {
    /// The object, unless the GC cleared it.
    ///
    /// Borrowed: the slot is only emptied by `StoreRefs.__clear__`, which
    /// the GC runs only when no Python object can reach the store, so never
    /// while a call into the store (which holds it) uses the object.
    pub fn get<'a, 'py>(&'a self, py: Python<'py>) -> Option<&'a Bound<'py, PyAny>> {
        // SAFETY: the GIL is held (`py`), see the `Sync` impl.
        unsafe { &*self.0.get() }.as_ref().map(|c| c.bind(py))
    }
}

/// The Python objects a store owns (see the module docs).
#[pyclass(frozen, module = "wasmpy._native", name = "_StoreRefs")]
pub struct StoreRefs {
    slots: UnsafeCell<Vec<Arc<PySlot>>>,
}

// SAFETY: `slots` is only accessed with the GIL held (`adopt` takes a
// `Python` token; `__traverse__`/`__clear__` run inside the GC).
unsafe impl Sync for StoreRefs {}

impl StoreRefs {
    /// A new, empty set, as a Python object.
    pub fn new(py: Python<'_>) -> PyResult<Py<StoreRefs>> {
        Py::new(
            py,
            StoreRefs {
                slots: UnsafeCell::new(Vec::new()),
            },
        )
    }

    /// Takes ownership of `obj` for the store; returns the slot the store
    /// reads it from.
    pub fn adopt(&self, _py: Python<'_>, obj: Py<PyAny>) -> Arc<PySlot> {
        let slot = Arc::new(PySlot(UnsafeCell::new(Some(obj))));
        // SAFETY: the GIL is held (`_py`).
        unsafe { &mut *self.slots.get() }.push(slot.clone());
        slot
    }

    /// Lets go of the objects only this set still refers to (their host
    /// functions and `externref`s were freed by a collection, `roots.rs`).
    pub fn prune(&self, _py: Python<'_>) {
        // SAFETY: the GIL is held (`_py`). The dropped objects are taken
        // out first and released after, so a finalizer they run (which may
        // adopt, or trigger the GC's `__traverse__`) sees a consistent set.
        let slots = unsafe { &mut *self.slots.get() };
        let (kept, dropped): (Vec<_>, Vec<_>) = std::mem::take(slots)
            .into_iter()
            .partition(|s| Arc::strong_count(s) > 1);
        *slots = kept;
        drop(dropped);
    }
}

#[pymethods]
impl StoreRefs {
    fn __traverse__(&self, visit: PyVisit<'_>) -> Result<(), PyTraverseError> {
        // SAFETY: called by the GC, which holds the GIL.
        for slot in unsafe { &*self.slots.get() } {
            // SAFETY: as above.
            if let Some(c) = unsafe { &*slot.0.get() } {
                visit.call(c)?;
            }
        }
        Ok(())
    }

    fn __clear__(&self) {
        // SAFETY: called by the GC, which holds the GIL. The callables are
        // taken out first and dropped after, so a finalizer they run sees
        // consistent (empty) slots.
        let taken: Vec<Option<Py<PyAny>>> = unsafe { &*self.slots.get() }
            .iter()
            .map(|slot| unsafe { (*slot.0.get()).take() })
            .collect();
        drop(taken);
    }
}
