//! Python objects ↔ WebAssembly values.
//!
//! | wasm type  | Python argument                          | Python result     |
//! |------------|------------------------------------------|-------------------|
//! | i32        | `int` in `[-2**31, 2**32)`               | `int`, signed     |
//! | i64        | `int` in `[-2**63, 2**64)`               | `int`, signed     |
//! | f32, f64   | `float` or `int`                         | `float`           |
//! | v128       | `int` in `[-2**127, 2**128)`             | `int`, unsigned   |
//! | funcref    | `Func` or `None`                         | `Func` or `None`  |
//! | externref  | any object (`None` is null)              | the same object   |
//!
//! Integers are accepted in both their signed and unsigned readings, since a
//! wasm integer is just bits (spec §4.2.1); results come back as the signed
//! reading, as the spec testsuite writes them. An `int` outside the range
//! raises `OverflowError`; an object of another type raises `TypeError`.
//! Besides `int`, any object with `__index__` (numpy integers) is an
//! integer argument, and besides `float`/`int` any object with `__float__`
//! (numpy floats) a float argument (Python's own `operator.index` and
//! `float()` rules); the fast path checks for the exact types first.
//!
//! Reference values live in a store (`SharedStore::extern_ref`,
//! `SharedStore::func_ref`): a `Func` of another store (or one made from a
//! Python callable) becomes a host function of the callee's store, and an
//! `externref` keeps its Python object alive as long as the store lives.
//!
//! f32 values are carried in a Python `float` (an IEEE binary64). Finite
//! values and infinities convert exactly; a NaN keeps its sign and payload
//! bits both ways (the f32 payload sits in the top bits of the f64 payload),
//! signalling NaNs included. A `float` passed for an f32 parameter is rounded
//! to nearest, ties to even.

use pyo3::exceptions::{PyOverflowError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyFloat, PyInt};
use wasmjit::{Val, ValType};

use crate::func::Func;
use crate::store::SharedStore;

/// Bits of the f64 payload below the f32 payload's position.
const PAYLOAD_SHIFT: u32 = 52 - 23;

/// The f64 that carries the f32 with bits `b` (exact; NaN payloads kept).
pub fn f32_bits_to_f64(b: u32) -> f64 {
    let f = f32::from_bits(b);
    if f.is_nan() {
        let sign = u64::from(b >> 31) << 63;
        let payload = u64::from(b & 0x007f_ffff) << PAYLOAD_SHIFT;
        f64::from_bits(sign | (0x7ff << 52) | payload)
    } else {
        f64::from(f)
    }
}

/// The bits of the f32 nearest to `x`; a NaN keeps its sign and the top 23
/// bits of its payload (a payload that would become zero becomes quiet).
pub fn f64_to_f32_bits(x: f64) -> u32 {
    if x.is_nan() {
        let b = x.to_bits();
        let sign = ((b >> 63) as u32) << 31;
        let mut payload = ((b >> PAYLOAD_SHIFT) & 0x007f_ffff) as u32;
        if payload == 0 {
            payload = 0x0040_0000;
        }
        sign | (0xff << 23) | payload
    } else {
        (x as f32).to_bits()
    }
}

/// Where a conversion happens, for error messages:
/// `add() argument 2 (i32)` or `host function env.f result 1 (i32)`.
pub struct ArgContext<'a> {
    /// The function's export name, or `module.name` of a host import.
    pub func: &'a str,
    /// Zero-based parameter (or result) index.
    pub index: usize,
    /// Whether a host function's result is converted (else an argument).
    pub result: bool,
    /// The store reference values are made in (`None`: only null
    /// references are accepted).
    pub store: Option<&'a SharedStore>,
}

impl ArgContext<'_> {
    fn place(&self, ty: ValType) -> String {
        if self.result {
            format!(
                "host function {} result {} ({ty})",
                self.func,
                self.index + 1
            )
        } else {
            format!("{}() argument {} ({ty})", self.func, self.index + 1)
        }
    }

    fn type_error(&self, ty: ValType, expected: &str, obj: &Bound<'_, PyAny>) -> PyErr {
        let got = obj
            .get_type()
            .name()
            .map(|n| n.to_string())
            .unwrap_or_else(|_| "?".into());
        PyTypeError::new_err(format!("{} must be {expected}, not {got}", self.place(ty)))
    }

    fn overflow(&self, ty: ValType, obj: &Bound<'_, PyAny>, range: &str) -> PyErr {
        PyOverflowError::new_err(format!(
            "{}: {} is out of range {range}",
            self.place(ty),
            obj.str().map(|s| s.to_string()).unwrap_or_default()
        ))
    }
}

/// `obj` as a value of type `ty` when it is an exact `int` (for i32, i64)
/// or `float` (for f32, f64) in range: the common case of a call, without
/// the general path's error values. `None`: take [`to_val`], which also
/// gives the errors (and gives the same value where both apply).
// Always inlined: returned through memory, the 32-byte `Option<Val>` was
// read back before its halves had been written (a store-forwarding stall
// that cost more than the conversion).
#[inline(always)]
pub fn quick_val(obj: &Bound<'_, PyAny>, ty: ValType) -> Option<Val> {
    let p = obj.as_ptr();
    // SAFETY: `p` is a live object and the GIL is held; the exact type
    // checks read its type pointer, and the conversions of an exact int
    // (with the overflow flag: no exception) or float cannot fail.
    unsafe {
        match ty {
            ValType::I32 | ValType::I64 if pyo3::ffi::PyLong_CheckExact(p) != 0 => {
                let mut overflow = 0;
                let v = pyo3::ffi::PyLong_AsLongLongAndOverflow(p, &mut overflow);
                if overflow != 0 {
                    return None;
                }
                match ty {
                    ValType::I64 => Some(Val::I64(v)),
                    _ if (i64::from(i32::MIN)..=i64::from(u32::MAX)).contains(&v) => {
                        Some(Val::I32(v as u32 as i32))
                    }
                    _ => None,
                }
            }
            ValType::F64 if pyo3::ffi::PyFloat_CheckExact(p) != 0 => {
                Some(Val::F64(pyo3::ffi::PyFloat_AsDouble(p).to_bits()))
            }
            ValType::F32 if pyo3::ffi::PyFloat_CheckExact(p) != 0 => {
                Some(Val::F32(f64_to_f32_bits(pyo3::ffi::PyFloat_AsDouble(p))))
            }
            _ => None,
        }
    }
}

/// Converts `obj` to a value of type `ty` (see the module docs).
///
/// # Errors
/// `TypeError` when `obj` has the wrong Python type; `OverflowError` when an
/// `int` is outside the type's range.
pub fn to_val(obj: &Bound<'_, PyAny>, ty: ValType, cx: &ArgContext<'_>) -> PyResult<Val> {
    match ty {
        ValType::I32 | ValType::I64 | ValType::V128 if !obj.is_instance_of::<PyInt>() => {
            // Anything with `__index__` (numpy integers), as `operator.index`.
            match index(obj) {
                Some(int) => to_val(&int, ty, cx),
                None => Err(cx.type_error(ty, "int", obj)),
            }
        }
        ValType::I32 => match obj.extract::<i64>() {
            Ok(v) if (i64::from(i32::MIN)..=i64::from(u32::MAX)).contains(&v) => {
                Ok(Val::I32(v as u32 as i32))
            }
            _ => Err(cx.overflow(ty, obj, "[-2**31, 2**32)")),
        },
        ValType::I64 => {
            if let Ok(v) = obj.extract::<i64>() {
                return Ok(Val::I64(v));
            }
            match obj.extract::<u64>() {
                Ok(v) => Ok(Val::I64(v as i64)),
                Err(_) => Err(cx.overflow(ty, obj, "[-2**63, 2**64)")),
            }
        }
        ValType::F32 | ValType::F64 => {
            let x = if obj.is_instance_of::<PyFloat>() {
                obj.extract::<f64>()?
            } else if obj.is_instance_of::<PyInt>() {
                // int → float as Python's float(); huge ints raise OverflowError.
                obj.extract::<f64>()?
            } else if obj.hasattr(pyo3::intern!(obj.py(), "__float__"))?
                || obj.hasattr(pyo3::intern!(obj.py(), "__index__"))?
            {
                // As `float()` (numpy floats and integers).
                obj.extract::<f64>()?
            } else {
                return Err(cx.type_error(ty, "float or int", obj));
            };
            Ok(if ty == ValType::F32 {
                Val::F32(f64_to_f32_bits(x))
            } else {
                Val::F64(x.to_bits())
            })
        }
        ValType::V128 => {
            if let Ok(v) = obj.extract::<u128>() {
                return Ok(Val::V128(v));
            }
            match obj.extract::<i128>() {
                Ok(v) => Ok(Val::V128(v as u128)),
                Err(_) => Err(cx.overflow(ty, obj, "[-2**127, 2**128)")),
            }
        }
        ValType::FuncRef if obj.is_none() => Ok(Val::FuncRef(None)),
        ValType::ExternRef if obj.is_none() => Ok(Val::ExternRef(None)),
        ValType::FuncRef => match (obj.cast::<Func>(), cx.store) {
            (Ok(f), Some(store)) => Ok(Val::FuncRef(Some(store.func_ref(obj.py(), f)?))),
            (Ok(_), None) => Err(cx.type_error(ty, "None here", obj)),
            (Err(_), _) => Err(cx.type_error(ty, "a wasmpy.Func or None", obj)),
        },
        ValType::ExternRef => match cx.store {
            Some(store) => Ok(Val::ExternRef(Some(store.extern_ref(obj.py(), obj)))),
            None => Err(cx.type_error(ty, "None here", obj)),
        },
    }
}

/// `operator.index(obj)`: the `int` an object with `__index__` stands for,
/// or `None` when it has none (or it fails).
fn index<'py>(obj: &Bound<'py, PyAny>) -> Option<Bound<'py, PyAny>> {
    // SAFETY: `obj` is a valid object and the GIL is held; PyNumber_Index
    // returns a new reference or NULL with an exception set.
    let raw = unsafe { pyo3::ffi::PyNumber_Index(obj.as_ptr()) };
    if raw.is_null() {
        drop(PyErr::take(obj.py()));
        return None;
    }
    // SAFETY: `raw` is a new, non-null reference.
    Some(unsafe { Bound::from_owned_ptr(obj.py(), raw) })
}

/// Converts a result value to Python (see the module docs). Reference
/// values are looked up in `store`: a `funcref` becomes a new `Func` (named
/// `<funcref>`) and an `externref` the very object it was made from
/// (`None` for `store` is only for values known not to be references).
pub fn from_val<'py>(
    py: Python<'py>,
    v: Val,
    store: Option<&SharedStore>,
) -> PyResult<Bound<'py, PyAny>> {
    let store = || store.ok_or_else(|| PyTypeError::new_err("a reference value without its store"));
    Ok(match v {
        Val::I32(x) => x.into_pyobject(py)?.into_any(),
        Val::I64(x) => x.into_pyobject(py)?.into_any(),
        Val::F32(b) => PyFloat::new(py, f32_bits_to_f64(b)).into_any(),
        Val::F64(b) => PyFloat::new(py, f64::from_bits(b)).into_any(),
        Val::V128(x) => x.into_pyobject(py)?.into_any(),
        Val::FuncRef(None) | Val::ExternRef(None) => py.None().into_bound(py),
        Val::FuncRef(Some(f)) => {
            let func = Func::new(py, store()?.clone(), f, "<funcref>".into());
            crate::vectorcall::new_func(py, func)?.into_any()
        }
        Val::ExternRef(Some(r)) => store()?.extern_object(py, r)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f32_nan_payloads_survive_the_f64_round_trip() {
        for bits in [
            0x7fc0_0000u32,
            0xffc0_0000,
            0x7fa0_0001,
            0x7f80_0001,
            0xff80_0123,
        ] {
            let wide = f32_bits_to_f64(bits);
            assert!(wide.is_nan());
            assert_eq!(f64_to_f32_bits(wide), bits, "{bits:#x}");
        }
        for x in [0.0f32, -0.0, 1.5, -3.25e-40, f32::MAX, f32::INFINITY] {
            assert_eq!(f64_to_f32_bits(f32_bits_to_f64(x.to_bits())), x.to_bits());
        }
        assert_eq!(f64_to_f32_bits(0.1), 0.1f32.to_bits());
    }
}
