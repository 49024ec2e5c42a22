//! `Module`: a validated, compiled WebAssembly module (spec §2.5), not yet
//! instantiated.

use std::sync::OnceLock;

use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyString};
use wasmjit::{Engine, ExternType};

use crate::errors;
use crate::names::FuncNames;
use crate::types;

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

/// What `Module(...)` was given, once read: the binary (from text, bytes
/// or a file) and the file name, if any.
struct Source {
    bytes: Vec<u8>,
    path: Option<String>,
}

/// Whether `bytes` (after leading whitespace) start like the text format:
/// `(` or a `;;` / `(;` comment.
fn looks_like_text(bytes: &[u8]) -> bool {
    let rest = bytes.trim_ascii_start();
    rest.starts_with(b"(") || rest.starts_with(b";;")
}

/// The binary format of the text `text`; a syntax error is a
/// `CompileError` naming `path` (when given), line and column.
fn parse_text(py: Python<'_>, text: &str, path: Option<&str>) -> PyResult<Vec<u8>> {
    py.detach(|| wat::parse_str(text)).map_err(|mut e| {
        if let Some(p) = path {
            e.set_path(p);
        }
        errors::text_error(py, e.to_string())
    })
}

/// The text of `bytes` that look like text format; `CompileError` when
/// they are not UTF-8.
fn utf8<'a>(py: Python<'_>, bytes: &'a [u8], path: Option<&str>) -> PyResult<&'a str> {
    std::str::from_utf8(bytes).map_err(|e| {
        let place = path.map(|p| format!("{p}: ")).unwrap_or_default();
        errors::text_error(py, format!("{place}the text format is not UTF-8: {e}"))
    })
}

impl Source {
    /// Reads a `Module(...)`/`wat2wasm(...)` source (see `Module`).
    fn read(py: Python<'_>, source: &Bound<'_, PyAny>, path: Option<String>) -> PyResult<Source> {
        if let Ok(text) = source.cast::<PyString>() {
            let text = text.to_cow()?;
            if looks_like_text(text.as_bytes()) || path.is_some() {
                let bytes = parse_text(py, &text, path.as_deref())?;
                return Ok(Source { bytes, path });
            }
            // Not text format: a file name.
            return Source::from_file(py, source);
        }
        if source.hasattr("__fspath__")? {
            return Source::from_file(py, source);
        }
        let raw: Vec<u8> = if let Ok(b) = source.cast::<PyBytes>() {
            b.as_bytes().to_vec()
        } else if let Ok(b) = source.cast::<PyByteArray>() {
            b.to_vec()
        } else if let Ok(b) = source.extract::<Vec<u8>>() {
            b
        } else {
            return Err(PyTypeError::new_err(format!(
                "Module() source must be bytes (binary or text format), str (text format or a \
                 file name) or a path, not {}",
                source.get_type().name()?
            )));
        };
        Source::from_bytes(py, raw, path)
    }

    /// Binary format as is; text format (starting with `(`) parsed.
    fn from_bytes(py: Python<'_>, raw: Vec<u8>, path: Option<String>) -> PyResult<Source> {
        if looks_like_text(&raw) {
            let bytes = parse_text(py, utf8(py, &raw, path.as_deref())?, path.as_deref())?;
            return Ok(Source { bytes, path });
        }
        Ok(Source { bytes: raw, path })
    }

    /// The file at `path` (a `str` or path-like): text format if it starts
    /// like text, else binary. `OSError` when it cannot be read.
    fn from_file(py: Python<'_>, path: &Bound<'_, PyAny>) -> PyResult<Source> {
        let name: String = py
            .import("os")?
            .call_method1("fsdecode", (path,))?
            .extract()?;
        let raw: Vec<u8> = py
            .import("pathlib")?
            .call_method1("Path", (&name,))?
            .call_method0("read_bytes")?
            .extract()?;
        Source::from_bytes(py, raw, Some(name))
    }
}

/// `CompileError` (or `UnsupportedError`) for `err` from compiling
/// `source`: names the file, and the function whose body holds the offset
/// (index and name-section name).
fn compile_error(py: Python<'_>, err: wasmjit::Error, source: &Source) -> PyErr {
    let offset = match &err {
        wasmjit::Error::Invalid { offset, .. } | wasmjit::Error::Unsupported { offset, .. } => {
            *offset
        }
        _ => return errors::to_py(py, err, ""),
    };
    let names = FuncNames::read(&source.bytes);
    let func = names
        .func_at(offset)
        .map(|(i, n)| (i, n.map(str::to_owned)));
    errors::compile_to_py(py, err, source.path.clone(), func)
}

/// A compiled WebAssembly module.
///
/// `Module(source, *, path=None)`: `source` is the binary format (`bytes`,
/// `bytearray` or another bytes-like object), the text format (a `str`, or
/// bytes that start with `(`), or a file to read (a `str` that does not
/// start with `(`, or a path-like object; its content may be either
/// format). `path`, if given, names the source file in errors. The module
/// is validated and compiled to machine code; the GIL is released
/// meanwhile. `Module.from_file(path)` reads a file explicitly.
///
/// Raises `wasmpy.CompileError` (with `.offset`, the byte offset in the
/// binary, or `None` for a text syntax error; `.path`, `.func_index`,
/// `.func_name` where known) for a malformed or invalid module,
/// `wasmpy.UnsupportedError` (with `.feature`) for a valid module that uses
/// something the engine does not compile yet, `OSError` when a file cannot
/// be read, `TypeError` for a `source` of another type.
#[pyclass(frozen, module = "wasmpy._native")]
pub struct Module {
    pub(crate) inner: wasmjit::Module,
    /// Name-section names and export → function index (`names.rs`).
    pub(crate) names: FuncNames,
    path: Option<String>,
}

impl Module {
    fn compile(py: Python<'_>, source: Source) -> PyResult<Module> {
        let engine = engine()?;
        match py.detach(|| wasmjit::Module::new(engine, &source.bytes)) {
            Ok(inner) => Ok(Module {
                inner,
                names: FuncNames::read(&source.bytes),
                path: source.path,
            }),
            Err(e) => Err(compile_error(py, e, &source)),
        }
    }
}

/// `content_hash(data: bytes) -> bytes`: the 16-byte xxh3-128 hash of
/// `data` (XXH3 by Yann Collet, the 128-bit variant, little-endian), the
/// key the import hook checks its cache files with.
#[pyfunction]
pub fn content_hash<'py>(py: Python<'py>, data: &[u8]) -> Bound<'py, PyBytes> {
    PyBytes::new(py, &wasmjit::content_hash(data))
}

/// `wat2wasm(text: str | bytes) -> bytes`: the binary format of a module
/// in the text format (the `wat` crate; name section included). Raises
/// `wasmpy.CompileError` (line and column in the message) when it does
/// not parse, `TypeError` for another type.
#[pyfunction]
pub fn wat2wasm<'py>(py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyBytes>> {
    let bytes = if let Ok(s) = text.cast::<PyString>() {
        parse_text(py, &s.to_cow()?, None)?
    } else if let Ok(b) = text.extract::<Vec<u8>>() {
        parse_text(py, utf8(py, &b, None)?, None)?
    } else {
        return Err(PyTypeError::new_err(format!(
            "wat2wasm() takes the text format as str or bytes, not {}",
            text.get_type().name()?
        )));
    };
    Ok(PyBytes::new(py, &bytes))
}

#[pymethods]
impl Module {
    #[new]
    #[pyo3(signature = (source, *, path = None))]
    fn new(py: Python<'_>, source: &Bound<'_, PyAny>, path: Option<String>) -> PyResult<Module> {
        let source = Source::read(py, source, path)?;
        Module::compile(py, source)
    }

    /// `Module.from_file(path) -> Module`: compiles the file at `path` (a
    /// `str` or path-like), text format if it starts with `(`, else binary.
    /// Raises `OSError` and what `Module()` raises.
    #[staticmethod]
    fn from_file(py: Python<'_>, path: &Bound<'_, PyAny>) -> PyResult<Module> {
        Module::compile(py, Source::from_file(py, path)?)
    }

    /// `str | None`: the file the module was read from (or named by
    /// `path=`).
    #[getter]
    fn path(&self) -> Option<String> {
        self.path.clone()
    }

    /// `list[ImportType]`: the imports in declaration order, each the tuple
    /// `(module, name, kind)` (`kind`: `"func"`, `"table"`, `"memory"` or
    /// `"global"`) with `.module`, `.name`, `.kind` and `.type`.
    #[getter]
    fn imports<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyAny>>> {
        self.inner
            .imports()
            .iter()
            .map(|i| types::importtype(py, &i.module, &i.name, kind_word(&i.ty), &i.ty))
            .collect()
    }

    /// `list[ExportType]`: the exports in declaration order, each the tuple
    /// `(name, kind)` with `.name`, `.kind` and `.type`.
    #[getter]
    fn exports<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyAny>>> {
        self.inner
            .exports()
            .map(|e| types::exporttype(py, &e.name, kind_word(&e.ty), &e.ty))
            .collect()
    }

    /// `list[tuple[str, str, FuncType | MemoryType | TableType |
    /// GlobalType]]`: the imports as `(module, name, type)`; `str(type)`
    /// spells it as the text format does: `func (i32) -> (i32)`, `memory 1
    /// 2` (limits in pages), `table 0 10 funcref`, `global (mut i32)`.
    #[getter]
    fn import_types<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<Vec<(String, String, Bound<'py, PyAny>)>> {
        self.inner
            .imports()
            .iter()
            .map(|i| {
                Ok((
                    i.module.clone(),
                    i.name.clone(),
                    types::externtype(py, &i.ty)?,
                ))
            })
            .collect()
    }

    /// `list[tuple[str, FuncType | MemoryType | TableType | GlobalType]]`:
    /// the exports as `(name, type)`, in declaration order.
    #[getter]
    fn export_types<'py>(&self, py: Python<'py>) -> PyResult<Vec<(String, Bound<'py, PyAny>)>> {
        self.inner
            .exports()
            .map(|e| Ok((e.name.to_string(), types::externtype(py, &e.ty)?)))
            .collect()
    }

    /// `param_names(export: str) -> list[str | None] | None`: the names the
    /// name section gives the parameters of the function exported as
    /// `export` (`None` for a parameter without a usable name), or `None`
    /// when it names none (or there is no such function export).
    fn param_names(&self, export: &str) -> Option<Vec<Option<String>>> {
        let ty = self.inner.exports().find(|e| e.name == export)?.ty;
        let ExternType::Func(f) = ty else {
            return None;
        };
        self.names
            .param_names(export, f.params().len())
            .map(|n| n.into_vec())
    }

    /// `serialize() -> bytes`: the compiled module as bytes that
    /// `Module.deserialize` loads without compiling again: the machine
    /// code and the declarations, behind a checked header (format
    /// version, engine build, CPU features and code configuration the code
    /// depends on, a hash of the wasm binary, a checksum; layout in
    /// `crates/wasmjit/src/module/serialize.rs`). Valid only for this
    /// build of wasmpy (`wasmpy.CACHE_TAG` names it).
    fn serialize<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        let data = py.detach(|| self.inner.serialize());
        PyBytes::new(py, &data)
    }

    /// `Module.deserialize(data: bytes, *, path: str | None = None) ->
    /// Module`: the module `Module.serialize` wrote, without compiling
    /// (the declarations are validated again, the code mapped). `path`
    /// names the module's source in errors and `Module.path`.
    ///
    /// Raises `ValueError` naming the problem when `data` is truncated,
    /// corrupt (checksum mismatch), not a serialized module, from another
    /// wasmpy build or format version (stale), or for CPU features this
    /// machine lacks; none of it is executed. `TypeError` when `data` is
    /// not `bytes`.
    #[staticmethod]
    #[pyo3(signature = (data, *, path = None))]
    fn deserialize(py: Python<'_>, data: &[u8], path: Option<String>) -> PyResult<Module> {
        let engine = engine()?;
        let inner = py
            .detach(|| wasmjit::Module::deserialize(engine, data))
            .map_err(|e| errors::to_py(py, e, ""))?;
        Ok(Module {
            names: FuncNames::read(inner.declarations()),
            inner,
            path,
        })
    }

    /// `bytes`: the 16-byte xxh3-128 hash of the binary the module was
    /// compiled from.
    #[getter]
    fn wasm_hash<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &self.inner.wasm_hash())
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
