//! `Instance`: a module instantiated in its own store (spec §4.5.4), and the
//! Python objects for its exports.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use pyo3::prelude::*;
use wasmjit::Extern;

use crate::errors;
use crate::externs::{Global, Memory, Table};
use crate::func::Func;
use crate::module::{self, kind_word, Module};

/// A store shared by an instance and every object exported from it.
///
/// Calls hold the lock only while wasm runs; the GIL is held too, so the
/// lock is never contended today. (Host functions that call back into wasm,
/// which come with imports, will need a re-entrant scheme.)
#[derive(Clone)]
pub struct SharedStore(Arc<Mutex<wasmjit::Store>>);

impl SharedStore {
    /// Exclusive access to the store. A panic while it was held (which the
    /// engine's API does not produce) does not make it unusable.
    pub fn lock(&self) -> MutexGuard<'_, wasmjit::Store> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// An instance of a `Module`.
///
/// `Instance(module, imports=None)`: instantiates `module` in a new store:
/// allocates its memories, tables and globals, applies its data and element
/// segments, runs its start function.
///
/// `imports` is reserved for providing imports (a mapping from module name
/// to a mapping from field name to value); it is not supported yet, so a
/// module with imports raises `wasmpy.LinkError`, as does a non-empty
/// `imports`. Raises `wasmpy.InstantiationError` when a segment does not fit,
/// `wasmpy.Trap` when the start function traps, `MemoryError` when a memory
/// cannot be reserved.
#[pyclass(frozen, module = "wasmpy._native")]
pub struct Instance {
    module: Py<Module>,
    exports: Vec<(String, Py<PyAny>)>,
}

#[pymethods]
impl Instance {
    #[new]
    #[pyo3(signature = (module, imports = None))]
    fn new(
        py: Python<'_>,
        module: Bound<'_, Module>,
        imports: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Instance> {
        let m = &module.get().inner;
        if let Some(first) = m.imports().first() {
            let what = format!(
                "module imports {:?}.{:?} ({}); providing imports is not supported yet",
                first.module,
                first.name,
                kind_word(&first.ty)
            );
            return Err(errors::to_py(py, wasmjit::Error::Link(what), ""));
        }
        let nonempty = match imports {
            Some(i) if !i.is_none() => i.len()? > 0,
            _ => false,
        };
        if nonempty {
            let what = "imports= is not supported yet (the module has no imports anyway)";
            return Err(errors::to_py(py, wasmjit::Error::Link(what.into()), ""));
        }
        let mut store = wasmjit::Store::new(module::engine()?);
        let instance = wasmjit::Instance::new(&mut store, m, &[])
            .map_err(|e| errors::to_py(py, e, "(start)"))?;
        let found: Vec<(String, Extern)> = instance
            .exports(&store)
            .map(|(n, e)| (n.to_owned(), e))
            .collect();
        let shared = SharedStore(Arc::new(Mutex::new(store)));
        let mut exports = Vec::with_capacity(found.len());
        for (name, ext) in found {
            let obj: Py<PyAny> = match ext {
                Extern::Func(f) => {
                    Py::new(py, Func::new(shared.clone(), f, name.clone()))?.into_any()
                }
                Extern::Memory(m) => Py::new(py, Memory::new(shared.clone(), m))?.into_any(),
                Extern::Global(g) => Py::new(py, Global::new(shared.clone(), g))?.into_any(),
                Extern::Table(t) => Py::new(py, Table::new(shared.clone(), t))?.into_any(),
            };
            exports.push((name, obj));
        }
        Ok(Instance {
            module: module.unbind(),
            exports,
        })
    }

    /// `list[tuple[str, Func | Memory | Global | Table]]`: the exports in
    /// declaration order.
    #[getter]
    fn exports(&self, py: Python<'_>) -> Vec<(String, Py<PyAny>)> {
        self.exports
            .iter()
            .map(|(n, o)| (n.clone(), o.clone_ref(py)))
            .collect()
    }

    /// `Module`: the module this is an instance of.
    #[getter]
    fn module(&self, py: Python<'_>) -> Py<Module> {
        self.module.clone_ref(py)
    }

    fn __repr__(&self) -> String {
        format!("<wasmpy Instance: {} exports>", self.exports.len())
    }
}
