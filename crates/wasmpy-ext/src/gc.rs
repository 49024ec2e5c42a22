//! Python's cyclic GC and the stores: at the start of every collection
//! (`gc.callbacks`), each store used since the last one is collected and its
//! Python objects are attributed to the Python objects whose engine handles
//! reach them (see `refs.rs`), so the GC sees cycles that run through a
//! shared store.
//!
//! ```text
//!  gc starts ─> for each store with Python objects used since the last
//!  collection:
//!     youngest generation, no handle held since the last attribution
//!       └─> nothing (every holder is older: none is cleared now)
//!     locked by another thread (its wasm runs: no reading it)
//!       └─> every slot reported by the store's StoreRefs
//!     lent to this thread (the collection started in one of its host
//!     functions, its wasm suspended) ─> attribute, without collecting
//!     free ─> attribute; slots no handle reaches? ─> Store::collect(roots),
//!             free the garbage, prune (may run Python code), attribute again
//!  attribute: Store::reaches(each holder's handle) ─> each holder reports
//!     the slots its handle reaches; slots none reaches: the StoreRefs
//!     (runs no Python code)
//! ```
//!
//! Python's GC does not know that an instance holds 8 GiB of address
//! space, so a few hundred garbage cycles may wait for the next collection;
//! an instantiation that cannot reserve a memory collects and tries once
//! more (`instance.rs`).
//!
//! The attribution then holds for the whole collection: nothing changes a
//! store's references while the GC runs, except Python code run by
//! finalizers during it (a finalizer that calls wasm which stores a
//! function into a table another instance reaches may see that function's
//! callable cleared: `RuntimeError` when called). The cost per collection
//! is a trace of each store used since the last one per distinct instance
//! holding handles in it (`benches/python/lifetimes.py` loops; a loop of
//! quick calls allocating Python objects, store of 3,000 functions and
//! table elements: 0.98-1.14x of the time without the callback, load 7, young collections
//! skipping stores that only saw calls).

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError, TryLockError, Weak};

use pyo3::prelude::*;

use crate::refs::{PySlot, Share, StoreRefs};
use crate::roots::lock;
use crate::store::StoreCell;

/// Stores attributed, and stores found in use (all handed to their
/// `StoreRefs`), by collections so far (for `_gc_stats`).
static ATTRIBUTED: AtomicUsize = AtomicUsize::new(0);
static IN_USE: AtomicUsize = AtomicUsize::new(0);

/// `_gc_stats() -> (int, int, int)`: how many times the collection
/// callback attributed a store's Python objects, how many times it found a
/// store in use (so that its `StoreRefs` reported all of them), and the
/// number of stores alive; for tests.
#[pyfunction]
pub fn _gc_stats() -> (usize, usize, usize) {
    let live = stores().values().filter(|w| w.strong_count() > 0).count();
    (
        ATTRIBUTED.load(Ordering::Relaxed),
        IN_USE.load(Ordering::Relaxed),
        live,
    )
}

/// Every store alive, by address (a store's `Drop` takes its entry out, so
/// that no `Weak` keeps a freed store's allocation).
static STORES: Mutex<BTreeMap<usize, Weak<StoreCell>>> = Mutex::new(BTreeMap::new());

fn stores() -> std::sync::MutexGuard<'static, BTreeMap<usize, Weak<StoreCell>>> {
    STORES.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Makes `cell` known to the collection callback.
pub fn register(cell: &Arc<StoreCell>) {
    stores().insert(Arc::as_ptr(cell) as usize, Arc::downgrade(cell));
}

/// Forgets the store at `addr` (from its `Drop`).
pub fn unregister(addr: usize) {
    stores().remove(&addr);
}

/// `_gc_callback(phase, info)`: the entry `wasmpy` puts in `gc.callbacks`;
/// at `"start"` attributes the Python objects of every store used since the
/// last collection (see the module docs). Never raises.
#[pyfunction]
pub fn _gc_callback(py: Python<'_>, phase: String, info: &Bound<'_, PyAny>) {
    if phase != "start" {
        return;
    }
    let young = info
        .get_item("generation")
        .and_then(|g| g.extract::<u32>())
        .is_ok_and(|g| g == 0);
    let cells: Vec<Arc<StoreCell>> = stores().values().filter_map(Weak::upgrade).collect();
    // A strong reference to each store's `StoreRefs` first: the cells are
    // alive, so their `StoreRefs` are (see `WeakStore::upgrade`), and the
    // Python code that collecting one store runs may free another.
    let stores: Vec<(Arc<StoreCell>, Py<StoreRefs>)> = cells
        .into_iter()
        .filter(|c| c.take_dirty())
        .filter_map(|c| Some((c.clone(), c.store_refs(py)?)))
        .collect();
    for (cell, objects) in &stores {
        attribute(py, cell, objects.get(), young);
    }
}

/// Attributes the Python objects of the store of `cell` (none: nothing to
/// do); when some are reached by no handle (garbage of the engine, kept by
/// `objects` until the store is collected) and the store is free, collects
/// it and attributes again. When another thread uses the store, hands them
/// all to `objects` (and leaves the store marked used, for the next
/// collection).
///
/// A store lent to this thread (the collection started inside one of its
/// host functions, its wasm suspended meanwhile) is attributed too, though
/// not collected: what the suspended frames hold and no handle reaches
/// stays with `objects`; a reference a frame holds that only an
/// unreachable holder also reaches (a function read from a table into a
/// local, the table cleared since) loses its object: calling it raises
/// `RuntimeError` (see `refs.rs`).
fn attribute(py: Python<'_>, cell: &Arc<StoreCell>, objects: &StoreRefs, young: bool) {
    if objects.is_empty(py) {
        return;
    }
    if young && !cell.take_new_holders() {
        // No handle held since the last attribution (only calls, say): the
        // holders are all older than the youngest generation, so this
        // collection clears none of them, and every slot they report is
        // reached from outside it whatever the engine's references are
        // now. The next older collection attributes the store again.
        cell.touch();
        return;
    }
    let lent = crate::store::lent(Arc::as_ptr(cell) as usize);
    let unreached = match attribute_once(py, cell, objects, lent) {
        Some(n) => n,
        None => return,
    };
    if unreached > 0 && lent.is_none() && crate::roots::collect(cell, true) {
        // Pruning may run Python code (finalizers): attribute afresh.
        objects.prune(py);
        attribute_once(py, cell, objects, None);
    }
}

/// One attribution (see [`attribute`]); the number of slots no handle
/// reaches, `None` when the store is in use by another thread (then every
/// slot goes to `objects`).
fn attribute_once(
    py: Python<'_>,
    cell: &StoreCell,
    objects: &StoreRefs,
    lent: Option<*mut wasmjit::Store>,
) -> Option<usize> {
    let shares = lock(&cell.roots).live_shares();
    let guard = match lent {
        Some(_) => None,
        None => match cell.store.try_lock() {
            Ok(g) => Some(g),
            Err(TryLockError::Poisoned(e)) => Some(e.into_inner()),
            Err(TryLockError::WouldBlock) => None,
        },
    };
    let store: Option<&wasmjit::Store> = match (lent, &guard) {
        // SAFETY: the host function that lent the store is suspended in a
        // Python call on this thread (this collection runs inside it), so
        // nothing changes the store while it is read here (see
        // `SharedStore::try_with`).
        (Some(p), _) => Some(unsafe { &*p }),
        (None, Some(g)) => Some(g),
        (None, None) => None,
    };
    let reached = store.and_then(|s| {
        let roots: Vec<wasmjit::Root> = shares.iter().map(|s| s.root).collect();
        let reaches = s.reaches(&roots);
        (0..shares.len())
            .map(|i| {
                let r = reaches.get(i);
                let mut slots = cell.host_slots(&r.host_funcs)?;
                slots.extend(
                    r.extern_refs
                        .iter()
                        .filter_map(|&e| s.extern_data(e).downcast_ref::<Arc<PySlot>>().cloned()),
                );
                Some(slots)
            })
            .collect::<Option<Vec<_>>>()
    });
    let unreached = match reached {
        Some(reached) => {
            ATTRIBUTED.fetch_add(1, Ordering::Relaxed);
            Some(objects.attribute(py, &shares, reached))
        }
        None => {
            IN_USE.fetch_add(1, Ordering::Relaxed);
            shares.iter().for_each(|s: &Arc<Share>| s.hand_to_store(py));
            cell.touch_holders();
            None
        }
    };
    drop(guard);
    unreached
}
