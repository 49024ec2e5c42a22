//! The buffer protocol for `Memory`, under the stable ABI.
//!
//! PyO3 only offers `__getbuffer__` when built for the stable ABI of Python
//! 3.11 or later, but this extension targets 3.8 (`abi3-py38`). The runtime
//! has accepted a `Py_bf_getbuffer` slot in `PyType_FromSpec` since Python
//! 3.9, and `PyBuffer_FillInfo`, `PyObject_GetBuffer` and `PyBuffer_Release`
//! (with the `Py_buffer` layout below, unchanged since 3.3) exist in every
//! CPython 3. So at module initialization, when running on 3.9 or later,
//! `Memory` is made as a subclass of the PyO3 class `_MemoryBase` that adds
//! only that slot (on 3.8 it adds nothing: `Memory.read`/`write` still work,
//! zero-copy views do not).

use std::ffi::{c_char, c_int, c_void};

use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::PyType;

use crate::externs::MemoryBase;

/// CPython's `Py_buffer` (Include/pybuffer.h), stable since 3.3.
#[repr(C)]
pub struct PyBuffer {
    buf: *mut c_void,
    obj: *mut ffi::PyObject,
    len: ffi::Py_ssize_t,
    itemsize: ffi::Py_ssize_t,
    readonly: c_int,
    ndim: c_int,
    format: *mut c_char,
    shape: *mut ffi::Py_ssize_t,
    strides: *mut ffi::Py_ssize_t,
    suboffsets: *mut ffi::Py_ssize_t,
    internal: *mut c_void,
}

/// `PyBUF_SIMPLE`: a contiguous buffer of bytes is requested.
const PYBUF_SIMPLE: c_int = 0;
/// `Py_bf_getbuffer` (Include/typeslots.h).
const PY_BF_GETBUFFER: c_int = 1;
/// `Py_bf_releasebuffer` (Include/typeslots.h).
const PY_BF_RELEASEBUFFER: c_int = 2;

extern "C" {
    fn PyBuffer_FillInfo(
        view: *mut PyBuffer,
        obj: *mut ffi::PyObject,
        buf: *mut c_void,
        len: ffi::Py_ssize_t,
        readonly: c_int,
        flags: c_int,
    ) -> c_int;
    fn PyObject_GetBuffer(obj: *mut ffi::PyObject, view: *mut PyBuffer, flags: c_int) -> c_int;
    fn PyBuffer_Release(view: *mut PyBuffer);
}

/// `bf_getbuffer` of `Memory`: a writable, one-dimensional view of unsigned
/// bytes (format `"B"`) over the memory's current size.
unsafe extern "C" fn get_buffer(
    obj: *mut ffi::PyObject,
    view: *mut PyBuffer,
    flags: c_int,
) -> c_int {
    // SAFETY: CPython calls this slot with the GIL held and a live `obj` of
    // the `Memory` type (a subclass of `_MemoryBase`).
    let py = unsafe { Python::assume_attached() };
    let any = unsafe { Bound::from_borrowed_ptr(py, obj) };
    let Ok(memory) = any.cast::<MemoryBase>() else {
        PyErr::new::<pyo3::exceptions::PyTypeError, _>("not a wasm memory").restore(py);
        return -1;
    };
    let (ptr, len, pin) = memory.get().pinned_span(py);
    // SAFETY: `view` is the caller's buffer struct. FillInfo stores a new
    // reference to `obj` in it, which keeps the memory (and its store) alive
    // as long as the view; ptr..ptr+len is committed memory whose base does
    // not move while pinned (until `release_buffer`).
    let rc = unsafe { PyBuffer_FillInfo(view, obj, ptr.cast(), len as ffi::Py_ssize_t, 0, flags) };
    if rc == 0 {
        // The exporter's own field (FillInfo set it to NULL): the pin,
        // which `release_buffer` drops.
        // SAFETY: `view` was filled above.
        unsafe { (*view).internal = Box::into_raw(Box::new(pin)).cast() };
    }
    rc
}

/// `bf_releasebuffer` of `Memory`: ends the pin of [`get_buffer`], once per
/// view CPython releases. Without the store: a view may end while another
/// thread runs wasm in it (holding the store), and this slot cannot fail.
unsafe extern "C" fn release_buffer(_obj: *mut ffi::PyObject, view: *mut PyBuffer) {
    // SAFETY: CPython passes the view `get_buffer` filled, whose `internal`
    // is the pin boxed there (or null if taken already), released once.
    unsafe {
        let pin = std::mem::replace(&mut (*view).internal, std::ptr::null_mut());
        if !pin.is_null() {
            drop(Box::from_raw(pin.cast::<wasmjit::MemoryPin>()));
        }
    }
}

/// Runs `f` on the address and length of the contiguous bytes of any object
/// with the buffer protocol (raw, since they may alias a wasm memory).
///
/// # Errors
/// `TypeError` when `obj` has no contiguous buffer; whatever `f` returns.
pub fn with_buffer<R>(
    obj: &Bound<'_, PyAny>,
    f: impl FnOnce(*const u8, usize) -> PyResult<R>,
) -> PyResult<R> {
    let mut view = std::mem::MaybeUninit::<PyBuffer>::uninit();
    // SAFETY: GetBuffer fills `view` when it returns 0; PYBUF_SIMPLE asks
    // for contiguous bytes.
    if unsafe { PyObject_GetBuffer(obj.as_ptr(), view.as_mut_ptr(), PYBUF_SIMPLE) } != 0 {
        let _ = PyErr::take(obj.py());
        let got = obj.get_type().name()?;
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "a bytes-like object is required, not {got}"
        )));
    }
    // SAFETY: filled by the successful call above.
    let mut view = unsafe { view.assume_init() };
    let out = f(view.buf as *const u8, view.len as usize);
    // SAFETY: releases the view obtained above, exactly once.
    unsafe { PyBuffer_Release(&mut view) };
    out
}

/// Makes the `Memory` type: `base` plus the buffer protocol (on 3.9+).
pub fn memory_type<'py>(
    py: Python<'py>,
    base: &Bound<'py, PyType>,
) -> PyResult<Bound<'py, PyType>> {
    let version = py.version_info();
    let mut slots = Vec::new();
    if (version.major, version.minor) >= (3, 9) {
        slots.push(ffi::PyType_Slot {
            slot: PY_BF_GETBUFFER,
            pfunc: get_buffer as *mut c_void,
        });
        slots.push(ffi::PyType_Slot {
            slot: PY_BF_RELEASEBUFFER,
            pfunc: release_buffer as *mut c_void,
        });
    }
    slots.push(ffi::PyType_Slot {
        slot: 0,
        pfunc: std::ptr::null_mut(),
    });
    // The spec's strings must outlive the type: leak them (once per
    // interpreter).
    let slots: &'static mut [ffi::PyType_Slot] = Box::leak(slots.into_boxed_slice());
    let spec = Box::leak(Box::new(ffi::PyType_Spec {
        name: c"wasmpy._native.Memory".as_ptr(),
        basicsize: 0,
        itemsize: 0,
        flags: ffi::Py_TPFLAGS_DEFAULT as _,
        slots: slots.as_mut_ptr(),
    }));
    let bases = pyo3::types::PyTuple::new(py, [base])?;
    // SAFETY: `spec` and its slots are valid and live forever; `bases` is
    // a tuple of one type. Returns a new reference or NULL with an error.
    let ty = unsafe {
        let raw = ffi::PyType_FromSpecWithBases(spec, bases.as_ptr());
        Bound::from_owned_ptr_or_err(py, raw)?
    };
    Ok(ty.cast_into::<PyType>()?)
}
