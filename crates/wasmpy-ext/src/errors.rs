//! Engine errors → Python exceptions.
//!
//! The exception classes (`Trap`, `TrapKind`, `CompileError`,
//! `UnsupportedError`, `LinkError`, `InstantiationError`) are defined in
//! `wasmpy/_errors.py`, so that they are ordinary Python classes with
//! docstrings and stubs; this module imports them once and instantiates them.

use pyo3::exceptions::{PyMemoryError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyType;
use wasmjit::{Error, Trap, TrapKind};

static TRAP: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static COMPILE_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static UNSUPPORTED_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static LINK_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static INSTANTIATION_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static EXIT: PyOnceLock<Py<PyType>> = PyOnceLock::new();

const ERRORS_MODULE: &str = "wasmpy._errors";

/// An exception of the class `name` of `wasmpy._errors`, built with `args`.
/// If the class cannot be imported, that import error is returned instead.
fn make<'py, A>(py: Python<'py>, cell: &PyOnceLock<Py<PyType>>, name: &str, args: A) -> PyErr
where
    A: pyo3::call::PyCallArgs<'py>,
{
    match cell.import(py, ERRORS_MODULE, name) {
        Ok(class) => match class.call1(args) {
            Ok(exc) => PyErr::from_value(exc),
            Err(e) => e,
        },
        Err(e) => e,
    }
}

/// The `TrapKind` member name (Python side) of a trap kind. The match is
/// exhaustive, so a new engine trap kind fails to compile until it is named.
pub fn kind_name(kind: TrapKind) -> &'static str {
    match kind {
        TrapKind::Unreachable => "UNREACHABLE",
        TrapKind::MemoryOutOfBounds => "MEMORY_OUT_OF_BOUNDS",
        TrapKind::TableOutOfBounds => "TABLE_OUT_OF_BOUNDS",
        TrapKind::IndirectCallToNull => "INDIRECT_CALL_TO_NULL",
        TrapKind::BadSignature => "BAD_SIGNATURE",
        TrapKind::IntegerOverflow => "INTEGER_OVERFLOW",
        TrapKind::IntegerDivisionByZero => "INTEGER_DIVIDE_BY_ZERO",
        TrapKind::BadConversionToInteger => "INVALID_CONVERSION_TO_INTEGER",
        TrapKind::StackOverflow => "CALL_STACK_EXHAUSTED",
        TrapKind::Interrupt => "INTERRUPTED",
        TrapKind::HostError => "HOST_ERROR",
        TrapKind::BulkOutOfBounds => "OUT_OF_BOUNDS_TABLE_ACCESS",
        TrapKind::NullReference => "NULL_REFERENCE",
    }
}

/// `trap_kinds() -> list[tuple[str, str]]`: every trap kind the engine can
/// raise, as `(TrapKind member name, spec message)` pairs. The Python
/// `TrapKind` enum is checked against this list by the test suite.
#[pyfunction]
pub fn trap_kinds() -> Vec<(&'static str, &'static str)> {
    TrapKind::ALL
        .into_iter()
        .map(|k| (kind_name(k), k.message()))
        .collect()
}

/// Backtrace lines shown in a trap's message at most (the rest is in
/// `.frames`); with names capped at `NAME_CHARS`, the message stays well
/// under 4 KB.
const SHOWN_FRAMES: usize = 24;
const NAME_CHARS: usize = 80;
/// A frame repeated more often than this is shown this often, then folded
/// into "[previous frame repeated N more times]", as Python folds
/// recursion in tracebacks.
const REPEATS_SHOWN: usize = 3;

/// The backtrace part of a trap message: one line per frame (innermost
/// first), runs of one frame folded, long names shortened, and at most
/// `SHOWN_FRAMES` lines (the middle elided).
pub fn format_backtrace(frames: &[(u32, Option<String>)]) -> String {
    let label = |(index, name): &(u32, Option<String>)| match name {
        Some(n) if n.chars().count() > NAME_CHARS => {
            let short: String = n.chars().take(NAME_CHARS).collect();
            format!("{short}... (func {index})")
        }
        Some(n) => format!("{n} (func {index})"),
        None => format!("func {index}"),
    };
    let mut lines: Vec<String> = Vec::new();
    let mut i = 0;
    while i < frames.len() {
        let mut run = 1;
        while i + run < frames.len() && frames[i + run] == frames[i] {
            run += 1;
        }
        for k in 0..run.min(REPEATS_SHOWN) {
            lines.push(format!("  {}: {}", i + k, label(&frames[i])));
        }
        if run > REPEATS_SHOWN {
            lines.push(format!(
                "  [previous frame repeated {} more times]",
                group_thousands(run - REPEATS_SHOWN)
            ));
        }
        i += run;
    }
    if lines.len() > SHOWN_FRAMES {
        let tail = SHOWN_FRAMES / 3;
        let head = SHOWN_FRAMES - tail;
        let omitted = lines.len() - head - tail;
        let mut kept: Vec<String> = lines[..head].to_vec();
        kept.push(format!(
            "  [{omitted} more lines; every frame is in .frames]"
        ));
        kept.extend_from_slice(&lines[lines.len() - tail..]);
        lines = kept;
    }
    let mut out = String::from("wasm backtrace (innermost first):");
    for l in lines {
        out.push('\n');
        out.push_str(&l);
    }
    out
}

/// `9990` as `9,990`.
fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A `wasmpy.Trap` for `trap`, raised by a call of the function `func`.
/// An exception raised by a Python host function comes back unchanged.
/// The message folds repeated frames (`format_backtrace`); `.frames`
/// keeps every frame.
/// A WASI `proc_exit(n)` becomes `wasmpy.wasi.Exit(n)`.
pub fn trap_to_py(py: Python<'_>, mut trap: Trap, func: &str) -> PyErr {
    if let Some(code) = trap.exit_status() {
        return make(py, &EXIT, "Exit", (code,));
    }
    if let Some(payload) = trap.take_host_error() {
        if let Ok(err) = payload.downcast::<PyErr>() {
            return *err;
        }
    }
    let mut message = format!("{trap} (in wasm function {func:?})");
    let frames: Vec<(u32, Option<String>)> = trap
        .frames()
        .iter()
        .map(|f| (f.func_index, f.func_name.clone()))
        .collect();
    if !frames.is_empty() {
        message.push('\n');
        message.push_str(&format_backtrace(&frames));
    }
    make(py, &TRAP, "Trap", (message, kind_name(trap.kind()), frames))
}

/// `CompileError`/`UnsupportedError` for an `Invalid`/`Unsupported` error
/// of the module read from `path` (if any), in function `func` (index and
/// name-section name) if the offset is inside a function body.
pub fn compile_to_py(
    py: Python<'_>,
    err: Error,
    path: Option<String>,
    func: Option<(u32, Option<String>)>,
) -> PyErr {
    let (index, name) = match func {
        Some((i, n)) => (Some(i), n),
        None => (None, None),
    };
    match err {
        Error::Invalid { message, offset } => make(
            py,
            &COMPILE_ERROR,
            "CompileError",
            (message, offset, path, index, name),
        ),
        Error::Unsupported { what, offset } => make(
            py,
            &UNSUPPORTED_ERROR,
            "UnsupportedError",
            (what, offset, path, index, name),
        ),
        other => to_py(py, other, ""),
    }
}

/// The Python exception for an engine error; `func` names the wasm function
/// being called, for traps.
///
/// - `Invalid` → `CompileError(message, offset)`
/// - `Unsupported` → `UnsupportedError(what, offset)`
/// - `Link` → `LinkError`, `Instantiation` → `InstantiationError`
/// - `Trap` → `Trap` (or the host function's own exception)
/// - `Resource` → `MemoryError`, `Usage` → `TypeError`
/// - `Deserialize` → `ValueError`
pub fn to_py(py: Python<'_>, err: Error, func: &str) -> PyErr {
    match err {
        Error::Invalid { message, offset } => {
            make(py, &COMPILE_ERROR, "CompileError", (message, offset))
        }
        Error::Unsupported { what, offset } => {
            make(py, &UNSUPPORTED_ERROR, "UnsupportedError", (what, offset))
        }
        Error::Link(m) => make(py, &LINK_ERROR, "LinkError", (m,)),
        Error::Instantiation(m) => make(py, &INSTANTIATION_ERROR, "InstantiationError", (m,)),
        Error::Trap(t) => trap_to_py(py, t, func),
        Error::Resource(m) => PyMemoryError::new_err(m),
        Error::Usage(m) => PyTypeError::new_err(m),
        Error::Deserialize(m) => {
            PyValueError::new_err(format!("cannot load serialized module: {m}"))
        }
    }
}

/// A `CompileError` without an offset: the text format did not parse (the
/// message carries the line and column).
pub fn text_error(py: Python<'_>, message: String) -> PyErr {
    make(py, &COMPILE_ERROR, "CompileError", (message, py.None()))
}

/// `_panic_exception() -> type`: the class PyO3 raises for a Rust panic
/// caught at the boundary (`pyo3_runtime.PanicException`, a
/// `BaseException`); `wasmpy._errors` makes it a subclass of
/// `wasmpy.InternalError`, so that `except Exception` catches it.
#[pyfunction]
pub fn _panic_exception(py: Python<'_>) -> Py<pyo3::types::PyType> {
    use pyo3::PyTypeInfo;
    pyo3::panic::PanicException::type_object(py).unbind()
}

/// `_panic(message: str) -> NoReturn`: panics with `message` (for the tests
/// of what a panic becomes in Python).
#[pyfunction]
pub fn _panic(message: &str) {
    panic!("{message}");
}
