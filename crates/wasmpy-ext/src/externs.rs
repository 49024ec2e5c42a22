//! Exported memories, globals and tables. These are minimal for now: they
//! report their size or value. Reading and writing memory (buffer protocol),
//! growing, and setting globals and table elements come later.

use pyo3::prelude::*;

use crate::instance::SharedStore;
use crate::values::from_val;

/// A linear memory (spec §4.2.8). `size` is its current size in 64 KiB
/// pages. Access to its bytes is not available yet.
#[pyclass(frozen, module = "wasmpy._native")]
pub struct Memory {
    store: SharedStore,
    memory: wasmjit::Memory,
}

impl Memory {
    /// Wraps `memory` of `store`.
    pub fn new(store: SharedStore, memory: wasmjit::Memory) -> Memory {
        Memory { store, memory }
    }
}

#[pymethods]
impl Memory {
    /// `int`: current size in 64 KiB pages.
    #[getter]
    fn size(&self) -> u64 {
        self.memory.size(&self.store.lock())
    }

    fn __repr__(&self) -> String {
        format!("<wasm memory, {} pages>", self.size())
    }
}

/// A global variable (spec §4.2.10). `value` reads its current value;
/// setting it is not available yet.
#[pyclass(frozen, module = "wasmpy._native")]
pub struct Global {
    store: SharedStore,
    global: wasmjit::Global,
}

impl Global {
    /// Wraps `global` of `store`.
    pub fn new(store: SharedStore, global: wasmjit::Global) -> Global {
        Global { store, global }
    }
}

#[pymethods]
impl Global {
    /// `int | float | None`: the current value, converted as a function
    /// result would be. Raises `TypeError` for reference values other than
    /// null.
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let v = self.global.get(&self.store.lock());
        from_val(py, v, |_| {
            Err(pyo3::exceptions::PyTypeError::new_err(
                "funcref globals are not readable from Python yet",
            ))
        })
    }

    /// `bool`: whether wasm code may change the global.
    #[getter]
    fn mutable(&self) -> bool {
        self.global.ty(&self.store.lock()).mutable
    }

    fn __repr__(&self) -> String {
        let ty = self.global.ty(&self.store.lock());
        format!("<wasm global {}>", ty.content)
    }
}

/// A table of references (spec §4.2.7). `size` is its current length;
/// element access is not available yet.
#[pyclass(frozen, module = "wasmpy._native")]
pub struct Table {
    store: SharedStore,
    table: wasmjit::Table,
}

impl Table {
    /// Wraps `table` of `store`.
    pub fn new(store: SharedStore, table: wasmjit::Table) -> Table {
        Table { store, table }
    }
}

#[pymethods]
impl Table {
    /// `int`: current length in elements.
    #[getter]
    fn size(&self) -> u32 {
        self.table.size(&self.store.lock())
    }

    fn __repr__(&self) -> String {
        format!("<wasm table, {} elements>", self.size())
    }
}
