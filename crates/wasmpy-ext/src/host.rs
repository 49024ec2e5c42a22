//! Host functions: any Python callable imported by a wasm module.
//!
//! The callable's wasm type is the import's declared type. Wasm calls it
//! with the GIL held (or, where the wasm call released it, the host
//! function takes it back: `gil.rs`); the host function lends its store to
//! the thread (so Python code can call back into the same store,
//! see `store.rs`), converts the arguments, calls, and converts the result:
//! `None` for no result (any return value is ignored), the value for one,
//! a sequence of exactly that many values for several. A type without
//! reference values is called on the raw call slots
//! (`wasmjit::Func::new_numeric`: no value vectors around the call, no
//! result type check).
//!
//! An exception raised by the callable (or a result of the wrong type: a
//! `TypeError` naming the import) becomes a host-error trap carrying the
//! `PyErr`; it comes out of the outermost wasm call as the same exception
//! object (`errors::trap_to_py`).

use std::sync::Arc;

use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};
use wasmjit::{FuncType, Store, Trap, Val, ValType};

use crate::caller::Caller;
use crate::gil;
use crate::refs::PySlot;
use crate::store::{lend, SharedStore, WeakStore};
use crate::values::{from_val, quick_val, to_val, ArgContext};
use crate::vectorcall::call_with;

/// A host function of type `ty` in `store` (whose shared identity is
/// `shared`) that calls the callable in `callable` (a slot of the store's
/// `StoreRefs`, see `refs.rs`); `label` (`"env.f"`) names it in errors.
/// With `access_caller`, the callable gets a `wasmpy.Caller` (the calling
/// instance, see `caller.rs`) before the wasm arguments.
pub fn host_func(
    store: &mut Store,
    shared: WeakStore,
    ty: FuncType,
    callable: Arc<PySlot>,
    label: String,
    access_caller: bool,
) -> wasmjit::Func {
    let offsets = |tys: &[ValType]| -> Box<[usize]> {
        tys.iter()
            .scan(0, |at, t| {
                let o = *at;
                *at += t.slot_words();
                Some(o)
            })
            .collect()
    };
    let host = Host {
        shared,
        callable,
        label,
        access_caller,
        params: ty.params().into(),
        result_types: ty.results().into(),
        param_words: offsets(ty.params()),
        result_words: offsets(ty.results()),
    };
    if host
        .params
        .iter()
        .chain(&*host.result_types)
        .any(|t| t.is_ref())
    {
        // Reference values need the store to be converted.
        return wasmjit::Func::new(store, ty, move |store, args, results| {
            host.run(store, Io::Vals(args, results))
        });
    }
    wasmjit::Func::new_numeric(store, ty, move |store, slots| {
        host.run(store, Io::Slots(slots))
    })
    .expect("a type without reference types")
}

/// A host function's callable and what its calls need.
struct Host {
    /// The store's shared identity.
    shared: WeakStore,
    callable: Arc<PySlot>,
    label: String,
    access_caller: bool,
    params: Box<[ValType]>,
    result_types: Box<[ValType]>,
    /// The word offsets of the parameters and results in the raw slots.
    param_words: Box<[usize]>,
    result_words: Box<[usize]>,
}

/// Where a host call's arguments come from and its results go.
enum Io<'a> {
    /// Values: a type with references (`wasmjit::Func::new`).
    Vals(&'a [Val], &'a mut [Val]),
    /// The call's raw slots (`wasmjit::Func::new_numeric`).
    Slots(&'a mut [u64]),
}

impl Host {
    /// One call from wasm: takes the GIL (`gil.rs`), lends the store to
    /// the thread, calls the callable with the arguments and converts what
    /// it returns to the results.
    fn run(&self, store: &mut wasmjit::Caller<'_>, mut io: Io<'_>) -> Result<(), Trap> {
        let caller = self.access_caller.then(|| store.instance());
        let refs = matches!(io, Io::Vals(..));
        gil::attach(|py| {
            lend(self.shared.id(), store, || {
                // Reference values need the store (alive: it runs this
                // host function); numbers do not, and skip the upgrade.
                let upgraded = if refs || caller.is_some() {
                    let s = self.shared.upgrade(py);
                    Some(s.ok_or_else(|| PyTypeError::new_err("the store is gone"))?)
                } else {
                    None
                };
                let ret = self.call(py, caller, upgraded.as_ref(), &mut io);
                if let Some(s) = upgraded {
                    s.drop_with(py);
                }
                ret
            })
        })
        .map_err(|e| Trap::host(Box::new(e)))
    }

    /// Calls the host callable with the GIL held; `store` is the store,
    /// upgraded by the caller when the call needs it (reference values, a
    /// `Caller`).
    fn call(
        &self,
        py: Python<'_>,
        caller: Option<Option<wasmjit::Instance>>,
        store: Option<&SharedStore>,
        io: &mut Io<'_>,
    ) -> PyResult<()> {
        let callable = self.callable.get(py).ok_or_else(|| {
            PyRuntimeError::new_err(format!(
                "host function {} was cleared by the garbage collector \
                 (its instance was unreachable)",
                self.label
            ))
        })?;
        let arg = |i: usize| {
            let v = match &*io {
                Io::Vals(args, _) => args[i],
                Io::Slots(slots) => Val::from_slots(self.params[i], slots, self.param_words[i])
                    .expect("a number or vector parameter"),
            };
            from_val(py, v, store)
        };
        let n = self.params.len();
        let ret = match (caller, store) {
            (Some(instance), Some(store)) => {
                let c = Bound::new(py, Caller::new(store.clone(), instance))?;
                let ret = call_with(callable, n + 1, |i| match i {
                    0 => Ok(c.clone().into_any()),
                    _ => arg(i - 1),
                });
                c.get().invalidate();
                ret?
            }
            _ => call_with(callable, n, arg)?,
        };
        let mut put = |i: usize, v: Val| match io {
            Io::Vals(_, results) => results[i] = v,
            Io::Slots(slots) => {
                v.to_slots(slots, self.result_words[i]);
            }
        };
        convert_results(&ret, &self.label, &self.result_types, &mut put, store)
    }
}

/// Converts what a host function returned to its wasm `results`.
fn convert_results(
    ret: &Bound<'_, PyAny>,
    label: &str,
    result_types: &[ValType],
    put: &mut impl FnMut(usize, Val),
    store: Option<&SharedStore>,
) -> PyResult<()> {
    let cx = |index| ArgContext {
        func: label,
        index,
        result: true,
        store,
    };
    match result_types {
        [] => {}
        [t] => put(
            0,
            match quick_val(ret, *t) {
                Some(v) => v,
                None => to_val(ret, *t, &cx(0))?,
            },
        ),
        many => {
            let items: Vec<Bound<'_, PyAny>> = if let Ok(t) = ret.cast::<PyTuple>() {
                t.iter().collect()
            } else if let Ok(l) = ret.cast::<PyList>() {
                l.iter().collect()
            } else {
                return Err(PyTypeError::new_err(format!(
                    "host function {label} must return a tuple of {} values, not {}",
                    many.len(),
                    ret.get_type().name()?
                )));
            };
            if items.len() != many.len() {
                return Err(PyTypeError::new_err(format!(
                    "host function {label} must return {} values, returned {}",
                    many.len(),
                    items.len()
                )));
            }
            for (i, (t, obj)) in many.iter().zip(&items).enumerate() {
                put(i, to_val(obj, *t, &cx(i))?);
            }
        }
    }
    Ok(())
}
