//! Vectorcall (PEP 590) for `Func`: Python passes the arguments of
//! `f(1, 2)` as a C array, so a call builds no argument tuple.
//!
//! PyO3 gives a `#[pyclass]` with `__call__` only the `tp_call` slot (PyO3
//! issue #4252), which takes a tuple. So on CPython ≥ 3.10, `Func` objects
//! are made of a subclass of the PyO3 class created here with
//! `PyType_FromSpecWithBases`: one pointer more per object (the
//! vectorcall function, at [`Fast::offset`]), the `__vectorcalloffset__`
//! member and `Py_TPFLAGS_HAVE_VECTORCALL` (CPython docs, "Vectorcall
//! Protocol" and `PyTypeObject.tp_vectorcall_offset`). Its `tp_call` is
//! the PyO3 class's, so both protocols run the same code
//! (`Func::invoke_args`).
//!
//! Why 3.10 and one wheel: the flag and the member work for heap types
//! from CPython 3.9 (bpo-40584; 3.10 is the oldest release tested here),
//! and both became part of the stable ABI in 3.12 with the same values.
//! The extension stays one abi3-py38 build: it uses only functions of the
//! 3.8 stable ABI and decides at import from the running interpreter's
//! version; on 3.8 and 3.9 `Func` objects are of the PyO3 class and take
//! the tuple path. The class stays mutable (`wasmpy/_docs.py` sets its
//! `__doc__`); assigning it a `__call__` makes CPython ≥ 3.12 drop the
//! vectorcall flag, while 3.10 and 3.11 would keep calling `Func`.

use std::ffi::{c_int, c_void};
use std::os::raw::c_ulong;

use pyo3::exceptions::PyTypeError;
use pyo3::ffi;
use pyo3::impl_::pyclass_init::PyObjectInit;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyType;
use pyo3::PyClassInitializer;

use crate::func::Func;

/// `Py_TPFLAGS_HAVE_VECTORCALL` (CPython `object.h`; 1 << 11 since 3.8).
const HAVE_VECTORCALL: c_ulong = 1 << 11;
/// `PY_VECTORCALL_ARGUMENTS_OFFSET`: the flag bit of `nargsf`.
const ARGUMENTS_OFFSET: usize = 1 << (usize::BITS - 1);

/// The vectorcall subclass of `Func` and where its objects keep their
/// vectorcall function.
struct Fast {
    ty: Py<PyType>,
    offset: usize,
}

static FAST: PyOnceLock<Option<Fast>> = PyOnceLock::new();

/// Creates the vectorcall subclass when the interpreter is CPython ≥ 3.10
/// (`Func.__subclasses__()` finds it, for `wasmpy/_docs.py`).
pub fn init(py: Python<'_>) -> PyResult<()> {
    FAST.get_or_try_init(py, || make_type(py))?;
    Ok(())
}

fn make_type(py: Python<'_>) -> PyResult<Option<Fast>> {
    if py.version_info() < (3, 10) {
        return Ok(None);
    }
    let base = py.get_type::<Func>();
    let basicsize: usize = base.getattr("__basicsize__")?.extract()?;
    let align = std::mem::align_of::<*const c_void>();
    let offset = basicsize.div_ceil(align) * align;
    // CPython copies the member definitions into the new type; the name
    // is a static string.
    let mut members = [
        ffi::PyMemberDef {
            name: c"__vectorcalloffset__".as_ptr(),
            type_code: ffi::Py_T_PYSSIZET,
            offset: offset as ffi::Py_ssize_t,
            flags: ffi::Py_READONLY,
            doc: std::ptr::null(),
        },
        ffi::PyMemberDef::default(),
    ];
    // SAFETY: `base` is a live type object; `PyType_GetSlot` of a heap
    // type only reads it.
    let slot = |id| unsafe { ffi::PyType_GetSlot(base.as_type_ptr(), id) };
    let mut slots = [
        ffi::PyType_Slot {
            slot: ffi::Py_tp_members,
            pfunc: members.as_mut_ptr().cast(),
        },
        // Required before inheritance with the vectorcall flag (CPython
        // `type_ready_checks`); the base's, so both paths agree.
        ffi::PyType_Slot {
            slot: ffi::Py_tp_call,
            pfunc: slot(ffi::Py_tp_call),
        },
        // With the GC flag, CPython wants these before inheritance too.
        ffi::PyType_Slot {
            slot: ffi::Py_tp_traverse,
            pfunc: slot(ffi::Py_tp_traverse),
        },
        ffi::PyType_Slot {
            slot: ffi::Py_tp_clear,
            pfunc: slot(ffi::Py_tp_clear),
        },
        ffi::PyType_Slot {
            slot: 0,
            pfunc: std::ptr::null_mut(),
        },
    ];
    // SAFETY: as above.
    let base_flags = unsafe { ffi::PyType_GetFlags(base.as_type_ptr()) };
    let mut spec = ffi::PyType_Spec {
        name: c"wasmpy._native.Func".as_ptr(),
        basicsize: (offset + std::mem::size_of::<*const c_void>()) as c_int,
        itemsize: 0,
        flags: (ffi::Py_TPFLAGS_DEFAULT | HAVE_VECTORCALL | (base_flags & ffi::Py_TPFLAGS_HAVE_GC))
            as _,
        slots: slots.as_mut_ptr(),
    };
    // SAFETY: `spec`, its slots and members are valid for the call (CPython
    // copies what it keeps); `base` is a type object. Returns a new
    // reference or NULL with an exception set.
    let ty = unsafe { ffi::PyType_FromSpecWithBases(&mut spec, base.as_ptr()) };
    if ty.is_null() {
        return Err(PyErr::fetch(py));
    }
    // SAFETY: a new reference to a type object.
    let ty = unsafe { Bound::from_owned_ptr(py, ty) }.cast_into::<PyType>()?;
    Ok(Some(Fast {
        ty: ty.unbind(),
        offset,
    }))
}

/// A new Python object for `func`: of the vectorcall subclass where there
/// is one, else of the PyO3 class.
pub fn new_func<'py>(py: Python<'py>, func: Func) -> PyResult<Bound<'py, Func>> {
    let Some(Some(fast)) = FAST.get(py) else {
        return Bound::new(py, func);
    };
    let init = PyClassInitializer::from(func);
    // SAFETY: the subclass derives from `Func` and adds no contents of its
    // own but the pointer written below, so PyO3 lays out and initializes
    // the `Func` part as for its own class; the result is a new reference.
    let obj = unsafe { init.into_new_object(py, fast.ty.bind(py).as_type_ptr())? };
    let entry =
        pyo3::impl_::trampoline::get_trampoline_function!(fastcall_cfunction_with_keywords, call);
    // SAFETY: `obj` is a new object of the subclass, whose basic size has
    // room for a pointer at `offset`; CPython reads it as the
    // `vectorcallfunc` (same ABI as the trampoline: the `nargsf` word is
    // passed as `Py_ssize_t`, its flag bit masked in `call`).
    unsafe {
        obj.cast::<u8>()
            .add(fast.offset)
            .cast::<*const c_void>()
            .write(entry as *const c_void);
        Ok(Bound::from_owned_ptr(py, obj).cast_into_unchecked())
    }
}

/// The vectorcall function of `Func` objects (inside PyO3's trampoline,
/// which counts the GIL as held and turns a panic into an exception).
///
/// # Safety
/// Called by CPython with `slf` a `Func` of the subclass, `args` holding
/// `nargsf` (without its flag bit) borrowed references, and `kwnames`
/// NULL or a tuple of keyword names (whose values follow in `args`).
unsafe fn call(
    py: Python<'_>,
    slf: *mut ffi::PyObject,
    args: *const *mut ffi::PyObject,
    nargsf: ffi::Py_ssize_t,
    kwnames: *mut ffi::PyObject,
) -> PyResult<*mut ffi::PyObject> {
    // SAFETY: see the function's contract.
    let slf = unsafe { pyo3::Borrowed::from_ptr(py, slf).cast_unchecked::<Func>() };
    let func = slf.get();
    // SAFETY: as above; a tuple's size is read with the GIL held.
    if !kwnames.is_null() && unsafe { ffi::PyTuple_Size(kwnames) } > 0 {
        return Err(PyTypeError::new_err(format!(
            "{}() takes no keyword arguments",
            func.label()
        )));
    }
    let n = nargsf as usize & !ARGUMENTS_OFFSET;
    // SAFETY: CPython passes `n` valid pointers at `args` (none when n = 0,
    // where `args` may be NULL).
    let args: &[*mut ffi::PyObject] = if n == 0 {
        &[]
    } else {
        unsafe { std::slice::from_raw_parts(args, n) }
    };
    // SAFETY: each is a borrowed reference, alive for the call.
    let args = args
        .iter()
        .map(|&p| unsafe { pyo3::Borrowed::from_ptr(py, p) });
    func.invoke_args(py, args, None).map(Bound::into_ptr)
}

/// `PyObject_Vectorcall` (PEP 590's call with an argument array).
type ObjectVectorcall = unsafe extern "C" fn(
    *mut ffi::PyObject,
    *const *mut ffi::PyObject,
    usize,
    *mut ffi::PyObject,
) -> *mut ffi::PyObject;

/// `PyObject_Vectorcall` of the running interpreter: an exported function
/// from CPython 3.11 (before, an inline function of the headers: `None`),
/// looked up at run time since the abi3-py38 build cannot link to it.
fn object_vectorcall() -> Option<ObjectVectorcall> {
    static FOUND: std::sync::OnceLock<Option<ObjectVectorcall>> = std::sync::OnceLock::new();
    *FOUND.get_or_init(|| {
        #[cfg(unix)]
        {
            // SAFETY: `dlsym` with a static, NUL-terminated name; the
            // symbol, where it exists, is the function of PEP 590's
            // signature (CPython `abstract.h`).
            let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, c"PyObject_Vectorcall".as_ptr()) };
            (!p.is_null())
                .then(|| unsafe { std::mem::transmute::<*mut c_void, ObjectVectorcall>(p) })
        }
        #[cfg(not(unix))]
        {
            None
        }
    })
}

/// Calls `callable` with `n` positional arguments, argument `i` being
/// `arg(i)`: through `PyObject_Vectorcall` with the arguments in an array
/// on the stack (up to 8 of them) where the interpreter has it, else with a
/// tuple. Returns what `callable` returns; raises what it or `arg` raises.
pub fn call_with<'py>(
    callable: &Bound<'py, PyAny>,
    n: usize,
    mut arg: impl FnMut(usize) -> PyResult<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = callable.py();
    let Some(vectorcall) = object_vectorcall() else {
        let items = (0..n).map(arg).collect::<PyResult<Vec<_>>>()?;
        return callable.call1(pyo3::types::PyTuple::new(py, items)?);
    };
    /// The argument array: slot 0 free for the callee
    /// (`PY_VECTORCALL_ARGUMENTS_OFFSET`: a bound method puts `self` there
    /// instead of copying), then owned references, released on drop.
    struct Args<'a>(&'a mut [*mut ffi::PyObject]);
    impl Drop for Args<'_> {
        fn drop(&mut self) {
            for &p in &self.0[1..] {
                // SAFETY: null or an owned reference, with the GIL held.
                unsafe { ffi::Py_XDECREF(p) };
            }
        }
    }
    let mut inline = [std::ptr::null_mut(); 9];
    let mut heap = Vec::new();
    let slots = Args(if n < inline.len() {
        &mut inline[..=n]
    } else {
        heap.resize(n + 1, std::ptr::null_mut());
        &mut heap
    });
    for i in 0..n {
        slots.0[i + 1] = arg(i)?.into_ptr();
    }
    // SAFETY: the GIL is held; `slots.0[1..]` are references alive for the
    // call, and slot 0 may be overwritten by the callee (the offset flag);
    // returns a new reference or NULL with an exception set.
    let ret = unsafe {
        vectorcall(
            callable.as_ptr(),
            slots.0.as_ptr().add(1),
            n | ARGUMENTS_OFFSET,
            std::ptr::null_mut(),
        )
    };
    drop(slots);
    if ret.is_null() {
        return Err(PyErr::fetch(py));
    }
    // SAFETY: a new reference.
    Ok(unsafe { Bound::from_owned_ptr(py, ret) })
}
