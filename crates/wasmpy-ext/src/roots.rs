//! Which engine objects of a store Python still uses, and freeing the rest
//! (`wasmjit::Store::collect`) while the store lives on.
//!
//! An instance that imports a memory, table or global from a long-lived
//! one joins its store (the engine links them by address), so dropping it
//! frees nothing until the whole store goes. Every Python object that holds
//! an engine handle (`Instance`, `Func`, `Memory`, `Table`, `Global`,
//! `AsRuntime`) therefore also holds a [`Held`]: one count of that handle
//! in its store's root set. When a count drops to zero the store is
//! collected: everything no root reaches through imports, tables, globals
//! and element segments is freed (see `wasmjit/src/collect.rs`).
//!
//! ```text
//!  Python Instance/Func/Memory/... ──Held──> roots {handle: count}
//!      dropped ─> count 0 ─> due? ─> try_lock store ─> Store::collect(roots)
//!                                │ busy (a call runs)      │
//!                                └─> later: next drop, or  └─> prune the reference
//!                                    next instantiation        table, then drop the
//!                                                              garbage (lock released)
//! ```
//!
//! Collection never waits: a store whose lock is taken (a call runs, on
//! this thread or another) is collected at the next release or
//! instantiation instead. Its cost is proportional to what is kept, so
//! releases of functions and globals (made per funcref result, say) only
//! collect once enough of them add up to the last collection's work;
//! releasing an instance, memory or table (what holds address space)
//! collects at once.
//!
//! A handle must be held while the store is locked, in the same critical
//! section that made it (or while something that reaches it is held), so
//! that no collection in between frees it. Collections run only with the
//! GIL held (from `Drop` of a Python object and from instantiation), so a
//! handle found with the GIL held and held before the GIL is next released
//! is safe too (`Func::new` holds first).
//!
//! A reference value converted from Python for a call (a Python callable
//! or object new to the store, see `values.rs`) and a reference result that
//! nothing else in the store refers to are held for the call the same way
//! (`SharedStore::hold_ref`, a per-call scope of `Held`s in `Func::invoke`,
//! and around `Table`/`Global` stores): from right after the conversion
//! (the GIL held since it made the reference) until the results are Python
//! objects, since converting another argument or result may run Python
//! code, and so a collection.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, PoisonError, TryLockError, Weak};

use pyo3::prelude::*;
use pyo3::{PyTraverseError, PyVisit};

use wasmjit::Root;

use crate::refs::Share;
use crate::store::{SharedStore, StoreCell};

/// Credit a release of a function or global adds towards a collection (in
/// units of [`wasmjit::Garbage::work`]).
const SMALL_RELEASE: usize = 64;

/// The handles Python objects hold in one store, with their counts, and
/// when the next collection is due.
#[derive(Default)]
pub struct Roots {
    counts: HashMap<Root, u32>,
    /// The shares of every `Held` that holds a count (see `refs.rs`), by
    /// address, for `gc.rs`; a `Held` takes its entry out when it gives its
    /// count back.
    shares: HashMap<usize, Weak<Share>>,
    /// Releases since the last collection, weighted.
    credit: usize,
    /// [`wasmjit::Garbage::work`] of the last collection.
    last_work: usize,
}

impl Roots {
    fn due(&self) -> bool {
        self.credit > 0 && self.credit >= self.last_work
    }
}

/// One count of a handle in its store's root set (see the module docs):
/// made by [`SharedStore::hold`], given back by [`SharedStore::release`]
/// from the holding object's `Drop` (dropped unreleased, on an error path,
/// it gives the count back without collecting).
pub struct Held {
    cell: Weak<StoreCell>,
    root: Option<Root>,
    /// The store's Python objects this holder reports to the GC.
    share: Arc<Share>,
}

impl Held {
    /// The handle held.
    pub fn root(&self) -> Option<Root> {
        self.root
    }

    /// Reports the Python objects of the store attributed to this holder
    /// (see `refs.rs`): the `__traverse__` of every Python object holding a
    /// `Held` calls it.
    pub fn traverse(&self, visit: &PyVisit<'_>) -> Result<(), PyTraverseError> {
        self.share.traverse(visit)
    }

    /// Gives back the references attributed to this holder: its
    /// `__clear__` calls it.
    pub fn clear(&self) {
        if !self.share.is_empty() {
            Python::attach(|py| self.share.clear(py));
        }
    }
}

impl SharedStore {
    /// Holds `root` (a handle of this store) until [`SharedStore::release`].
    /// Call it while the store is locked in the section that made or found
    /// the handle, or while another held handle reaches it. Needs no GIL.
    pub fn hold(&self, root: impl Into<Root>) -> Held {
        let root = root.into();
        let share = Arc::new(Share::new(root));
        {
            let mut roots = lock(&self.cell().roots);
            *roots.counts.entry(root).or_insert(0) += 1;
            roots
                .shares
                .insert(Arc::as_ptr(&share) as usize, Arc::downgrade(&share));
        }
        self.cell().touch_holders();
        Held {
            cell: Arc::downgrade(self.cell()),
            root: Some(root),
            share,
        }
    }

    /// Holds `v` when it is a non-null reference (of this store), for as
    /// long as the result lives: from the conversion that made it (with no
    /// Python code run since) until it is stored or converted back.
    pub fn hold_ref(&self, v: wasmjit::Val) -> Option<Held> {
        match v {
            wasmjit::Val::FuncRef(Some(f)) => Some(self.hold(wasmjit::Extern::Func(f))),
            wasmjit::Val::ExternRef(Some(r)) => Some(self.hold(r)),
            _ => None,
        }
    }

    /// Gives back the count of `held` (once; later calls do nothing) and
    /// collects the store when that makes a collection due.
    pub fn release(&self, held: &mut Held) {
        let Some(root) = held.root.take() else {
            return;
        };
        hand_share_to_store(&held.share);
        if unhold(self.cell(), root, &held.share) {
            self.collect_if_due();
        }
    }

    /// Notes that objects of the store may have become garbage without a
    /// release (a failed instantiation leaves its partial instance).
    pub fn note_garbage(&self) {
        let mut roots = lock(&self.cell().roots);
        roots.credit = roots.credit.max(roots.last_work).max(1);
    }

    /// Collects the store if a collection is due and its lock is free,
    /// then lets go of the Python objects only freed objects used.
    pub fn collect_if_due(&self) {
        if collect(self.cell(), false) {
            Python::attach(|py| self.objects().get().prune(py));
        }
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        hand_share_to_store(&self.share);
        if let (Some(root), Some(cell)) = (self.root, self.cell.upgrade()) {
            unhold(&cell, root, &self.share);
        }
    }
}

fn hand_share_to_store(share: &Share) {
    if !share.is_empty() {
        Python::attach(|py| share.hand_to_store(py));
    }
}

/// Takes one count of `root` (held with `share`) away; whether a
/// collection is now due.
fn unhold(cell: &StoreCell, root: Root, share: &Arc<Share>) -> bool {
    let mut roots = lock(&cell.roots);
    roots.shares.remove(&(Arc::as_ptr(share) as usize));
    let Some(n) = roots.counts.get_mut(&root) else {
        return false;
    };
    *n -= 1;
    if *n > 0 {
        return false;
    }
    roots.counts.remove(&root);
    roots.credit = roots.credit.saturating_add(match root {
        Root::Instance(_)
        | Root::Extern(wasmjit::Extern::Memory(_) | wasmjit::Extern::Table(_)) => usize::MAX,
        _ => SMALL_RELEASE,
    });
    roots.due()
}

impl Roots {
    /// The shares of the live holders.
    pub(crate) fn live_shares(&self) -> Vec<Arc<Share>> {
        self.shares.values().filter_map(Weak::upgrade).collect()
    }
}

pub(crate) fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Collects the store of `cell` when due (always with `force`), unless its
/// lock is taken; whether anything was freed.
pub(crate) fn collect(cell: &StoreCell, force: bool) -> bool {
    if !force && !lock(&cell.roots).due() {
        return false;
    }
    let mut store = match cell.store.try_lock() {
        Ok(g) => g,
        Err(TryLockError::Poisoned(e)) => e.into_inner(),
        Err(TryLockError::WouldBlock) => return false,
    };
    let garbage = {
        let mut roots = lock(&cell.roots);
        // Cannot fail: nothing runs while the lock is held here.
        let Ok(garbage) = store.collect(roots.counts.keys().copied()) else {
            return false;
        };
        roots.credit = 0;
        roots.last_work = garbage.work();
        garbage
    };
    if garbage.is_empty() {
        return false;
    }
    let funcs: HashSet<wasmjit::Func> = garbage.funcs().collect();
    let externs: HashSet<wasmjit::ExternRef> = garbage.extern_refs().collect();
    cell.forget_refs(&funcs, &externs);
    drop(store);
    // Host functions' closures and externref values go with the lock
    // released; the Python objects they shared with the store's
    // `StoreRefs` stay there until pruned (with the GIL).
    drop(garbage);
    true
}

/// `_store_stats(obj) -> (int, int)`: the number of live engine objects
/// (instances, functions, memories, tables, globals, externrefs) in the
/// store of `obj` (an `Instance`, `Func`, `Memory`, `Table` or `Global`)
/// and the bytes of memories and tables it has allocated. For tests of
/// what collections free; raises `TypeError` for another object.
#[pyfunction]
pub fn _store_stats(py: Python<'_>, obj: &Bound<'_, PyAny>) -> PyResult<(usize, u64)> {
    let store = if let Ok(i) = obj.cast::<crate::instance::Instance>() {
        i.get().handle().0.clone()
    } else if let Ok(f) = obj.cast::<crate::func::Func>() {
        f.get().handle().0.clone()
    } else if let Ok(m) = obj.cast::<crate::externs::MemoryBase>() {
        m.get().handle().0.clone()
    } else if let Ok(t) = obj.cast::<crate::externs::Table>() {
        t.get().handle().0.clone()
    } else if let Ok(g) = obj.cast::<crate::externs::Global>() {
        g.get().handle().0.clone()
    } else {
        return Err(pyo3::exceptions::PyTypeError::new_err(
            "_store_stats takes an Instance, Func, Memory, Table or Global",
        ));
    };
    Ok(store.with(py, |s| (s.object_count(), s.allocated_bytes())))
}
