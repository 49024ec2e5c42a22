//! Host functions: any Python callable imported by a wasm module.
//!
//! The callable's wasm type is the import's declared type. Wasm calls it
//! with the GIL released, so the host function takes the GIL (`gil.rs`), lends its
//! store to the thread (so Python code can call back into the same store,
//! see `store.rs`), converts the arguments, calls, and converts the result:
//! `None` for no result (any return value is ignored), the value for one,
//! a sequence of exactly that many values for several.
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
    let params: Box<[ValType]> = ty.params().into();
    let result_types: Box<[ValType]> = ty.results().into();
    let refs = params.iter().chain(&*result_types).any(|t| t.is_ref());
    wasmjit::Func::new(store, ty, move |store, args, results| {
        let caller = access_caller.then(|| store.instance());
        gil::attach(|py| {
            lend(shared.id(), store, || {
                // Reference values need the store (alive: it runs this
                // host function); numbers do not, and skip the upgrade.
                let upgraded = if refs || caller.is_some() {
                    let s = shared.upgrade(py);
                    Some(s.ok_or_else(|| PyTypeError::new_err("the store is gone"))?)
                } else {
                    None
                };
                let ret = call(
                    py,
                    caller,
                    upgraded.as_ref(),
                    &callable,
                    &label,
                    &params,
                    &result_types,
                    args,
                    results,
                );
                if let Some(s) = upgraded {
                    s.drop_with(py);
                }
                ret
            })
        })
        .map_err(|e| Trap::host(Box::new(e)))
    })
}

/// Calls the host callable with the GIL held; `store` is the store,
/// upgraded by the caller when the call needs it (reference values, a
/// `Caller`).
#[allow(clippy::too_many_arguments)]
fn call(
    py: Python<'_>,
    caller: Option<Option<wasmjit::Instance>>,
    store: Option<&SharedStore>,
    callable: &PySlot,
    label: &str,
    params: &[ValType],
    result_types: &[ValType],
    args: &[Val],
    results: &mut [Val],
) -> PyResult<()> {
    debug_assert_eq!(params.len(), args.len());
    let callable = callable.get(py).ok_or_else(|| {
        PyRuntimeError::new_err(format!(
            "host function {label} was cleared by the garbage collector \
             (its instance was unreachable)"
        ))
    })?;
    if let (Some(instance), Some(store)) = (caller, store) {
        let c = Bound::new(py, Caller::new(store.clone(), instance))?;
        let ret = call_with(callable, args.len() + 1, |i| match i {
            0 => Ok(c.clone().into_any()),
            _ => from_val(py, args[i - 1], Some(store)),
        });
        c.get().invalidate();
        return convert_results(&ret?, label, result_types, results, Some(store));
    }
    let ret = call_with(callable, args.len(), |i| from_val(py, args[i], store))?;
    convert_results(&ret, label, result_types, results, store)
}

/// Converts what a host function returned to its wasm `results`.
fn convert_results(
    ret: &Bound<'_, PyAny>,
    label: &str,
    result_types: &[ValType],
    results: &mut [Val],
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
        [t] => {
            results[0] = match quick_val(ret, *t) {
                Some(v) => v,
                None => to_val(ret, *t, &cx(0))?,
            }
        }
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
            for (i, ((slot, t), obj)) in results.iter_mut().zip(many).zip(&items).enumerate() {
                *slot = to_val(obj, *t, &cx(i))?;
            }
        }
    }
    Ok(())
}
