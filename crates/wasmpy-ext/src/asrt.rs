//! `AsRuntime`: the AssemblyScript object model (crate `as-runtime`) over
//! an `Instance`, for `wasmpy.assemblyscript`.
//!
//! Thin: it converts pointers, strings and element buffers, and maps
//! [`AsError`] to the exception classes of `wasmpy/_aserrors.py`. Everything
//! users see (`ASModule`, class wrappers, default imports) is Python.
//!
//! Two `as_runtime::AsRuntime` values share one instance: `reader` serves
//! the reads (strings, array layouts), which need no lock, and `writer`,
//! behind a mutex, the operations that call the runtime or count pins. A
//! host function running inside an allocation (say `env.abort` during
//! `__new`) can so still read strings; a nested allocation gets a clear
//! `RuntimeError` instead of a deadlock.

use std::ffi::c_int;
use std::sync::{Mutex, MutexGuard, TryLockError};

use as_runtime::{AsError, ElemKind, Generation, Values};
use pyo3::exceptions::PyRuntimeError;
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyList, PyModule, PyString};

use crate::buffer::with_buffer;
use crate::errors;
use crate::instance::Instance;
use crate::store::SharedStore;

const ERRORS_MODULE: &str = "wasmpy._aserrors";
static ERRORS: PyOnceLock<Py<PyModule>> = PyOnceLock::new();

/// The module `wasmpy._aserrors` (imported once).
fn errors_module(py: Python<'_>) -> PyResult<&Bound<'_, PyModule>> {
    ERRORS
        .get_or_try_init(py, || {
            PyModule::import(py, ERRORS_MODULE).map(Bound::unbind)
        })
        .map(|m| m.bind(py))
}

/// The Python exception for `e`: the matching class of
/// `wasmpy._aserrors` with the message and, when there is one, a `ptr`
/// attribute; engine errors become `wasmpy` exceptions (a host function's
/// own exception comes back unchanged).
fn to_py(py: Python<'_>, e: AsError) -> PyErr {
    let e = match e {
        AsError::Engine(inner) => return errors::to_py(py, inner, "(AssemblyScript runtime)"),
        AsError::Abort(a) => {
            let made = (|| -> PyResult<PyErr> {
                let class = errors_module(py)?.getattr("ASAbort")?;
                let exc = class.call1((a.message, a.file, a.line, a.column))?;
                Ok(PyErr::from_value(exc))
            })();
            return made.unwrap_or_else(|err| err);
        }
        e => e,
    };
    let (class, ptr) = match &e {
        AsError::Engine(_) | AsError::Abort(_) => unreachable!("handled above"),
        AsError::MissingExport { .. }
        | AsError::UnrecognizedRuntime(_)
        | AsError::Unsupported(_) => ("ASRuntimeError", None),
        AsError::Null { .. } => ("ASPointerError", Some(0)),
        AsError::OutOfBounds { ptr, .. } | AsError::NotAnObject { ptr, .. } => {
            ("ASPointerError", Some(*ptr))
        }
        AsError::Freed { ptr } => ("ASFreedError", Some(*ptr)),
        AsError::WrongType { ptr, .. } => ("ASWrongTypeError", Some(*ptr)),
        AsError::UnknownTypeId { .. } | AsError::NotAnArrayType { .. } => {
            ("ASWrongTypeError", None)
        }
        AsError::NotPinned { ptr } | AsError::AlreadyPinned { ptr } => ("ASPinError", Some(*ptr)),
        AsError::BadValue { .. } => ("ASValueError", None),
    };
    let made = (|| -> PyResult<PyErr> {
        let exc = errors_module(py)?.getattr(class)?.call1((e.to_string(),))?;
        exc.setattr("ptr", ptr)?;
        Ok(PyErr::from_value(exc))
    })();
    made.unwrap_or_else(|err| err)
}

/// Narrows UTF-16LE `bytes` (an odd last byte ignored) to one byte per
/// code unit in `out` (resized to the number of units). Returns `None` when
/// a unit is above U+00FF (`out` is then junk), else whether all units are
/// ASCII. 16 units at a time with SSE2 (baseline on x86-64): `packus`
/// narrows, and an OR of the inputs collects the high bits to check.
fn narrow_latin1(bytes: &[u8], out: &mut Vec<u8>) -> Option<bool> {
    // SAFETY: SSE2 is part of the x86-64 baseline and of Rust's i686
    // targets' (pentium4), so every CPU this extension runs on has it.
    unsafe { narrow_latin1_sse2(bytes, out) }
}

#[target_feature(enable = "sse2")]
fn narrow_latin1_sse2(bytes: &[u8], out: &mut Vec<u8>) -> Option<bool> {
    #[cfg(target_arch = "x86")]
    use std::arch::x86::{
        __m128i, _mm_and_si128, _mm_cmpeq_epi16, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128,
        _mm_packus_epi16, _mm_set1_epi16, _mm_setzero_si128, _mm_storeu_si128,
    };
    #[cfg(target_arch = "x86_64")]
    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_cmpeq_epi16, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128,
        _mm_packus_epi16, _mm_set1_epi16, _mm_setzero_si128, _mm_storeu_si128,
    };
    let units = bytes.len() / 2;
    // Shrinking or keeping the length writes nothing; only growth zero-fills.
    out.resize(units, 0);
    let mut acc = _mm_setzero_si128();
    let mut src = bytes.chunks_exact(32);
    let mut dst = out.chunks_exact_mut(16);
    for (i, (d, s)) in (&mut dst).zip(&mut src).enumerate() {
        // Every 4 KiB of input, stop early if a unit above U+00FF was seen.
        if i % 128 == 127 {
            let m = _mm_and_si128(acc, _mm_set1_epi16(0xFF00u16 as i16));
            if _mm_movemask_epi8(_mm_cmpeq_epi16(m, _mm_setzero_si128())) != 0xFFFF {
                return None;
            }
        }
        // SAFETY: `s` is 32 readable bytes and `d` 16 writable ones; the
        // loads and the store are unaligned (loadu/storeu).
        unsafe {
            let a = _mm_loadu_si128(s.as_ptr().cast::<__m128i>());
            let b = _mm_loadu_si128(s.as_ptr().add(16).cast::<__m128i>());
            acc = _mm_or_si128(acc, _mm_or_si128(a, b));
            _mm_storeu_si128(d.as_mut_ptr().cast::<__m128i>(), _mm_packus_epi16(a, b));
        }
    }
    let mut tail = 0u16;
    for (d, s) in dst
        .into_remainder()
        .iter_mut()
        .zip(src.remainder().chunks_exact(2))
    {
        *d = s[0];
        tail |= u16::from_le_bytes([s[0], s[1]]);
    }
    let clear = |mask: u16| {
        let m = _mm_and_si128(acc, _mm_set1_epi16(mask as i16));
        _mm_movemask_epi8(_mm_cmpeq_epi16(m, _mm_setzero_si128())) == 0xFFFF && tail & mask == 0
    };
    if !clear(0xFF00) {
        return None;
    }
    Some(clear(0xFF80))
}

thread_local! {
    /// Scratch buffer of `latin1_str`, kept between calls (a fresh large
    /// allocation each time would cost page faults).
    static SCRATCH: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The `str` of UTF-16LE `bytes` when every unit is below U+0100 (ASCII
/// and Latin-1 text, the common case): narrowed here, then copied into a
/// one-byte-per-character `str` by CPython's ASCII or Latin-1 decoder.
/// `None` when some unit is above U+00FF.
fn latin1_str<'py>(py: Python<'py>, bytes: &[u8]) -> Option<PyResult<Bound<'py, PyAny>>> {
    SCRATCH.with(|cell| {
        let mut buf = cell.borrow_mut();
        let ascii = narrow_latin1(bytes, &mut buf)?;
        let (ptr, len) = (buf.as_ptr().cast(), buf.len() as ffi::Py_ssize_t);
        // SAFETY: `buf` holds `len` initialized bytes (ASCII when `ascii`);
        // the decoder copies them and returns a new reference, or NULL with
        // an exception set.
        Some(unsafe {
            let raw = if ascii {
                ffi::PyUnicode_DecodeASCII(ptr, len, std::ptr::null())
            } else {
                ffi::PyUnicode_DecodeLatin1(ptr, len, std::ptr::null())
            };
            Bound::from_owned_ptr_or_err(py, raw)
        })
    })
}

/// The runtime helpers of one AssemblyScript instance (see the module docs).
#[pyclass(frozen, module = "wasmpy._native")]
pub struct AsRuntime {
    store: SharedStore,
    reader: as_runtime::AsRuntime,
    writer: Mutex<as_runtime::AsRuntime>,
    /// The instance as a root of its store (see `roots.rs`).
    held: crate::roots::Held,
}

impl Drop for AsRuntime {
    fn drop(&mut self) {
        self.store.release(&mut self.held);
    }
}

impl AsRuntime {
    fn writer(&self) -> PyResult<MutexGuard<'_, as_runtime::AsRuntime>> {
        match self.writer.try_lock() {
            Ok(g) => Ok(g),
            Err(TryLockError::Poisoned(p)) => Ok(p.into_inner()),
            Err(TryLockError::WouldBlock) => Err(PyRuntimeError::new_err(
                "the AssemblyScript runtime is busy: a host function called during an \
                 allocation, pin or collection cannot allocate, pin or collect",
            )),
        }
    }

    fn kind_of(&self, py: Python<'_>, type_id: u32) -> PyResult<ElemKind> {
        let (_, kind) = self
            .reader
            .types()
            .array_type(type_id)
            .map_err(|e| to_py(py, e))?;
        Ok(kind)
    }
}

#[pymethods]
impl AsRuntime {
    fn __traverse__(&self, visit: pyo3::PyVisit<'_>) -> Result<(), pyo3::PyTraverseError> {
        self.held.traverse(&visit)?;
        self.store.traverse(&visit)
    }

    /// Gives back the store's objects attributed to this object (see
    /// `refs.rs`).
    fn __clear__(&self) {
        self.held.clear();
    }

    /// `AsRuntime(instance: Instance)`: finds the AS runtime of `instance`:
    /// its `memory`, the type table at the `__rtti_base` global (which
    /// tells the runtime generation), and `__new`/`__pin`/`__unpin`/`__collect`.
    ///
    /// Raises `ASRuntimeError` when `memory` or `__rtti_base` is not
    /// exported (compile with `--exportRuntime`) or the type table is not
    /// an AS one.
    #[new]
    fn new(py: Python<'_>, instance: &Bound<'_, Instance>) -> PyResult<AsRuntime> {
        let (store, inner) = instance.get().handle();
        let (reader, writer) = store
            .with(py, |s| {
                Ok::<_, AsError>((
                    as_runtime::AsRuntime::new(s, inner)?,
                    as_runtime::AsRuntime::new(s, inner)?,
                ))
            })
            .map_err(|e| to_py(py, e))?;
        Ok(AsRuntime {
            store: store.clone(),
            reader,
            writer: Mutex::new(writer),
            // The `Instance` passed in holds it meanwhile.
            held: store.hold(inner),
        })
    }

    /// `str`: `"0.20+"` for AS 0.20 and later (ArrayBuffer id 1, String id
    /// 2), `"0.18-0.19"` for the older runtime (ids 0 and 1, classes exported).
    #[getter]
    fn generation(&self) -> &'static str {
        match self.reader.generation() {
            Generation::Current => "0.20+",
            Generation::Legacy => "0.18-0.19",
        }
    }

    /// `int`: runtime type id of `String`.
    #[getter]
    fn string_id(&self) -> u32 {
        self.reader.string_id()
    }

    /// `int`: runtime type id of `ArrayBuffer`.
    #[getter]
    fn array_buffer_id(&self) -> u32 {
        self.reader.array_buffer_id()
    }

    /// `int`: number of entries in the runtime type table.
    #[getter]
    fn type_count(&self) -> u32 {
        self.reader.types().len()
    }

    /// `type_id_of(ptr: int) -> int`: the runtime type id of the object at
    /// `ptr`. Raises `ASPointerError` (null, outside memory, not an object)
    /// or `ASFreedError` (collected).
    fn type_id_of(&self, py: Python<'_>, ptr: u32) -> PyResult<u32> {
        self.store
            .with(py, |s| self.reader.type_id_of(s, ptr))
            .map_err(|e| to_py(py, e))
    }

    /// `check_type(ptr: int, type_id: int) -> None`: checks that `ptr` is
    /// a live object of runtime type `type_id` (for AS 0.18–0.19, or of a
    /// class deriving from it). Raises `ASWrongTypeError` otherwise, or as
    /// `type_id_of`.
    fn check_type(&self, py: Python<'_>, ptr: u32, type_id: u32) -> PyResult<()> {
        self.store
            .with(py, |s| self.reader.check_type(s, ptr, type_id, "object"))
            .map(|_| ())
            .map_err(|e| to_py(py, e))
    }

    /// `is_pinned(ptr: int) -> bool`: whether the collector keeps the
    /// object at `ptr` pinned (by anyone). Raises as `type_id_of`.
    fn is_pinned(&self, py: Python<'_>, ptr: u32) -> PyResult<bool> {
        self.store
            .with(py, |s| self.reader.header(s, ptr))
            .map(|h| h.is_pinned())
            .map_err(|e| to_py(py, e))
    }

    /// `get_string(ptr: int) -> str`: the `String` at `ptr`, decoded from
    /// UTF-16LE by CPython's codec straight from linear memory; lone
    /// surrogates (legal in AS strings) are kept (`surrogatepass`).
    /// Raises `ASPointerError`, `ASFreedError`, or `ASWrongTypeError` when
    /// the object is not a string.
    fn get_string<'py>(&self, py: Python<'py>, ptr: u32) -> PyResult<Bound<'py, PyAny>> {
        self.store.with(py, |s| {
            let bytes = self.reader.string_bytes(s, ptr).map_err(|e| to_py(py, e))?;
            if let Some(r) = latin1_str(py, bytes) {
                return r;
            }
            let mut order: c_int = -1;
            // SAFETY: `bytes` is a live borrow of the memory for the length
            // given (the store is held, so no wasm runs and the memory cannot
            // grow or change); the codec copies it into a new str object and
            // returns a new reference, or NULL with an exception set.
            unsafe {
                let raw = ffi::PyUnicode_DecodeUTF16(
                    bytes.as_ptr().cast(),
                    bytes.len() as ffi::Py_ssize_t,
                    c"surrogatepass".as_ptr(),
                    &mut order,
                );
                Bound::from_owned_ptr_or_err(py, raw)
            }
        })
    }

    /// `string_bytes(ptr: int) -> bytes`: the UTF-16LE code units of the
    /// `String` at `ptr`. Raises as `get_string`.
    fn string_bytes<'py>(&self, py: Python<'py>, ptr: u32) -> PyResult<Bound<'py, PyBytes>> {
        self.store.with(py, |s| {
            let bytes = self.reader.string_bytes(s, ptr).map_err(|e| to_py(py, e))?;
            Ok(PyBytes::new(py, bytes))
        })
    }

    /// `get_string_utf8(ptr: int) -> str`: as `get_string`, but decoded by
    /// the Rust decoder (lone surrogates become U+FFFD); kept to compare
    /// the two decoders in `benches/python/assemblyscript.py`.
    fn get_string_utf8(&self, py: Python<'_>, ptr: u32) -> PyResult<String> {
        self.store
            .with(py, |s| self.reader.get_string(s, ptr))
            .map_err(|e| to_py(py, e))
    }

    /// `new_string(s: str) -> int`: a new, unpinned `String` holding `s`
    /// (UTF-16, lone surrogates kept); pin it before anything else
    /// allocates. Raises `ASRuntimeError` without `__new`, `ASAbort` or
    /// `wasmpy.Trap` when allocation fails.
    fn new_string(&self, py: Python<'_>, s: &Bound<'_, PyString>) -> PyResult<u32> {
        let units = s.call_method1("encode", ("utf-16-le", "surrogatepass"))?;
        let units = units.cast::<PyBytes>()?.as_bytes();
        let mut w = self.writer()?;
        let id = self.reader.string_id();
        self.store
            .with(py, |st| {
                let len = u32::try_from(units.len()).map_err(|_| {
                    AsError::Unsupported(format!("a string of {} bytes", units.len()))
                })?;
                let ptr = w.new_object(st, len, id)?;
                let mem = w.memory().data_mut(st);
                mem[ptr as usize..ptr as usize + units.len()].copy_from_slice(units);
                Ok(ptr)
            })
            .map_err(|e: AsError| to_py(py, e))
    }

    /// `array_info(ptr: int) -> tuple[str, int, int, int, int]`: where the
    /// elements of the array at `ptr` (an `ArrayBuffer`, typed array,
    /// `Array<T>` or `StaticArray<T>`) are: `(format, data_start, length,
    /// byte_length, type_id)`, with `format` the `struct` character of the
    /// element (`b B h H i I q Q f d`; `I` for object pointers),
    /// `data_start` a byte address, `length` in elements. Raises
    /// `ASPointerError`, `ASFreedError`, or `ASWrongTypeError` for a
    /// non-array object.
    fn array_info(&self, py: Python<'_>, ptr: u32) -> PyResult<(char, u32, u32, u32, u32)> {
        let info = self
            .store
            .with(py, |s| self.reader.array_info(s, ptr))
            .map_err(|e| to_py(py, e))?;
        Ok((
            info.kind.format(),
            info.data_start,
            info.len,
            info.byte_len(),
            info.type_id,
        ))
    }

    /// `array_type(type_id: int) -> tuple[str, str, bool]`: `(shape,
    /// format, managed)` of an array type: shape one of `"ArrayBuffer"`,
    /// `"TypedArray"`, `"Array"`, `"StaticArray"`; `managed` when the
    /// elements are object pointers. Raises `ASWrongTypeError` for an
    /// unknown id or a non-array type.
    fn array_type(&self, py: Python<'_>, type_id: u32) -> PyResult<(String, char, bool)> {
        let (shape, kind) = self
            .reader
            .types()
            .array_type(type_id)
            .map_err(|e| to_py(py, e))?;
        Ok((
            format!("{shape:?}"),
            kind.format(),
            kind == ElemKind::Managed,
        ))
    }

    /// `get_array(ptr: int) -> list[int] | list[float]`: a copy of the
    /// elements of the array at `ptr` (object pointers as `int`, `bool`
    /// elements as 0/1). Raises as `array_info`.
    fn get_array<'py>(&self, py: Python<'py>, ptr: u32) -> PyResult<Bound<'py, PyList>> {
        use as_runtime::ArrayValues as A;
        let values = self
            .store
            .with(py, |s| self.reader.get_array(s, ptr))
            .map_err(|e| to_py(py, e))?;
        let list = match values {
            A::I8(v) => PyList::new(py, v),
            A::U8(v) => PyList::new(py, v),
            A::I16(v) => PyList::new(py, v),
            A::U16(v) => PyList::new(py, v),
            A::I32(v) => PyList::new(py, v),
            A::U32(v) | A::Managed(v) => PyList::new(py, v),
            A::I64(v) => PyList::new(py, v),
            A::U64(v) => PyList::new(py, v),
            A::F32(v) => PyList::new(py, v),
            A::F64(v) => PyList::new(py, v),
        }?;
        Ok(list)
    }

    /// `new_array(type_id: int, values: Sequence[int | float]) -> int`: a
    /// new, unpinned array of runtime type `type_id` (an `ArrayBuffer`,
    /// typed array, `Array<T>` or `StaticArray<T>` id) holding `values`:
    /// converted like a JS typed array store for numeric elements (floats
    /// into integer elements truncate and wrap), object pointers (0 = null)
    /// for arrays of objects. Raises `ASWrongTypeError` for an unknown or
    /// non-array id, `ASValueError` for a value that does not fit (a
    /// non-number, a pointer that is not a live object), `ASAbort` or
    /// `wasmpy.Trap` when allocation fails.
    fn new_array(&self, py: Python<'_>, type_id: u32, values: &Bound<'_, PyAny>) -> PyResult<u32> {
        let kind = self.kind_of(py, type_id)?;
        let bad = |e: PyErr| {
            to_py(
                py,
                AsError::BadValue {
                    index: 0,
                    message: format!("the values must be a sequence of numbers: {e}"),
                },
            )
        };
        let floats;
        let ints;
        let uints;
        let input = if matches!(kind, ElemKind::F32 | ElemKind::F64) {
            floats = values.extract::<Vec<f64>>().map_err(bad)?;
            Values::F64(&floats)
        } else if let Ok(v) = values.extract::<Vec<i64>>() {
            ints = v;
            Values::I64(&ints)
        } else if let Ok(v) = values.extract::<Vec<u64>>() {
            uints = v;
            Values::U64(&uints)
        } else if kind == ElemKind::Managed {
            return Err(to_py(
                py,
                AsError::BadValue {
                    index: 0,
                    message: "an array of objects takes object pointers (int) or wrappers".into(),
                },
            ));
        } else {
            floats = values.extract::<Vec<f64>>().map_err(bad)?;
            Values::F64(&floats)
        };
        let mut w = self.writer()?;
        self.store
            .with(py, |s| w.new_array(s, type_id, input))
            .map_err(|e| to_py(py, e))
    }

    /// `new_array_raw(type_id: int, data: bytes-like) -> int`: as
    /// `new_array`, from element bytes already in the element type
    /// (little-endian), copied as they are; `len(data)` must be a multiple
    /// of the element size. Refused (`ASValueError`) for arrays of objects.
    fn new_array_raw(
        &self,
        py: Python<'_>,
        type_id: u32,
        data: &Bound<'_, PyAny>,
    ) -> PyResult<u32> {
        let kind = self.kind_of(py, type_id)?;
        if kind == ElemKind::Managed {
            return Err(to_py(
                py,
                AsError::BadValue {
                    index: 0,
                    message: "an array of objects cannot be made from raw bytes".into(),
                },
            ));
        }
        let mut w = self.writer()?;
        with_buffer(data, |src, len| {
            self.store
                .with(py, |s| {
                    let mem = w.memory().data(s);
                    let base = mem.as_ptr() as usize;
                    let aliases = (src as usize) < base + mem.len() && base < src as usize + len;
                    // SAFETY: the buffer export keeps `src..src+len` alive
                    // until `with_buffer` returns. When it lies inside the
                    // wasm memory (which the allocation below writes), it is
                    // copied out first so no `&[u8]` aliases a write.
                    let borrowed = unsafe { std::slice::from_raw_parts(src, len) };
                    let copy;
                    let bytes = if aliases {
                        copy = borrowed.to_vec();
                        &copy[..]
                    } else {
                        borrowed
                    };
                    w.new_array(s, type_id, Values::Raw(bytes))
                })
                .map_err(|e| to_py(py, e))
        })
    }

    /// `pin(ptr: int) -> int`: pins the object at `ptr` (counted: each pin
    /// needs one `unpin`; only the first calls `__pin`). Returns `ptr`.
    /// Raises `ASPointerError`/`ASFreedError` for a bad pointer,
    /// `ASPinError` when the module itself pinned the object.
    fn pin(&self, py: Python<'_>, ptr: u32) -> PyResult<u32> {
        let mut w = self.writer()?;
        self.store
            .with(py, |s| w.pin(s, ptr))
            .map_err(|e| to_py(py, e))
    }

    /// `unpin(ptr: int) -> None`: releases one pin taken with `pin`.
    /// Raises `ASPinError` when this side holds no pin on `ptr`.
    fn unpin(&self, py: Python<'_>, ptr: u32) -> PyResult<()> {
        let mut w = self.writer()?;
        self.store
            .with(py, |s| w.unpin(s, ptr))
            .map_err(|e| to_py(py, e))
    }

    /// `pin_count(ptr: int) -> int`: how many pins this side holds on `ptr`.
    fn pin_count(&self, ptr: u32) -> PyResult<u32> {
        Ok(self.writer()?.pin_count(ptr))
    }

    /// `pinned() -> list[tuple[int, int]]`: `(ptr, count)` for every object
    /// this side holds pins on, in address order.
    fn pinned(&self) -> PyResult<Vec<(u32, u32)>> {
        Ok(self.writer()?.pinned())
    }

    /// `collect() -> None`: a full garbage collection (`__collect`).
    /// Raises `ASRuntimeError` without `__collect`.
    fn collect(&self, py: Python<'_>) -> PyResult<()> {
        let mut w = self.writer()?;
        self.store
            .with(py, |s| w.collect(s))
            .map_err(|e| to_py(py, e))
    }

    /// `classes() -> list[dict]`: the exported classes (AS 0.18–0.19; empty
    /// for 0.20+), each `{"name": str, "id": int | None, "constructor":
    /// bool, "methods": list[str], "getters": list[str], "setters":
    /// list[str], "static_methods": list[str], "static_fields": list[str]}`.
    /// Member `m` of class `C` is the export `C#m`, `C#get:m`, `C#set:m`,
    /// or `C.m` (static); the constructor is `C#constructor`.
    fn classes<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.reader
            .classes()
            .iter()
            .map(|c| {
                let d = PyDict::new(py);
                d.set_item("name", &c.name)?;
                d.set_item("id", c.id)?;
                d.set_item("constructor", c.constructor.is_some())?;
                let keys = |m: &std::collections::BTreeMap<String, _>| -> Vec<String> {
                    m.keys().cloned().collect()
                };
                d.set_item("methods", keys(&c.methods))?;
                d.set_item("getters", keys(&c.getters))?;
                d.set_item("setters", keys(&c.setters))?;
                d.set_item("static_methods", keys(&c.static_methods))?;
                let fields: Vec<&String> = c.static_fields.keys().collect();
                d.set_item("static_fields", fields)?;
                Ok(d)
            })
            .collect()
    }

    fn __repr__(&self) -> String {
        format!(
            "<wasmpy AsRuntime: AssemblyScript {}, {} types>",
            self.generation(),
            self.reader.types().len()
        )
    }
}
