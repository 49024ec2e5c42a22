//! Memories, globals and tables as Python objects. Each wraps an engine
//! handle and the store it belongs to. The constructors put new objects in
//! one process-wide store, so that a module instantiated with them as
//! imports joins that store.

use pyo3::exceptions::{PyAttributeError, PyIndexError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyType};
use std::sync::Mutex;

use crate::buffer::with_buffer;
use wasmjit::{GlobalType, Limits, MemoryType, TableType, Val, ValType};

use crate::errors;
use crate::func::Func;
use crate::module;
use crate::roots::Held;
use crate::store::{SharedStore, WeakStore};
use crate::types;
use crate::values::{from_val, to_val, ArgContext};

/// Bytes per wasm page (spec §4.2.8).
const PAGE: u64 = 65536;

/// The store of memories, tables and globals made from Python (with their
/// constructors): one shared by all such objects alive at the same time, so
/// that they can be imported together by one instance. It lives while any
/// of them (or an instance in it) does and is freed with the last; the
/// next object made starts a new one. So objects made and dropped in a loop
/// do not accumulate; objects made while an older one lives share its
/// store and are freed with it. Its limits are the default limits
/// (`crate::limits`), kept in step.
pub fn new_store(py: Python<'_>) -> PyResult<SharedStore> {
    let mut host = HOST_STORE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(s) = host.as_ref().and_then(|w| w.upgrade(py)) {
        return Ok(s);
    }
    let store = SharedStore::with_limits(py, module::engine()?, crate::limits::default_limits())?;
    *host = Some(store.downgrade());
    Ok(store)
}

static HOST_STORE: Mutex<Option<WeakStore>> = Mutex::new(None);

/// Gives the store of objects made from Python new default `limits`.
///
/// Raises `RuntimeError` when wasm of that store is running (from a host
/// function).
pub fn host_store_limits_changed(py: Python<'_>, limits: wasmjit::StoreLimits) -> PyResult<()> {
    let host = HOST_STORE.lock().unwrap_or_else(|e| e.into_inner()).clone();
    match host.and_then(|w| w.upgrade(py)) {
        Some(s) => s.set_limits(py, limits),
        None => Ok(()),
    }
}

/// A linear memory (spec §4.2.8): a byte array that grows in 64 KiB pages.
///
/// `Memory(minimum, maximum=None)`: a new memory of `minimum` pages (zeroed)
/// that may grow to `maximum` pages (at most 65536), to pass as an import.
///
/// It supports the buffer protocol, writable and zero copy:
/// `memoryview(memory)`, `numpy.frombuffer(memory, dtype=...)`,
/// `bytes(memory)`. A view covers the memory's size when it was taken; the
/// memory's base address never moves, so a view taken before `grow` stays
/// valid (it just does not cover the new pages). `len(memory)` is the size
/// in bytes. Raises `ValueError` when `minimum > maximum` or either exceeds
/// 65536, `MemoryError` when the address space cannot be reserved.
///
/// (This is the base class, `_MemoryBase`; `Memory` adds the buffer
/// protocol, see `buffer.rs`.)
#[pyclass(frozen, subclass, name = "_MemoryBase", module = "wasmpy._native")]
pub struct MemoryBase {
    store: SharedStore,
    memory: wasmjit::Memory,
    /// `memory` as a root of its store (see `roots.rs`).
    held: Held,
}

impl Drop for MemoryBase {
    fn drop(&mut self) {
        self.store.release(&mut self.held);
    }
}

/// A memory to wrap, passed to the `Memory` constructor by [`wrap_memory`]
/// (held meanwhile).
#[pyclass(frozen, name = "_MemoryHandle", module = "wasmpy._native")]
pub struct MemoryHandle(Mutex<Option<(SharedStore, wasmjit::Memory, Held)>>);

/// The `Memory` type (set at module initialization).
pub static MEMORY_TYPE: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// A `Memory` object for `memory` of `store`.
pub fn wrap_memory(
    py: Python<'_>,
    store: SharedStore,
    memory: wasmjit::Memory,
) -> PyResult<Py<PyAny>> {
    let ty = MEMORY_TYPE
        .get(py)
        .ok_or_else(|| PyTypeError::new_err("wasmpy._native is not initialized"))?;
    let held = store.hold(wasmjit::Extern::Memory(memory));
    let handle = MemoryHandle(Mutex::new(Some((store, memory, held))));
    Ok(ty.bind(py).call1((handle,))?.unbind())
}

impl MemoryBase {
    /// The engine handle and the store it belongs to.
    pub fn handle(&self) -> (&SharedStore, wasmjit::Memory) {
        (&self.store, self.memory)
    }

    /// Base address and current length in bytes, with the memory pinned
    /// (`wasmjit::Memory::pin`: the base stays put, even in a 32-bit
    /// process) until the pin is dropped. Waits for the store (a wasm call
    /// of another thread may be growing the memory); the pin's end does not.
    pub fn pinned_span(&self, py: Python<'_>) -> (*mut u8, usize, wasmjit::MemoryPin) {
        self.store.with(py, |s| {
            let pin = self.memory.pin(s);
            (self.memory.data_ptr(s), self.memory.data(s).len(), pin)
        })
    }

    /// Runs `f` on the bytes `offset..offset + n` of the memory (with the
    /// store held, so no wasm call runs meanwhile); `IndexError` if they are
    /// not all within the memory.
    fn with_range<R>(
        &self,
        py: Python<'_>,
        offset: u64,
        n: u64,
        f: impl FnOnce(&mut [u8]) -> R,
    ) -> PyResult<R> {
        self.store.with(py, |s| {
            let data = self.memory.data_mut(s);
            let len = data.len() as u64;
            match offset.checked_add(n) {
                Some(end) if end <= len => Ok(f(&mut data[offset as usize..end as usize])),
                _ => Err(PyIndexError::new_err(format!(
                    "bytes {offset}..{offset}+{n} are out of bounds of a memory of {len} bytes"
                ))),
            }
        })
    }
}

#[pymethods]
impl MemoryBase {
    fn __traverse__(&self, visit: pyo3::PyVisit<'_>) -> Result<(), pyo3::PyTraverseError> {
        self.held.traverse(&visit)?;
        self.store.traverse(&visit)
    }

    /// Gives back the store's objects attributed to this object (see
    /// `refs.rs`).
    fn __clear__(&self) {
        self.held.clear();
    }

    #[new]
    #[pyo3(signature = (minimum, maximum = None))]
    fn new(
        py: Python<'_>,
        minimum: &Bound<'_, PyAny>,
        maximum: Option<u64>,
    ) -> PyResult<MemoryBase> {
        if let Ok(h) = minimum.cast::<MemoryHandle>() {
            let taken = h.get().0.lock().unwrap_or_else(|e| e.into_inner()).take();
            let (store, memory, held) =
                taken.ok_or_else(|| PyTypeError::new_err("memory handle already used"))?;
            return Ok(MemoryBase {
                store,
                memory,
                held,
            });
        }
        let (minimum, maximum) = match types::limits_of(minimum, "MemoryType")? {
            Some(limits) if maximum.is_none() => limits,
            Some(_) => {
                return Err(PyTypeError::new_err(
                    "Memory(MemoryType) takes the maximum from the type, not as an argument",
                ))
            }
            None => (minimum.extract()?, maximum),
        };
        if minimum > PAGE || maximum.is_some_and(|m| m > PAGE || m < minimum) {
            return Err(PyValueError::new_err(format!(
                "bad memory limits: minimum {minimum}, maximum {} (pages, at most 65536)",
                maximum.map_or("none".to_string(), |m| m.to_string())
            )));
        }
        let store = new_store(py)?;
        let ty = MemoryType {
            limits: Limits {
                min: minimum,
                max: maximum,
            },
            memory64: false,
            shared: false,
        };
        let (memory, held) = store
            .with(py, |s| {
                let m = wasmjit::Memory::new(s, ty)?;
                Ok((m, store.hold(wasmjit::Extern::Memory(m))))
            })
            .map_err(|e| errors::to_py(py, e, ""))?;
        Ok(MemoryBase {
            store,
            memory,
            held,
        })
    }

    /// `int`: current size in 64 KiB pages.
    #[getter]
    fn size(&self, py: Python<'_>) -> u64 {
        self.store.with(py, |s| self.memory.size(s))
    }

    /// `int | None`: the maximum size in pages, if declared.
    #[getter]
    fn maximum(&self, py: Python<'_>) -> Option<u64> {
        self.store.with(py, |s| self.memory.ty(s).limits.max)
    }

    /// `MemoryType`: the limits in pages (`str()`: `memory 1 2`); the
    /// minimum is the size the memory was created with.
    #[getter(r#type)]
    fn type_<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let ty = self.store.with(py, |s| self.memory.ty(s));
        types::memorytype(py, &ty)
    }

    /// Size in bytes.
    fn __len__(&self, py: Python<'_>) -> usize {
        self.store.with(py, |s| self.memory.data(s).len())
    }

    /// `grow(delta: int) -> int`: adds `delta` zeroed pages; returns the
    /// previous size in pages; views taken before stay valid. Raises
    /// `ValueError` naming the limit when the memory would exceed its
    /// declared maximum, the store's `Limits.max_memory_pages`, or 65536
    /// pages (4 GiB), or, within those, when the pages cannot be had: in a
    /// 32-bit process a memory that grows past its reservation moves, which
    /// it may not while buffer views of it exist; the memory is then
    /// unchanged. (The wasm instruction `memory.grow` returns -1 in those
    /// cases instead, spec §4.4.7.)
    fn grow(&self, py: Python<'_>, delta: u64) -> PyResult<u64> {
        self.store.with(py, |s| {
            let size = self.memory.size(s);
            let declared = self.memory.ty(s).limits.max;
            let store_limit = s.limits().max_memory_pages;
            self.memory.grow(s, delta).map_err(|_| {
                let (limit, what) = match declared {
                    Some(m) if m <= store_limit => (m, "the memory's maximum"),
                    _ if store_limit < PAGE => (store_limit, "the store's Limits.max_memory_pages"),
                    _ => (PAGE, "the 4 GiB of a 32-bit memory"),
                };
                if size.saturating_add(delta) <= limit {
                    return PyValueError::new_err(format!(
                        "cannot grow memory by {delta} pages: no address space for it (a 32-bit \
                         process moves a memory that outgrows its reservation, never while \
                         buffer views of it exist)"
                    ));
                }
                PyValueError::new_err(format!(
                    "cannot grow memory by {delta} pages: {size} + {delta} pages exceeds {limit} \
                     pages, {what}"
                ))
            })
        })
    }

    /// `read(offset: int, n: int) -> bytes`: a copy of `n` bytes at byte
    /// `offset`. Raises `IndexError` when they are not all within the memory.
    fn read<'py>(&self, py: Python<'py>, offset: u64, n: u64) -> PyResult<Bound<'py, PyBytes>> {
        // Copy into a new bytes object directly (one memcpy).
        let mut out = None;
        self.with_range(py, offset, n, |src| {
            out = Some(PyBytes::new(py, src));
        })?;
        Ok(out.expect("set by with_range"))
    }

    /// `write(offset: int, data: bytes-like) -> None`: copies `data` (any
    /// contiguous buffer) to byte `offset`. Raises `IndexError` when it does
    /// not fit within the memory, `TypeError` when `data` is not bytes-like.
    fn write(&self, py: Python<'_>, offset: u64, data: &Bound<'_, PyAny>) -> PyResult<()> {
        let copy = |ptr: *const u8, n: usize| -> PyResult<()> {
            self.with_range(py, offset, n as u64, |dst| {
                // SAFETY: `dst` has `n` bytes; `src` may be a view of this
                // very memory, so the copy allows overlap.
                unsafe { std::ptr::copy(ptr, dst.as_mut_ptr(), n) }
            })
        };
        if let Ok(b) = data.cast::<PyBytes>() {
            let b = b.as_bytes();
            return copy(b.as_ptr(), b.len());
        }
        with_buffer(data, copy)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!("<wasm memory, {} pages>", self.size(py))
    }
}

/// A global variable (spec §4.2.10).
///
/// `Global(type, value, mutable=False)`: a new global of value type `type`
/// (`"i32"`, `"i64"`, `"f32"`, `"f64"`) holding `value`, to pass as an
/// import. `value` reads it; assigning `value` sets it (converted like a
/// function argument) and raises `AttributeError` for an immutable global.
#[pyclass(frozen, module = "wasmpy._native")]
pub struct Global {
    store: SharedStore,
    global: wasmjit::Global,
    /// `global` as a root of its store (see `roots.rs`).
    held: Held,
}

impl Drop for Global {
    fn drop(&mut self) {
        self.store.release(&mut self.held);
    }
}

impl Global {
    /// Wraps `global` of `store` (live and reachable: see `Func::new`).
    pub fn wrap(store: SharedStore, global: wasmjit::Global) -> Global {
        let held = store.hold(wasmjit::Extern::Global(global));
        Global {
            store,
            global,
            held,
        }
    }

    /// The engine handle and the store it belongs to.
    pub fn handle(&self) -> (&SharedStore, wasmjit::Global) {
        (&self.store, self.global)
    }
}

/// Converts `obj` for a value of type `ty`; `what` names it in errors.
fn convert(store: &SharedStore, obj: &Bound<'_, PyAny>, ty: ValType, what: &str) -> PyResult<Val> {
    let cx = ArgContext {
        func: what,
        index: 0,
        result: false,
        store: Some(store),
    };
    to_val(obj, ty, &cx)
}

#[pymethods]
impl Global {
    fn __traverse__(&self, visit: pyo3::PyVisit<'_>) -> Result<(), pyo3::PyTraverseError> {
        self.held.traverse(&visit)?;
        self.store.traverse(&visit)
    }

    /// Gives back the store's objects attributed to this object (see
    /// `refs.rs`).
    fn __clear__(&self) {
        self.held.clear();
    }

    #[new]
    #[pyo3(signature = (r#type, value, mutable = false))]
    fn new(
        py: Python<'_>,
        r#type: &Bound<'_, PyAny>,
        value: &Bound<'_, PyAny>,
        mutable: bool,
    ) -> PyResult<Global> {
        let (content, mutable) = match types::global_of(r#type)? {
            Some((content, m)) => (content, m || mutable),
            None => (types::extract_valtype(r#type)?, mutable),
        };
        let store = new_store(py)?;
        let init = convert(&store, value, content, "Global")?;
        let _held = store.hold_ref(init);
        let ty = GlobalType { content, mutable };
        let (global, held) = store
            .with(py, |s| {
                let g = wasmjit::Global::new(s, ty, init)?;
                Ok((g, store.hold(wasmjit::Extern::Global(g))))
            })
            .map_err(|e| errors::to_py(py, e, ""))?;
        Ok(Global {
            store,
            global,
            held,
        })
    }

    /// `int | float | None`: the current value, converted as a function
    /// result would be.
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let v = self.store.with(py, |s| self.global.get(s));
        from_val(py, v, Some(&self.store))
    }

    #[setter]
    fn set_value(&self, py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let ty = self.store.with(py, |s| self.global.ty(s));
        if !ty.mutable {
            return Err(PyAttributeError::new_err(
                "cannot set the value of an immutable global",
            ));
        }
        let v = convert(&self.store, value, ty.content, "Global.value")?;
        let _held = self.store.hold_ref(v);
        self.store
            .with(py, |s| self.global.set(s, v))
            .map_err(|e| errors::to_py(py, e, ""))
    }

    /// `bool`: whether the global may change.
    #[getter]
    fn mutable(&self, py: Python<'_>) -> bool {
        self.store.with(py, |s| self.global.ty(s).mutable)
    }

    /// `GlobalType`: the value type (`.content`) and mutability; `str()`
    /// gives `global (mut i32)`, and it also compares equal to the value
    /// type's name (`"i32"`, what this attribute was before 0.3).
    #[getter(r#type)]
    fn type_<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let ty = self.store.with(py, |s| self.global.ty(s));
        types::globaltype(py, &ty)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let ty = self.store.with(py, |s| self.global.ty(s));
        if ty.mutable {
            format!("<wasm global (mut {})>", ty.content)
        } else {
            format!("<wasm global {}>", ty.content)
        }
    }
}

/// A table of references (spec §4.2.7).
///
/// `Table(minimum, maximum=None, element="funcref")`: a new table of
/// `minimum` null elements, to pass as an import (in the process-wide store
/// of objects made from Python, like `Memory(...)` and `Global(...)`). `len(table)` is its
/// length; `table[i]` is element `i` (a `Func` or `None`; negative indices
/// count from the end); `table[i] = f` stores a `Func` of the same store or
/// `None`. Indexing out of bounds raises `IndexError`.
#[pyclass(frozen, module = "wasmpy._native")]
pub struct Table {
    store: SharedStore,
    table: wasmjit::Table,
    /// `table` as a root of its store (see `roots.rs`).
    held: Held,
}

impl Drop for Table {
    fn drop(&mut self) {
        self.store.release(&mut self.held);
    }
}

impl Table {
    /// Wraps `table` of `store` (live and reachable: see `Func::new`).
    pub fn wrap(store: SharedStore, table: wasmjit::Table) -> Table {
        let held = store.hold(wasmjit::Extern::Table(table));
        Table { store, table, held }
    }

    /// The engine handle and the store it belongs to.
    pub fn handle(&self) -> (&SharedStore, wasmjit::Table) {
        (&self.store, self.table)
    }

    fn index(&self, py: Python<'_>, i: i64) -> PyResult<u32> {
        let len = i64::from(self.store.with(py, |s| self.table.size(s)));
        let j = if i < 0 { i + len } else { i };
        if (0..len).contains(&j) {
            Ok(j as u32)
        } else {
            Err(PyIndexError::new_err(format!(
                "table index {i} out of range for a table of {len} elements"
            )))
        }
    }

    /// The reference value for `obj`: `None` or a `Func` of this store.
    fn to_element(&self, obj: &Bound<'_, PyAny>, ty: ValType) -> PyResult<Val> {
        if obj.is_none() {
            return Ok(if ty == ValType::FuncRef {
                Val::FuncRef(None)
            } else {
                Val::ExternRef(None)
            });
        }
        if ty == ValType::ExternRef {
            return Ok(Val::ExternRef(Some(self.store.extern_ref(obj.py(), obj))));
        }
        match obj.cast::<Func>() {
            Ok(f) => Ok(Val::FuncRef(Some(self.store.func_ref(obj.py(), f)?))),
            Err(_) => Err(PyTypeError::new_err(format!(
                "a funcref table element must be a wasmpy.Func or None, not {}",
                obj.get_type().name()?
            ))),
        }
    }
}

#[pymethods]
impl Table {
    fn __traverse__(&self, visit: pyo3::PyVisit<'_>) -> Result<(), pyo3::PyTraverseError> {
        self.held.traverse(&visit)?;
        self.store.traverse(&visit)
    }

    /// Gives back the store's objects attributed to this object (see
    /// `refs.rs`).
    fn __clear__(&self) {
        self.held.clear();
    }

    #[new]
    #[pyo3(signature = (minimum, maximum = None, element = None))]
    fn new(
        py: Python<'_>,
        minimum: &Bound<'_, PyAny>,
        maximum: Option<u32>,
        element: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Table> {
        let (minimum, maximum, element) = match types::limits_of(minimum, "TableType")? {
            Some((lo, hi)) => {
                let el = types::extract_valtype(&minimum.getattr("element")?)?;
                let fit = |v: u64| {
                    u32::try_from(v).map_err(|_| PyValueError::new_err("table limits over 2**32"))
                };
                (fit(lo)?, hi.map(fit).transpose()?, el)
            }
            None => (
                minimum.extract::<u32>()?,
                maximum,
                match element {
                    Some(e) => types::extract_valtype(e)?,
                    None => ValType::FuncRef,
                },
            ),
        };
        if !matches!(element, ValType::FuncRef | ValType::ExternRef) {
            return Err(PyValueError::new_err(
                "table elements are funcref or externref",
            ));
        }
        let store = new_store(py)?;
        let ty = TableType {
            element,
            limits: Limits {
                min: minimum.into(),
                max: maximum.map(Into::into),
            },
        };
        let init = if element == ValType::FuncRef {
            Val::FuncRef(None)
        } else {
            Val::ExternRef(None)
        };
        let (table, held) = store
            .with(py, |s| {
                let t = wasmjit::Table::new(s, ty, init)?;
                Ok((t, store.hold(wasmjit::Extern::Table(t))))
            })
            .map_err(|e| errors::to_py(py, e, ""))?;
        Ok(Table { store, table, held })
    }

    /// `int`: current length in elements.
    #[getter]
    fn size(&self, py: Python<'_>) -> u32 {
        self.store.with(py, |s| self.table.size(s))
    }

    /// `ValType`: the element type (`"funcref"` or `"externref"`).
    #[getter(element)]
    fn element_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let el = self.store.with(py, |s| self.table.ty(s).element);
        types::valtype(py, el)
    }

    /// `TableType`: element type and limits (`str()`: `table 1 10 funcref`).
    #[getter(r#type)]
    fn type_<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let ty = self.store.with(py, |s| self.table.ty(s));
        types::tabletype(py, &ty)
    }

    /// `int | None`: the maximum length, if declared.
    #[getter]
    fn maximum(&self, py: Python<'_>) -> Option<u64> {
        self.store.with(py, |s| self.table.ty(s).limits.max)
    }

    fn __len__(&self, py: Python<'_>) -> usize {
        self.size(py) as usize
    }

    fn __getitem__<'py>(&self, py: Python<'py>, i: i64) -> PyResult<Bound<'py, PyAny>> {
        let i = self.index(py, i)?;
        let v = self
            .store
            .with(py, |s| self.table.get(s, i))
            .ok_or_else(|| PyIndexError::new_err("table index out of range"))?;
        from_val(py, v, Some(&self.store))
    }

    fn __setitem__(&self, py: Python<'_>, i: i64, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let i = self.index(py, i)?;
        let ty = self.store.with(py, |s| self.table.ty(s).element);
        let v = self.to_element(value, ty)?;
        let _held = self.store.hold_ref(v);
        self.store
            .with(py, |s| self.table.set(s, i, v))
            .map_err(|e| errors::to_py(py, e, ""))
    }

    /// `grow(delta: int, init: Func | None = None) -> int`: appends `delta`
    /// elements set to `init`; returns the previous length. Raises
    /// `ValueError` past the maximum, `TypeError` for a bad `init`.
    #[pyo3(signature = (delta, init = None))]
    fn grow(&self, py: Python<'_>, delta: u32, init: Option<&Bound<'_, PyAny>>) -> PyResult<u32> {
        let ty = self.store.with(py, |s| self.table.ty(s).element);
        let v = match init {
            Some(obj) => self.to_element(obj, ty)?,
            None => self.to_element(&py.None().into_bound(py), ty)?,
        };
        let _held = self.store.hold_ref(v);
        self.store
            .with(py, |s| self.table.grow(s, delta, v))
            .map_err(|e| PyValueError::new_err(e.to_string()))
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!("<wasm table, {} elements>", self.size(py))
    }
}
