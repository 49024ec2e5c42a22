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

use std::cell::Cell;
use std::collections::HashMap;
use std::ptr;
use std::sync::{Arc, Mutex, PoisonError, TryLockError, Weak};

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use wasmjit::{ExternRef, InterruptHandle, Store};

use crate::func::Func;

/// The store and the handle that interrupts wasm running in it.
pub struct StoreCell {
    store: Mutex<Store>,
    interrupt: InterruptHandle,
    refs: Mutex<RefTable>,
}

/// The reference values made from Python objects in one store, by the
/// object's address (stable: the store keeps each object alive), so that
/// passing the same object twice gives the same reference.
#[derive(Default)]
struct RefTable {
    externs: HashMap<usize, ExternRef>,
    funcs: HashMap<usize, wasmjit::Func>,
}

/// A reference-counted store; cloning shares it.
#[derive(Clone)]
pub struct SharedStore(Arc<StoreCell>);

/// A store lent to the current thread by a running host function.
struct Lent {
    id: usize,
    store: *mut Store,
    prev: *const Lent,
}

thread_local! {
    /// Innermost lent store of this thread (a linked stack through `prev`).
    static LENT: Cell<*const Lent> = const { Cell::new(ptr::null()) };
}

/// The store lent to this thread under `id`, if any.
fn lent(id: usize) -> Option<*mut Store> {
    let mut node = LENT.with(Cell::get);
    while !node.is_null() {
        // SAFETY: nodes on the list live on the stack frames of `lend` calls
        // that are still running on this thread (each removes its node
        // before returning, even when unwinding).
        let n = unsafe { &*node };
        if n.id == id {
            return Some(n.store);
        }
        node = n.prev;
    }
    None
}

/// Runs `f` with `store` (of identity `id`) lent to this thread: inside
/// `f`, [`SharedStore::with`] for that store uses `store` instead of locking.
pub fn lend<R>(id: usize, store: &mut Store, f: impl FnOnce() -> R) -> R {
    struct Restore(*const Lent);
    impl Drop for Restore {
        fn drop(&mut self) {
            LENT.with(|l| l.set(self.0));
        }
    }
    let prev = LENT.with(Cell::get);
    let node = Lent { id, store, prev };
    LENT.with(|l| l.set(&node));
    let _restore = Restore(prev);
    f()
}

impl SharedStore {
    /// Shares `store`.
    pub fn new(store: Store) -> SharedStore {
        let interrupt = store.interrupt_handle();
        SharedStore(Arc::new(StoreCell {
            store: Mutex::new(store),
            interrupt,
            refs: Mutex::new(RefTable::default()),
        }))
    }

    /// The `externref` for the Python object `obj`: one per object and
    /// store, holding a strong reference, so the object stays alive while
    /// wasm may still hold the reference (until the store is freed).
    pub fn extern_ref(&self, py: Python<'_>, obj: &Bound<'_, PyAny>) -> ExternRef {
        let key = obj.as_ptr() as usize;
        self.with(py, |s| {
            let mut refs = self.0.refs.lock().unwrap_or_else(PoisonError::into_inner);
            *refs
                .externs
                .entry(key)
                .or_insert_with(|| s.extern_ref(obj.clone().unbind()))
        })
    }

    /// The Python object behind an `externref` of this store.
    ///
    /// Raises `TypeError` for a reference a non-Python host made.
    pub fn extern_object<'py>(&self, py: Python<'py>, r: ExternRef) -> PyResult<Bound<'py, PyAny>> {
        self.with(py, |s| {
            s.extern_data(r)
                .downcast_ref::<Py<PyAny>>()
                .map(|o| o.clone_ref(py).into_bound(py))
                .ok_or_else(|| PyTypeError::new_err("externref of a non-Python host value"))
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
            let mut refs = self.0.refs.lock().unwrap_or_else(PoisonError::into_inner);
            *refs.funcs.entry(key).or_insert_with(|| {
                crate::host::host_func(s, weak, ty, f.clone().into_any().unbind(), label)
            })
        }))
    }

    /// A new store of `engine` with `limits`.
    ///
    /// Raises `ValueError` for limits the engine refuses.
    pub fn with_limits(
        engine: &wasmjit::Engine,
        limits: wasmjit::StoreLimits,
    ) -> PyResult<SharedStore> {
        let mut store = Store::new(engine);
        store
            .set_limits(limits)
            .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
        Ok(SharedStore::new(store))
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
        Arc::as_ptr(&self.0) as usize
    }

    /// A reference that does not keep the store alive (for host functions,
    /// which the store itself owns).
    pub fn downgrade(&self) -> WeakStore {
        WeakStore(Arc::downgrade(&self.0))
    }

    /// The handle that interrupts wasm running in this store.
    pub fn interrupt_handle(&self) -> &InterruptHandle {
        &self.0.interrupt
    }

    /// Runs `f` with exclusive access to the store: the store lent to this
    /// thread by a running host function if there is one, else the store
    /// under its lock. While waiting for the lock the GIL is released.
    pub fn with<R>(&self, py: Python<'_>, f: impl FnOnce(&mut Store) -> R) -> R {
        if let Some(store) = lent(self.id()) {
            // SAFETY: the host function that lent the store holds the only
            // other `&mut Store`, and it is suspended in a Python call on
            // this thread until we return; nothing else can reach the store
            // (its mutex is held by the wasm call below the host function).
            return f(unsafe { &mut *store });
        }
        let mut guard = loop {
            match self.0.store.try_lock() {
                Ok(g) => break g,
                Err(TryLockError::Poisoned(e)) => break e.into_inner(),
                Err(TryLockError::WouldBlock) => py.detach(|| {
                    // Wait (without the GIL) until the holder is done, then
                    // try again with the GIL.
                    drop(self.0.store.lock().unwrap_or_else(PoisonError::into_inner));
                }),
            }
        };
        f(&mut guard)
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
    pub fn upgrade(&self) -> Option<SharedStore> {
        self.0.upgrade().map(SharedStore)
    }
}
