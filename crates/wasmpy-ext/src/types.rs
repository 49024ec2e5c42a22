//! Engine types → the Python type objects of `wasmpy/_types.py`
//! (`ValType`, `FuncType`, `MemoryType`, `TableType`, `GlobalType`), and
//! back for types given from Python.
//!
//! The classes are Python ones (docstrings, stubs, `str()` as the text
//! format spells a type); like the exception classes (`errors.rs`) they are
//! imported once and instantiated from here. Only introspection builds
//! them, never the call path.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyTuple, PyType};
use wasmjit::{ExternType, FuncType, GlobalType, MemoryType, TableType, ValType};

const TYPES_MODULE: &str = "wasmpy._types";

static VALTYPE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static FUNCTYPE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static MEMORYTYPE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static TABLETYPE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static GLOBALTYPE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static IMPORTTYPE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static EXPORTTYPE: PyOnceLock<Py<PyType>> = PyOnceLock::new();

fn class<'py>(
    py: Python<'py>,
    cell: &'static PyOnceLock<Py<PyType>>,
    name: &str,
) -> PyResult<&'py Bound<'py, PyType>> {
    cell.import(py, TYPES_MODULE, name)
}

/// `wasmpy.ValType` for `t`.
pub fn valtype(py: Python<'_>, t: ValType) -> PyResult<Bound<'_, PyAny>> {
    class(py, &VALTYPE, "ValType")?.call1((t.to_string(),))
}

/// A tuple of `wasmpy.ValType`.
pub fn valtypes<'py>(py: Python<'py>, ts: &[ValType]) -> PyResult<Bound<'py, PyTuple>> {
    let items = ts
        .iter()
        .map(|&t| valtype(py, t))
        .collect::<PyResult<Vec<_>>>()?;
    PyTuple::new(py, items)
}

/// `wasmpy.FuncType` with `params` and `results`.
pub fn functype<'py>(
    py: Python<'py>,
    params: &[ValType],
    results: &[ValType],
) -> PyResult<Bound<'py, PyAny>> {
    class(py, &FUNCTYPE, "FuncType")?.call1((valtypes(py, params)?, valtypes(py, results)?))
}

/// `wasmpy.MemoryType` for `t`.
pub fn memorytype<'py>(py: Python<'py>, t: &MemoryType) -> PyResult<Bound<'py, PyAny>> {
    class(py, &MEMORYTYPE, "MemoryType")?.call1((t.limits.min, t.limits.max))
}

/// `wasmpy.TableType` for `t`.
pub fn tabletype<'py>(py: Python<'py>, t: &TableType) -> PyResult<Bound<'py, PyAny>> {
    class(py, &TABLETYPE, "TableType")?.call1((valtype(py, t.element)?, t.limits.min, t.limits.max))
}

/// `wasmpy.GlobalType` for `t`.
pub fn globaltype<'py>(py: Python<'py>, t: &GlobalType) -> PyResult<Bound<'py, PyAny>> {
    class(py, &GLOBALTYPE, "GlobalType")?.call1((valtype(py, t.content)?, t.mutable))
}

/// The Python type object of an import's or export's type.
pub fn externtype<'py>(py: Python<'py>, t: &ExternType) -> PyResult<Bound<'py, PyAny>> {
    match t {
        ExternType::Func(f) => functype(py, f.params(), f.results()),
        ExternType::Memory(m) => memorytype(py, m),
        ExternType::Table(t) => tabletype(py, t),
        ExternType::Global(g) => globaltype(py, g),
    }
}

/// `wasmpy.ImportType` (`(module, name, kind)` with `.type`).
pub fn importtype<'py>(
    py: Python<'py>,
    module: &str,
    name: &str,
    kind: &str,
    t: &ExternType,
) -> PyResult<Bound<'py, PyAny>> {
    class(py, &IMPORTTYPE, "ImportType")?.call1((module, name, kind, externtype(py, t)?))
}

/// `wasmpy.ExportType` (`(name, kind)` with `.type`).
pub fn exporttype<'py>(
    py: Python<'py>,
    name: &str,
    kind: &str,
    t: &ExternType,
) -> PyResult<Bound<'py, PyAny>> {
    class(py, &EXPORTTYPE, "ExportType")?.call1((name, kind, externtype(py, t)?))
}

/// Parses a value type name (`"i32"`, ... `"externref"`, or the older
/// `"anyfunc"`/`"anyref"`). `ValueError` for an unknown name.
pub fn parse_valtype(name: &str) -> PyResult<ValType> {
    Ok(match name {
        "i32" => ValType::I32,
        "i64" => ValType::I64,
        "f32" => ValType::F32,
        "f64" => ValType::F64,
        "v128" => ValType::V128,
        "funcref" | "anyfunc" => ValType::FuncRef,
        "externref" | "anyref" => ValType::ExternRef,
        _ => {
            return Err(PyValueError::new_err(format!(
                "unknown value type {name:?}"
            )))
        }
    })
}

/// A value type given from Python: a `ValType` or its name as `str`.
pub fn extract_valtype(obj: &Bound<'_, PyAny>) -> PyResult<ValType> {
    let name: String = obj.extract().map_err(|_| {
        PyTypeError::new_err(format!(
            "a value type must be a wasmpy.ValType or a str such as 'i32', not {}",
            obj.get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_default()
        ))
    })?;
    parse_valtype(&name)
}

/// A function type given from Python: a `wasmpy.FuncType`, or a pair
/// `(params, results)` of sequences of value types.
pub fn extract_functype(obj: &Bound<'_, PyAny>) -> PyResult<FuncType> {
    let py = obj.py();
    let (params, results) = if obj.is_instance(class(py, &FUNCTYPE, "FuncType")?)? {
        (obj.getattr("params")?, obj.getattr("results")?)
    } else if let Ok((p, r)) = obj.extract::<(Bound<'_, PyAny>, Bound<'_, PyAny>)>() {
        (p, r)
    } else {
        return Err(PyTypeError::new_err(
            "a function type must be a wasmpy.FuncType or a (params, results) pair",
        ));
    };
    let list = |seq: Bound<'_, PyAny>| -> PyResult<Vec<ValType>> {
        seq.try_iter()?
            .map(|t| extract_valtype(&t?))
            .collect::<PyResult<Vec<_>>>()
    };
    Ok(FuncType::new(list(params)?, list(results)?))
}

/// `(min, max)` of a `wasmpy.MemoryType` or `wasmpy.TableType` given where
/// limits are expected, or `None` when `obj` is not one of `class_name`.
pub fn limits_of(obj: &Bound<'_, PyAny>, class_name: &str) -> PyResult<Option<(u64, Option<u64>)>> {
    let py = obj.py();
    let cell = match class_name {
        "MemoryType" => &MEMORYTYPE,
        _ => &TABLETYPE,
    };
    if !obj.is_instance(class(py, cell, class_name)?)? {
        return Ok(None);
    }
    let l = obj.getattr("limits")?;
    Ok(Some((
        l.getattr("min")?.extract()?,
        l.getattr("max")?.extract()?,
    )))
}

/// `(content, mutable)` of a `wasmpy.GlobalType`, or `None` when `obj` is
/// not one.
pub fn global_of(obj: &Bound<'_, PyAny>) -> PyResult<Option<(ValType, bool)>> {
    if !obj.is_instance(class(obj.py(), &GLOBALTYPE, "GlobalType")?)? {
        return Ok(None);
    }
    Ok(Some((
        extract_valtype(&obj.getattr("content")?)?,
        obj.getattr("mutable")?.extract()?,
    )))
}
