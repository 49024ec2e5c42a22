//! `Module`: a validated, compiled WebAssembly module (spec §2.5), not yet
//! instantiated.

use std::sync::OnceLock;

use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyString};
use wasmjit::{Engine, ExternType};

use crate::errors;

/// The one engine every module of this process is compiled with.
pub fn engine() -> PyResult<&'static Engine> {
    static ENGINE: OnceLock<Result<Engine, String>> = OnceLock::new();
    ENGINE
        .get_or_init(|| Engine::new().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| PyRuntimeError::new_err(e.clone()))
}

/// The kind of an import or export as a word: `"func"`, `"table"`,
/// `"memory"` or `"global"`.
pub fn kind_word(ty: &ExternType) -> &'static str {
    match ty {
        ExternType::Func(_) => "func",
        ExternType::Table(_) => "table",
        ExternType::Memory(_) => "memory",
        ExternType::Global(_) => "global",
    }
}

/// A compiled WebAssembly module.
///
/// `Module(source, *, path=None)`: `source` is the binary format (`bytes`
/// or `bytearray`) or the text format (`str`). `path`, if given, names the
/// source file in text syntax errors. The module is validated and compiled
/// to machine code; the GIL is released meanwhile.
///
/// Raises `wasmpy.CompileError` (with `.offset`, the byte offset in the
/// binary, or `None` for a text syntax error) for a malformed or invalid
/// module, `wasmpy.UnsupportedError` (with `.feature`) for a valid module
/// that uses something the engine does not compile yet, `TypeError` for a
/// `source` of another type.
#[pyclass(frozen, module = "wasmpy._native")]
pub struct Module {
    pub(crate) inner: wasmjit::Module,
}

#[pymethods]
impl Module {
    #[new]
    #[pyo3(signature = (source, *, path = None))]
    fn new(py: Python<'_>, source: &Bound<'_, PyAny>, path: Option<String>) -> PyResult<Module> {
        let engine = engine()?;
        let compiled = if let Ok(text) = source.cast::<PyString>() {
            let text = text.to_cow()?;
            let bytes = match py.detach(|| wat::parse_str(&*text)) {
                Ok(b) => b,
                Err(mut e) => {
                    if let Some(p) = path {
                        e.set_path(p);
                    }
                    return Err(errors::text_error(py, e.to_string()));
                }
            };
            py.detach(|| wasmjit::Module::new(engine, &bytes))
        } else if let Ok(b) = source.cast::<PyBytes>() {
            let bytes = b.as_bytes();
            py.detach(|| wasmjit::Module::new(engine, bytes))
        } else if let Ok(b) = source.cast::<PyByteArray>() {
            let bytes = b.to_vec();
            py.detach(|| wasmjit::Module::new(engine, &bytes))
        } else {
            return Err(PyTypeError::new_err(format!(
                "Module() source must be bytes (binary format) or str (text format), not {}",
                source.get_type().name()?
            )));
        };
        match compiled {
            Ok(inner) => Ok(Module { inner }),
            Err(e) => Err(errors::to_py(py, e, "")),
        }
    }

    /// `list[tuple[str, str, str]]`: the imports as `(module, name, kind)`,
    /// in declaration order; `kind` is `"func"`, `"table"`, `"memory"` or
    /// `"global"`.
    #[getter]
    fn imports(&self) -> Vec<(String, String, &'static str)> {
        self.inner
            .imports()
            .iter()
            .map(|i| (i.module.clone(), i.name.clone(), kind_word(&i.ty)))
            .collect()
    }

    /// `list[tuple[str, str]]`: the exports as `(name, kind)`, in
    /// declaration order.
    #[getter]
    fn exports(&self) -> Vec<(String, &'static str)> {
        self.inner
            .exports()
            .map(|e| {
                let kind = kind_word(&e.ty);
                (e.name, kind)
            })
            .collect()
    }

    /// `list[tuple[str, str, str]]`: the imports as `(module, name, type)`,
    /// the type in text-format style: `func (i32) -> (i32)`, `memory 1 2`
    /// (limits in pages), `table 0 10 funcref`, `global (mut i32)`.
    #[getter]
    fn import_types(&self) -> Vec<(String, String, String)> {
        self.inner
            .imports()
            .iter()
            .map(|i| (i.module.clone(), i.name.clone(), i.ty.to_string()))
            .collect()
    }

    /// `list[tuple[str, str]]`: the exports as `(name, type)`, the type as
    /// in `import_types`.
    #[getter]
    fn export_types(&self) -> Vec<(String, String)> {
        self.inner
            .exports()
            .map(|e| (e.name.to_string(), e.ty.to_string()))
            .collect()
    }

    /// `int`: bytes of machine code generated for the module's functions.
    #[getter]
    fn code_size(&self) -> usize {
        self.inner.code_size()
    }

    fn __repr__(&self) -> String {
        format!(
            "<wasmpy Module: {} imports, {} exports>",
            self.inner.imports().len(),
            self.inner.exports().count()
        )
    }
}
