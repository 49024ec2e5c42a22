//! `Limits`: the resource limits of the stores wasm runs in, and the
//! process-wide default that instances get when they name none.

use std::sync::Mutex;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use wasmjit::StoreLimits;

/// The default for stores created from now on (see [`set_default_limits`]).
static DEFAULT: Mutex<Option<StoreLimits>> = Mutex::new(None);

/// The limits a new store gets when none are given.
pub fn default_limits() -> StoreLimits {
    DEFAULT
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .unwrap_or_default()
}

/// Resource limits for the instances of one store: what one untrusted module
/// may take from the process. The spec lets an engine refuse resources
/// (§4.4.7.9: `memory.grow` may fail; §4.4.10.1: the call stack may be
/// exhausted); these say where.
///
/// `Limits(*, max_memory_pages=65536, max_table_elements=10_000_000,
/// max_wasm_stack=1048576, max_store_bytes=2**31)`:
///
/// - `max_memory_pages` (`int`, 64 KiB pages, 0 to 65536): most pages any
///   one memory may have, whatever its declared maximum. Instantiating a
///   module whose memory needs more raises `MemoryError`; `memory.grow` past
///   it returns -1 (and `Memory.grow` raises `ValueError`, as past a
///   declared maximum).
/// - `max_table_elements` (`int`, 0 to 2**32-1): the same for tables.
/// - `max_wasm_stack` (`int`, bytes, at least 4096): native stack wasm frames
///   may use below the Python frame that called in (never more than the
///   thread's stack leaves); deeper recursion raises `wasmpy.Trap` of kind
///   `CALL_STACK_EXHAUSTED`.
/// - `max_store_bytes` (`int`, bytes): most bytes all memories (65536 per
///   page) and tables (8 per element) of one store may have together, so
///   that a module cannot add up many memories or tables (or many
///   instances in one store) to more than one is allowed: creating one past
///   it raises `MemoryError`, growing past it returns -1.
///
/// Raises `ValueError` for a value out of range. Immutable, comparable.
#[pyclass(frozen, eq, skip_from_py_object, module = "wasmpy._native")]
#[derive(Clone, PartialEq)]
pub struct Limits {
    pub(crate) inner: StoreLimits,
}

#[pymethods]
impl Limits {
    #[new]
    #[pyo3(signature = (
        *,
        max_memory_pages = None,
        max_table_elements = None,
        max_wasm_stack = None,
        max_store_bytes = None
    ))]
    fn new(
        max_memory_pages: Option<u64>,
        max_table_elements: Option<u32>,
        max_wasm_stack: Option<usize>,
        max_store_bytes: Option<u64>,
    ) -> PyResult<Limits> {
        let d = StoreLimits::default();
        let inner = StoreLimits {
            max_memory_pages: max_memory_pages.unwrap_or(d.max_memory_pages),
            max_table_elements: max_table_elements.unwrap_or(d.max_table_elements),
            max_wasm_stack: max_wasm_stack.unwrap_or(d.max_wasm_stack),
            max_store_bytes: max_store_bytes.unwrap_or(d.max_store_bytes),
        };
        if inner.max_memory_pages > 65536 {
            return Err(PyValueError::new_err(format!(
                "max_memory_pages must be at most 65536 (4 GiB), not {}",
                inner.max_memory_pages
            )));
        }
        if inner.max_wasm_stack < 4096 {
            return Err(PyValueError::new_err(format!(
                "max_wasm_stack must be at least 4096 bytes, not {}",
                inner.max_wasm_stack
            )));
        }
        Ok(Limits { inner })
    }

    /// Most 64 KiB pages per memory (`int`).
    #[getter]
    fn max_memory_pages(&self) -> u64 {
        self.inner.max_memory_pages
    }

    /// Most elements per table (`int`).
    #[getter]
    fn max_table_elements(&self) -> u32 {
        self.inner.max_table_elements
    }

    /// Most bytes of native stack for wasm frames (`int`).
    #[getter]
    fn max_wasm_stack(&self) -> usize {
        self.inner.max_wasm_stack
    }

    /// Most bytes of memories and tables per store (`int`).
    #[getter]
    fn max_store_bytes(&self) -> u64 {
        self.inner.max_store_bytes
    }

    fn __repr__(&self) -> String {
        let l = &self.inner;
        format!(
            "Limits(max_memory_pages={}, max_table_elements={}, max_wasm_stack={}, \
             max_store_bytes={})",
            l.max_memory_pages, l.max_table_elements, l.max_wasm_stack, l.max_store_bytes
        )
    }
}

/// `get_default_limits() -> Limits`: the limits of stores created without
/// explicit ones (by `import`, `load()` and `Instance()` without `limits=`).
#[pyfunction]
pub fn get_default_limits() -> Limits {
    Limits {
        inner: default_limits(),
    }
}

/// `set_default_limits(limits: Limits) -> None`: the limits of stores
/// created from now on without explicit ones, including those of modules
/// loaded by `import`. Stores that exist keep theirs, except the store of
/// the `Memory`/`Table`/`Global` objects made from Python, which takes them
/// for the objects made from now on.
#[pyfunction]
pub fn set_default_limits(py: Python<'_>, limits: &Limits) -> PyResult<()> {
    *DEFAULT.lock().unwrap_or_else(|e| e.into_inner()) = Some(limits.inner);
    crate::externs::host_store_limits_changed(py, limits.inner)
}
