//! `SharedStore`: one engine store shared by instances and the Python
//! objects exported from them, and the rules for reaching it.
//!
//! Every store sits behind a mutex. Wasm runs with the GIL released (so other
//! Python threads run meanwhile) but with the store's mutex held, so a second
//! thread that calls into the same store waits for the first call to end
//! (with the GIL released while it waits, so the first call's host functions
//! can still take the GIL).
//!
//! A host function runs on the thread that holds the mutex, and the engine
//! hands it `&mut Store`. Python code inside it may call back into wasm of
//! the same store (re-entrancy), or read its memory: locking again would
//! deadlock, so the host function *lends* its store to its thread for the
//! duration of the Python call (a thread-local stack of lent stores), and
//! [`SharedStore::with`] uses a lent store before trying the lock.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError, TryLockError, Weak};

use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::{PyTraverseError, PyVisit};
use wasmjit::{ExternRef, InterruptHandle, Store};

use crate::func::Func;
use crate::refs::{PySlot, StoreRefs};
use crate::roots::Roots;

/// The store and the handle that interrupts wasm running in it.
pub struct StoreCell {
    pub(crate) store: Mutex<Store>,
    interrupt: InterruptHandle,
    refs: Mutex<RefTable>,
    /// The handles Python objects hold (see `roots.rs`).
    pub(crate) roots: Mutex<Roots>,
    /// The thread holding `store`'s lock (its [`thread_id`]), 0 when none.
    owner: AtomicUsize,
    /// Whether the store was used since `gc.rs` last attributed its Python
    /// objects (wasm may have changed its tables and globals, handles may
    /// have been made).
    dirty: AtomicBool,
    /// Whether a handle was held since `gc.rs` last attributed the store.
    new_holders: AtomicBool,
    /// The store's `StoreRefs` object (borrowed: every `SharedStore`, the
    /// only owners of this cell, holds a reference to it).
    objects: *mut pyo3::ffi::PyObject,
}

// SAFETY: `objects` is only turned into a reference with the GIL held
// (`WeakStore::upgrade`); the other fields are `Send + Sync`.
unsafe impl Sync for StoreCell {}
// SAFETY: as above.
unsafe impl Send for StoreCell {}

/// The reference values made from Python objects in one store, by the
/// object's address (stable: each entry keeps its object alive), so that
/// passing the same object twice gives the same reference. An entry goes
/// when a collection frees its reference (`roots.rs`).
#[derive(Default)]
struct RefTable {
    externs: HashMap<usize, ExternRef>,
    /// With the `Func` object itself, which the host function may not
    /// refer to (it calls a Python-made function's callable directly).
    funcs: HashMap<usize, (wasmjit::Func, Arc<PySlot>)>,
    /// The Python objects each host function made from Python uses (for
    /// `gc.rs`; the slots are owned by the closures and `funcs`).
    host_slots: HashMap<wasmjit::Func, Vec<Weak<PySlot>>>,
}

impl Drop for StoreCell {
    fn drop(&mut self) {
        crate::gc::unregister(self as *const StoreCell as usize);
    }
}

impl StoreCell {
    /// Drops the entries of the reference table whose references a
    /// collection freed.
    pub(crate) fn forget_refs(
        &self,
        funcs: &std::collections::HashSet<wasmjit::Func>,
        externs: &std::collections::HashSet<ExternRef>,
    ) {
        let mut refs = self.refs.lock().unwrap_or_else(PoisonError::into_inner);
        refs.externs.retain(|_, r| !externs.contains(r));
        refs.funcs.retain(|_, (f, _)| !funcs.contains(f));
        refs.host_slots.retain(|f, _| !funcs.contains(f));
    }

    /// The store's `StoreRefs`. Valid while a `SharedStore` of this cell
    /// lives, which is so whenever the cell is alive and the GIL is held
    /// (`SharedStore`s are the only lasting owners of cells).
    pub(crate) fn store_refs(&self, py: Python<'_>) -> Option<Py<StoreRefs>> {
        // SAFETY: see above; the GIL is held.
        let objects = unsafe { Bound::from_borrowed_ptr(py, self.objects) };
        Some(objects.cast_into::<StoreRefs>().ok()?.unbind())
    }

    /// Notes a use of the store (see `dirty`).
    pub(crate) fn touch(&self) {
        self.dirty.store(true, Ordering::Relaxed);
    }

    /// Notes that a handle was held (see `new_holders`).
    pub(crate) fn touch_holders(&self) {
        self.new_holders.store(true, Ordering::Relaxed);
        self.touch();
    }

    /// Whether a handle was held since the last call; clears the mark.
    pub(crate) fn take_new_holders(&self) -> bool {
        self.new_holders.swap(false, Ordering::Relaxed)
    }

    /// Whether the store was used since the last call; clears the mark.
    pub(crate) fn take_dirty(&self) -> bool {
        self.dirty.swap(false, Ordering::Relaxed)
    }

    /// The slots of the host functions `funcs` (for `gc.rs`); `None` when
    /// the reference table is in use (never waits: the GC may start while
    /// this thread uses it).
    pub(crate) fn host_slots(&self, funcs: &[wasmjit::Func]) -> Option<Vec<Arc<PySlot>>> {
        let refs = match self.refs.try_lock() {
            Ok(r) => r,
            Err(TryLockError::Poisoned(e)) => e.into_inner(),
            Err(TryLockError::WouldBlock) => return None,
        };
        Some(
            funcs
                .iter()
                .filter_map(|f| refs.host_slots.get(f))
                .flatten()
                .filter_map(Weak::upgrade)
                .collect(),
        )
    }
}

/// A reference-counted store; cloning shares it. Each clone also holds a
/// reference to the store's [`StoreRefs`] (the Python objects it owns), which
/// the Python object holding the clone reports to the GC
/// ([`SharedStore::traverse`]; see `refs.rs`).
pub struct SharedStore {
    cell: Arc<StoreCell>,
    objects: Py<StoreRefs>,
}

impl Clone for SharedStore {
    fn clone(&self) -> SharedStore {
        Python::attach(|py| SharedStore {
            cell: self.cell.clone(),
            objects: self.objects.clone_ref(py),
        })
    }
}

thread_local! {
    /// Stores lent to this thread by running host functions, innermost
    /// last: `(store identity, store)`. On the heap, not on the lenders'
    /// stack frames, so that a greenlet switch inside a host function
    /// (which moves stack frames away) never leaves it pointing at another
    /// greenlet's stack.
    static LENT: RefCell<Vec<(usize, *mut Store)>> = const { RefCell::new(Vec::new()) };
}

/// A nonzero identity of the current thread (for [`StoreCell::owner`]):
/// the address of its `LENT`.
fn thread_id() -> usize {
    LENT.with(|l| l as *const _ as usize)
}

/// The store lent to this thread under `id`, if any.
pub(crate) fn lent(id: usize) -> Option<*mut Store> {
    LENT.with(|l| {
        l.borrow()
            .iter()
            .rev()
            .find(|(i, _)| *i == id)
            .map(|&(_, s)| s)
    })
}

/// Runs `f` with `store` (of identity `id`) lent to this thread: inside
/// `f`, [`SharedStore::with`] for that store uses `store` instead of locking.
pub fn lend<R>(id: usize, store: &mut Store, f: impl FnOnce() -> R) -> R {
    type Lent = RefCell<Vec<(usize, *mut Store)>>;
    struct Restore<'a>(&'a Lent, usize, *mut Store);
    impl Drop for Restore<'_> {
        fn drop(&mut self) {
            // Entries of one store are interchangeable, so removing the
            // innermost equal one is right even when greenlets ended their
            // host calls out of order.
            let mut l = self.0.borrow_mut();
            if l.last() == Some(&(self.1, self.2)) {
                l.pop();
            } else if let Some(i) = l.iter().rposition(|e| *e == (self.1, self.2)) {
                l.remove(i);
            }
        }
    }
    let store: *mut Store = store;
    // One thread-local access for both the push and the pop (each costs a
    // `__tls_get_addr` call in a shared library).
    LENT.with(|l| {
        l.borrow_mut().push((id, store));
        let _restore = Restore(l, id, store);
        f()
    })
}

/// The stores threads wait for, by thread identity: the wait-for graph that
/// [`SharedStore::with`] checks for a cycle before it waits.
static WAITING: Mutex<Vec<(usize, Arc<StoreCell>)>> = Mutex::new(Vec::new());

/// Whether this thread waiting for `cell` would close a cycle: its owner
/// waits for a store whose owner waits ... for a store this thread holds.
/// `waiting` is the locked wait-for list.
///
/// Owners are read `Relaxed`: a thread writes its owner entry before it
/// registers as waiting (under the `WAITING` lock), and clears it before it
/// releases the store, so whoever reads under the lock after that
/// registration sees both; a newer owner not seen yet reads as 0 (no cycle
/// found here, but that owner finds it when it waits).
fn closes_cycle(waiting: &[(usize, Arc<StoreCell>)], me: usize, cell: &StoreCell) -> bool {
    let mut owner = cell.owner.load(Ordering::Relaxed);
    for _ in 0..=waiting.len() {
        if owner == 0 {
            return false;
        }
        if owner == me {
            return true;
        }
        match waiting.iter().find(|(t, _)| *t == owner) {
            Some((_, next)) => owner = next.owner.load(Ordering::Relaxed),
            None => return false,
        }
    }
    false
}

impl SharedStore {
    /// Drops this handle with the GIL held (`py`): its reference to the
    /// store's objects is released now, also where pyo3 does not count the
    /// thread as attached (inside `gil::attach`, which would otherwise
    /// defer it to pyo3's pool until the outer wasm call returns).
    pub fn drop_with(self, py: Python<'_>) {
        let SharedStore { cell, objects } = self;
        drop(cell);
        objects.drop_ref(py);
    }

    /// Shares `store`.
    pub fn new(py: Python<'_>, store: Store) -> PyResult<SharedStore> {
        let interrupt = store.interrupt_handle();
        let objects = StoreRefs::new(py)?;
        let cell = Arc::new(StoreCell {
            store: Mutex::new(store),
            interrupt,
            refs: Mutex::new(RefTable::default()),
            roots: Mutex::new(Roots::default()),
            owner: AtomicUsize::new(0),
            dirty: AtomicBool::new(true),
            new_holders: AtomicBool::new(true),
            objects: objects.as_ptr(),
        });
        crate::gc::register(&cell);
        Ok(SharedStore { cell, objects })
    }

    /// The shared cell (for `roots.rs`).
    pub(crate) fn cell(&self) -> &Arc<StoreCell> {
        &self.cell
    }

    /// The store's `StoreRefs`.
    pub(crate) fn objects(&self) -> &Py<StoreRefs> {
        &self.objects
    }

    /// Reports the store's `StoreRefs` to the GC: the `__traverse__` of
    /// every Python object holding a `SharedStore` calls this.
    pub fn traverse(&self, visit: &PyVisit<'_>) -> Result<(), PyTraverseError> {
        visit.call(&self.objects)
    }

    /// Takes ownership of `obj` for this store (see `refs.rs`); returns the
    /// slot the store reads it from.
    pub fn adopt(&self, py: Python<'_>, obj: Py<PyAny>) -> Arc<PySlot> {
        self.objects.get().adopt(py, obj)
    }

    /// Notes that the host function `func` uses the objects in `slots` (so
    /// that `gc.rs` attributes them to the handles that reach `func`).
    pub fn register_host(&self, func: wasmjit::Func, slots: &[&Arc<PySlot>]) {
        let mut refs = self
            .cell
            .refs
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        refs.host_slots
            .insert(func, slots.iter().map(|s| Arc::downgrade(s)).collect());
    }

    /// The `externref` for the Python object `obj`: one per object and
    /// store, holding a strong reference (a slot of the store's `StoreRefs`,
    /// seen by the GC), so the object stays alive while wasm may still hold
    /// the reference (until the store is freed).
    pub fn extern_ref(&self, py: Python<'_>, obj: &Bound<'_, PyAny>) -> ExternRef {
        let key = obj.as_ptr() as usize;
        self.with(py, |s| {
            let mut refs = self
                .cell
                .refs
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            *refs
                .externs
                .entry(key)
                .or_insert_with(|| s.extern_ref(self.adopt(py, obj.clone().unbind())))
        })
    }

    /// The Python object behind an `externref` of this store.
    ///
    /// Raises `TypeError` for a reference a non-Python host made.
    pub fn extern_object<'py>(&self, py: Python<'py>, r: ExternRef) -> PyResult<Bound<'py, PyAny>> {
        self.with(py, |s| {
            let slot = s
                .extern_data(r)
                .downcast_ref::<Arc<PySlot>>()
                .ok_or_else(|| PyTypeError::new_err("externref of a non-Python host value"))?;
            slot.get(py).cloned().ok_or_else(|| {
                PyRuntimeError::new_err(
                    "the externref's object was cleared by the garbage collector",
                )
            })
        })
    }

    /// The `funcref` of this store for `f`: its own handle when it belongs
    /// to this store, else a host function of this store (made once per
    /// `Func` object) that calls it.
    pub fn func_ref(&self, py: Python<'_>, f: &Bound<'_, Func>) -> PyResult<wasmjit::Func> {
        let (store, handle) = f.get().handle();
        if store.id() == self.id() {
            return Ok(handle);
        }
        let ty = store.with(py, |s| handle.ty(s).clone());
        let key = f.as_ptr() as usize;
        let label = format!("funcref {}", f.get().label());
        let weak = self.downgrade();
        Ok(self.with(py, |s| {
            let mut refs = self
                .cell
                .refs
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            let RefTable {
                funcs, host_slots, ..
            } = &mut *refs;
            funcs
                .entry(key)
                .or_insert_with(|| {
                    // A function made from Python: its callable directly (so
                    // a `Caller` names the calling instance); else the `Func`.
                    let (target, access_caller) = match f.get().host_def() {
                        Some((c, a)) => (c.clone_ref(py), a),
                        None => (f.clone().into_any().unbind(), false),
                    };
                    let slot = self.adopt(py, target);
                    let keep = self.adopt(py, f.clone().into_any().unbind());
                    let func =
                        crate::host::host_func(s, weak, ty, slot.clone(), label, access_caller);
                    host_slots.insert(func, vec![Arc::downgrade(&slot), Arc::downgrade(&keep)]);
                    (func, keep)
                })
                .0
        }))
    }

    /// A new store of `engine` with `limits`.
    ///
    /// Raises `ValueError` for limits the engine refuses.
    pub fn with_limits(
        py: Python<'_>,
        engine: &wasmjit::Engine,
        limits: wasmjit::StoreLimits,
    ) -> PyResult<SharedStore> {
        let mut store = Store::new(engine);
        store
            .set_limits(limits)
            .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
        SharedStore::new(py, store)
    }

    /// The store's resource limits.
    pub fn limits(&self, py: Python<'_>) -> wasmjit::StoreLimits {
        self.with(py, |s| *s.limits())
    }

    /// Sets the store's resource limits (see `wasmjit::Store::set_limits`).
    ///
    /// Raises `RuntimeError` when wasm of the store is running.
    pub fn set_limits(&self, py: Python<'_>, limits: wasmjit::StoreLimits) -> PyResult<()> {
        self.with(py, |s| s.set_limits(limits))
            .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))
    }

    /// Identity of the store (stable while any clone lives).
    pub fn id(&self) -> usize {
        Arc::as_ptr(&self.cell) as usize
    }

    /// A reference that does not keep the store alive (for host functions,
    /// which the store itself owns).
    pub fn downgrade(&self) -> WeakStore {
        WeakStore(Arc::downgrade(&self.cell))
    }

    /// The handle that interrupts wasm running in this store.
    pub fn interrupt_handle(&self) -> &InterruptHandle {
        &self.cell.interrupt
    }

    /// Runs `f` with exclusive access to the store: the store lent to this
    /// thread by a running host function if there is one, else the store
    /// under its lock. While waiting for the lock the GIL is released.
    ///
    /// Where waiting would deadlock (see [`SharedStore::try_with`]) it
    /// waits anyway: for short accesses that cannot fail; calls into wasm
    /// use `try_with`.
    pub fn with<R>(&self, py: Python<'_>, f: impl FnOnce(&mut Store) -> R) -> R {
        let mut f = Some(f);
        let mut run = |s: &mut Store| (f.take().expect("runs once"))(s);
        match self.try_with(py, &mut run) {
            Ok(r) => r,
            Err(_) => {
                let mut guard = loop {
                    match self.cell.store.try_lock() {
                        Ok(g) => break g,
                        Err(TryLockError::Poisoned(e)) => break e.into_inner(),
                        Err(TryLockError::WouldBlock) => py.detach(|| {
                            drop(
                                self.cell
                                    .store
                                    .lock()
                                    .unwrap_or_else(PoisonError::into_inner),
                            );
                        }),
                    }
                };
                run(&mut guard)
            }
        }
    }

    /// Like [`SharedStore::with`], but raises `RuntimeError` instead of
    /// waiting when waiting would deadlock: the store is held by a thread
    /// that (through other stores' host functions) waits for a store this
    /// thread holds, or by this thread itself outside a host function of it
    /// (another greenlet of this thread holds it). `f` has not run then.
    #[inline(always)]
    pub fn try_with<R>(&self, py: Python<'_>, f: impl FnOnce(&mut Store) -> R) -> PyResult<R> {
        if let Some(store) = lent(self.id()) {
            self.cell.touch();
            // SAFETY: the host function that lent the store holds the only
            // other `&mut Store`, and it is suspended in a Python call on
            // this thread until we return; nothing else can reach the store
            // (its mutex is held by the wasm call below the host function).
            return Ok(f(unsafe { &mut *store }));
        }
        let cell = &*self.cell;
        let mut guard = loop {
            match cell.store.try_lock() {
                Ok(g) => break g,
                Err(TryLockError::Poisoned(e)) => break e.into_inner(),
                Err(TryLockError::WouldBlock) => self.wait(py)?,
            }
        };
        struct Owned<'a>(&'a AtomicUsize);
        impl Drop for Owned<'_> {
            fn drop(&mut self) {
                self.0.store(0, Ordering::Relaxed);
            }
        }
        cell.owner.store(thread_id(), Ordering::Relaxed);
        cell.touch();
        let _owned = Owned(&cell.owner);
        Ok(f(&mut guard))
    }

    /// Waits (without the GIL) until the store's lock is free, unless that
    /// would deadlock (see [`SharedStore::with`]).
    fn wait(&self, py: Python<'_>) -> PyResult<()> {
        let me = thread_id();
        {
            let mut waiting = WAITING.lock().unwrap_or_else(PoisonError::into_inner);
            if closes_cycle(&waiting, me, &self.cell) {
                return Err(PyRuntimeError::new_err(
                    "deadlock: the store of this call is in use by a call that waits \
                     (through host functions) for a store this thread holds, or by another \
                     greenlet of this thread; calls that go both ways between two stores \
                     need one thread, or stores used by one thread at a time",
                ));
            }
            waiting.push((me, self.cell.clone()));
        }
        py.detach(|| {
            // Wait until the holder is done, then try again with the GIL.
            drop(
                self.cell
                    .store
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner),
            );
        });
        let mut waiting = WAITING.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(i) = waiting.iter().position(|(t, _)| *t == me) {
            waiting.swap_remove(i);
        }
        Ok(())
    }
}

/// A non-owning reference to a store (see [`SharedStore::downgrade`]).
#[derive(Clone)]
pub struct WeakStore(Weak<StoreCell>);

impl WeakStore {
    /// The identity the store had ([`SharedStore::id`]).
    pub fn id(&self) -> usize {
        Weak::as_ptr(&self.0) as usize
    }

    /// The store, if it is still alive.
    pub fn upgrade(&self, py: Python<'_>) -> Option<SharedStore> {
        let cell = self.0.upgrade()?;
        let objects = cell.store_refs(py)?;
        Some(SharedStore { cell, objects })
    }
}
