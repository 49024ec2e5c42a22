//! `Caller`: the calling instance, handed as first argument to a host
//! function made with `Func(callable, type, access_caller=True)` (the
//! design of wasmtime's `Caller`, as a Python object): `caller["memory"]`,
//! `caller.get(name, default=None)`, `caller.exports` reach the exports of
//! the instance whose wasm code made the call, so a host function needs no
//! reference to the instance it is imported by (WASI and AssemblyScript's
//! `env.abort` read the caller's memory this way).
//!
//! A `Caller` is valid only during the host call it was made for: after it
//! returns, every use raises `RuntimeError` (the engine's caller record is
//! gone, and the store may be running other code).

use std::sync::atomic::{AtomicBool, Ordering};

use pyo3::exceptions::{PyKeyError, PyRuntimeError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use wasmjit::Extern;

use crate::instance::extern_object;
use crate::store::SharedStore;

/// The calling instance of one host call (see the module docs).
#[pyclass(frozen, module = "wasmpy._native")]
pub struct Caller {
    store: SharedStore,
    /// `None` when the host function was called from Python, not wasm.
    instance: Option<wasmjit::Instance>,
    valid: AtomicBool,
}

impl Caller {
    /// The caller record for a host call of `store` made by `instance`.
    pub fn new(store: SharedStore, instance: Option<wasmjit::Instance>) -> Caller {
        Caller {
            store,
            instance,
            valid: AtomicBool::new(true),
        }
    }

    /// Ends the host call: later uses raise `RuntimeError`.
    pub fn invalidate(&self) {
        self.valid.store(false, Ordering::Relaxed);
    }

    fn check(&self) -> PyResult<()> {
        if self.valid.load(Ordering::Relaxed) {
            Ok(())
        } else {
            Err(PyRuntimeError::new_err(
                "this Caller was used after its host call returned (it is valid only \
                 during the call it was passed to)",
            ))
        }
    }

    /// The calling instance's export `name` as a Python object, if any.
    fn export(&self, py: Python<'_>, name: &str) -> PyResult<Option<Py<PyAny>>> {
        self.check()?;
        let Some(inst) = self.instance else {
            return Ok(None);
        };
        match self.store.with(py, |s| inst.get_export(s, name)) {
            Some(ext) => Ok(Some(extern_object(py, &self.store, name, ext)?)),
            None => Ok(None),
        }
    }
}

#[pymethods]
impl Caller {
    fn __traverse__(&self, visit: pyo3::PyVisit<'_>) -> Result<(), pyo3::PyTraverseError> {
        self.store.traverse(&visit)
    }

    /// `caller[name]`: the calling instance's export `name` (`Func`,
    /// `Memory`, `Global` or `Table`). Raises `KeyError` when there is none
    /// (or the host function was called from Python, with no calling
    /// instance), `RuntimeError` after the host call returned.
    fn __getitem__(&self, py: Python<'_>, name: &str) -> PyResult<Py<PyAny>> {
        self.export(py, name)?
            .ok_or_else(|| PyKeyError::new_err(name.to_owned()))
    }

    /// `get(name, default=None)`: like `caller[name]`, `default` when there
    /// is no such export. Raises `RuntimeError` after the host call.
    #[pyo3(signature = (name, default = None))]
    fn get(&self, py: Python<'_>, name: &str, default: Option<Py<PyAny>>) -> PyResult<Py<PyAny>> {
        Ok(self
            .export(py, name)?
            .unwrap_or_else(|| default.unwrap_or_else(|| py.None())))
    }

    /// `Mapping[str, Func | Memory | Global | Table]`: every export of the
    /// calling instance (read-only; empty without a calling instance).
    /// Raises `RuntimeError` after the host call.
    #[getter]
    fn exports(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.check()?;
        let dict = PyDict::new(py);
        if let Some(inst) = self.instance {
            let found: Vec<(String, Extern)> = self.store.with(py, |s| {
                inst.exports(s).map(|(n, e)| (n.to_owned(), e)).collect()
            });
            for (name, ext) in found {
                let obj = extern_object(py, &self.store, &name, ext)?;
                dict.set_item(name, obj)?;
            }
        }
        Ok(py
            .import("types")?
            .getattr("MappingProxyType")?
            .call1((dict,))?
            .unbind())
    }

    fn __repr__(&self) -> String {
        let state = if self.valid.load(Ordering::Relaxed) {
            "valid"
        } else {
            "expired"
        };
        match self.instance {
            Some(_) => format!("<wasmpy Caller ({state})>"),
            None => format!("<wasmpy Caller without calling instance ({state})>"),
        }
    }
}
