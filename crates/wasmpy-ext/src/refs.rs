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
//! Each such object sits in a [`PySlot`], which the engine's host function
//! closure (or the `externref`) shares. The slot holds one strong reference
//! to the object for each of its *reporters*: the Python objects that report
//! it to the GC from their `__traverse__`. A reporter is either
//!
//! - a Python object holding an engine handle that reaches the slot's host
//!   function or `externref` (an `Instance`, `Func`, `Memory`, ...: its
//!   [`Share`], see `roots.rs`), as last computed by `gc.rs` at the start of
//!   a collection, from the engine's references; or
//! - the store's [`StoreRefs`] (one per store, held by every Python object
//!   of the store), for slots no handle reaches (not yet attributed, or
//!   kept only by the engine until its next collection frees them), and
//!   for every slot while wasm of the store runs (its frames hold
//!   references no handle names, so nothing finer is known).
//!
//! ```text
//!   Instance B ──share──> slot ──> callable ──> (closure) ──> Instance B
//!       │                  ^                                 (a cycle the GC sees)
//!       └── handle B ──> engine: B imports host fn ──> closure ──┘
//!   Instance A (same store, does not reach the host fn): reports nothing of it
//! ```
//!
//! So a cycle instance → store → host function → callable → instance is
//! found by the GC even while other instances keep the store alive, and a
//! callable that any live handle still reaches is reported by that
//! handle's object, so it stays. When the GC finds reporters unreachable it
//! clears them (`__clear__`): each gives back its reference, and the last
//! one empties the slot. A host function whose callable was cleared (only
//! reachable from finalizers running during that collection) raises
//! `RuntimeError` when called. A reporter freed by its reference count
//! instead hands its reference to the `StoreRefs` (another handle made
//! since the attribution may reach the slot), until the next collection
//! attributes it again or frees it.

use std::cell::UnsafeCell;
use std::sync::{Arc, Mutex, PoisonError, Weak};

use pyo3::prelude::*;
use pyo3::{PyTraverseError, PyVisit};

/// One Python object a store refers to (a host function's callable, an
/// `externref`'s object): one strong reference per reporter (see the module
/// docs); empty once the GC cleared it.
pub struct PySlot {
    refs: UnsafeCell<Vec<Py<PyAny>>>,
    /// Whether the store's `StoreRefs` is one of the reporters.
    in_store: UnsafeCell<bool>,
}

// SAFETY: the cells are only read or written with the GIL held (host calls
// take it before `get`; `__traverse__`/`__clear__` run inside the GC, which
// holds it; every other access takes a `Python` token), so accesses never
// overlap.
unsafe impl Sync for PySlot {}
// SAFETY: as above; `Py` itself is `Send`.
unsafe impl Send for PySlot {}

impl PySlot {
    /// The object, unless the GC cleared it.
    ///
    /// Borrowed: the slot is only emptied by the `__clear__` of its last
    /// reporter, which the GC runs only when no live Python object reaches
    /// the slot, so never while a call into the store (whose function
    /// object reaches it, or whose store is in use so that `StoreRefs`
    /// reports it) uses the object.
    pub fn get<'a, 'py>(&'a self, py: Python<'py>) -> Option<&'a Bound<'py, PyAny>> {
        self.refs(py).first().map(|c| c.bind(py))
    }

    #[allow(clippy::mut_from_ref)]
    fn refs(&self, _py: Python<'_>) -> &mut Vec<Py<PyAny>> {
        // SAFETY: the GIL is held (`_py`), see the `Sync` impl; callers do
        // not keep the reference across Python code.
        unsafe { &mut *self.refs.get() }
    }

    #[allow(clippy::mut_from_ref)]
    fn in_store(&self, _py: Python<'_>) -> &mut bool {
        // SAFETY: as for `refs`.
        unsafe { &mut *self.in_store.get() }
    }

    /// One reporter fewer: its reference, for the caller to drop once the
    /// slot is consistent again (dropping may run Python code).
    fn give_back(&self, py: Python<'_>) -> Option<Py<PyAny>> {
        let refs = self.refs(py);
        let r = refs.pop();
        if refs.is_empty() {
            *self.in_store(py) = false;
        }
        r
    }

    /// A reporter that leaves without being cleared (freed by its
    /// reference count): its reference goes to the store's `StoreRefs`.
    fn hand_to_store(&self, py: Python<'_>) -> Option<Py<PyAny>> {
        if self.refs(py).is_empty() {
            return None;
        }
        let in_store = self.in_store(py);
        if *in_store {
            self.refs(py).pop()
        } else {
            *in_store = true;
            None
        }
    }

    /// Makes the slot hold `reporters` references (the store's `StoreRefs`
    /// alone when 0). Never drops the object: a nonempty slot stays
    /// nonempty, so this runs no Python code.
    fn set_reporters(&self, py: Python<'_>, reporters: usize) {
        let refs = self.refs(py);
        let Some(first) = refs.first().map(|r| r.clone_ref(py)) else {
            return;
        };
        *self.in_store(py) = reporters == 0;
        let want = reporters.max(1);
        refs.truncate(want);
        while refs.len() < want {
            refs.push(first.clone_ref(py));
        }
        drop(first);
    }
}

/// The part of a store's Python objects that one handle-holding Python
/// object reports (see the module docs): its engine handle and the slots
/// attributed to it. Lives in that object's `Held` (`roots.rs`).
pub struct Share {
    pub(crate) root: wasmjit::Root,
    /// Only changed with the GIL held; a mutex so that a `Held` dropped
    /// without it can tell it has nothing to give back.
    slots: Mutex<Vec<Weak<PySlot>>>,
}

impl Share {
    pub fn new(root: wasmjit::Root) -> Share {
        Share {
            root,
            slots: Mutex::new(Vec::new()),
        }
    }

    fn take(&self) -> Vec<Weak<PySlot>> {
        std::mem::take(&mut *self.slots.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// Whether any slot is attributed to this share.
    pub fn is_empty(&self) -> bool {
        self.slots
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .is_empty()
    }

    /// Reports the attributed objects (from the holder's `__traverse__`).
    pub fn traverse(&self, visit: &PyVisit<'_>) -> Result<(), PyTraverseError> {
        // `__traverse__` holds the GIL; the lock is never held across
        // Python code.
        let slots = self.slots.lock().unwrap_or_else(PoisonError::into_inner);
        for slot in slots.iter().filter_map(Weak::upgrade) {
            // SAFETY: traversal runs with the GIL held.
            if let Some(r) = unsafe { &*slot.refs.get() }.first() {
                visit.call(r)?;
            }
        }
        Ok(())
    }

    /// Gives back this share's references (the holder's `__clear__`: the
    /// GC found it unreachable).
    pub fn clear(&self, py: Python<'_>) {
        let dropped: Vec<_> = self
            .take()
            .iter()
            .filter_map(Weak::upgrade)
            .filter_map(|s| s.give_back(py))
            .collect();
        drop(dropped);
    }

    /// Hands this share's references to the store's `StoreRefs` (the
    /// holder is freed, or the attribution is withdrawn).
    pub fn hand_to_store(&self, py: Python<'_>) {
        let dropped: Vec<_> = self
            .take()
            .iter()
            .filter_map(Weak::upgrade)
            .filter_map(|s| s.hand_to_store(py))
            .collect();
        drop(dropped);
    }
}

/// The Python objects a store owns (see the module docs).
#[pyclass(frozen, module = "wasmpy._native", name = "_StoreRefs")]
pub struct StoreRefs {
    slots: UnsafeCell<Vec<Arc<PySlot>>>,
}

// SAFETY: `slots` is only accessed with the GIL held (methods take a
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

    #[allow(clippy::mut_from_ref)]
    fn slots(&self, _py: Python<'_>) -> &mut Vec<Arc<PySlot>> {
        // SAFETY: the GIL is held (`_py`); callers do not keep the
        // reference across Python code.
        unsafe { &mut *self.slots.get() }
    }

    /// Takes ownership of `obj` for the store (reported by this set until
    /// a collection attributes it); returns the slot the store reads it
    /// from.
    pub fn adopt(&self, py: Python<'_>, obj: Py<PyAny>) -> Arc<PySlot> {
        let slot = Arc::new(PySlot {
            refs: UnsafeCell::new(vec![obj]),
            in_store: UnsafeCell::new(true),
        });
        self.slots(py).push(slot.clone());
        slot
    }

    /// Lets go of the objects of slots the engine no longer uses (their
    /// host functions and `externref`s were freed by a collection,
    /// `roots.rs`: only this set still holds the slot).
    pub fn prune(&self, py: Python<'_>) {
        // The dropped objects are taken out first and released after, so a
        // finalizer they run (which may adopt, or trigger the GC's
        // `__traverse__`) sees a consistent set.
        let (kept, dropped): (Vec<_>, Vec<_>) = std::mem::take(self.slots(py))
            .into_iter()
            .partition(|s| Arc::strong_count(s) > 1);
        *self.slots(py) = kept;
        let objects: Vec<Vec<Py<PyAny>>> = dropped
            .iter()
            .map(|s| {
                *s.in_store(py) = false;
                std::mem::take(s.refs(py))
            })
            .collect();
        drop(dropped);
        drop(objects);
    }

    /// Whether the store has no Python objects.
    pub fn is_empty(&self, py: Python<'_>) -> bool {
        self.slots(py).is_empty()
    }

    /// Attributes the slots: `shares[i]` reports `reached[i]` (each slot
    /// of the store at most once per share); slots no share reaches go to
    /// this set, and their number is returned. Runs no Python code (no
    /// object is freed).
    pub fn attribute(
        &self,
        py: Python<'_>,
        shares: &[Arc<Share>],
        reached: Vec<Vec<Arc<PySlot>>>,
    ) -> usize {
        let mut counts: std::collections::HashMap<*const PySlot, usize> = Default::default();
        for slots in &reached {
            for s in slots {
                *counts.entry(Arc::as_ptr(s)).or_insert(0) += 1;
            }
        }
        let mut unreached = 0;
        for s in self.slots(py).iter() {
            let n = counts.get(&Arc::as_ptr(s)).copied().unwrap_or(0);
            unreached += usize::from(n == 0 && !s.refs(py).is_empty());
            s.set_reporters(py, n);
        }
        for (share, slots) in shares.iter().zip(reached) {
            *share.slots.lock().unwrap_or_else(PoisonError::into_inner) =
                slots.iter().map(Arc::downgrade).collect();
        }
        unreached
    }
}

#[pymethods]
impl StoreRefs {
    fn __traverse__(&self, visit: PyVisit<'_>) -> Result<(), PyTraverseError> {
        // SAFETY: called by the GC, which holds the GIL.
        for slot in unsafe { &*self.slots.get() } {
            // SAFETY: as above.
            if unsafe { *slot.in_store.get() } {
                if let Some(c) = unsafe { &*slot.refs.get() }.first() {
                    visit.call(c)?;
                }
            }
        }
        Ok(())
    }

    fn __clear__(&self) {
        // Called by the GC, which holds the GIL. The references are taken
        // out first and dropped after, so a finalizer they run sees
        // consistent slots.
        Python::attach(|py| {
            let taken: Vec<Py<PyAny>> = self
                .slots(py)
                .clone()
                .iter()
                .filter(|s| *s.in_store(py))
                .filter_map(|s| s.give_back(py))
                .collect();
            drop(taken);
        });
    }
}

impl Drop for StoreRefs {
    fn drop(&mut self) {
        // Every object of the store is going (nothing can reach the store
        // any more): its slots may outlive this set in engine closures
        // dropped later, perhaps without the GIL, so empty them now.
        Python::attach(|py| {
            let taken: Vec<Vec<Py<PyAny>>> = self
                .slots(py)
                .iter()
                .map(|s| std::mem::take(s.refs(py)))
                .collect();
            drop(taken);
        });
    }
}
