//! `WasiCtx`: a WASI preview1 context (`wasmjit-wasi`, on wasi-common) for
//! one instance, with stdio that may be Python objects.
//!
//! WASI calls run inside the wasm call, without the GIL, and read and write
//! linear memory in place. Only a Python stdio object takes the GIL: its
//! `write(bytes | str)` or `read(n)` is called from the WASI call.

use std::io::{self, IoSlice, Read, Write};
use std::path::PathBuf;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use wasmjit_wasi::{ReadPipe, Wasi, WritePipe};

/// A Python object with `write`, as a WASI output. Text objects get `str`:
/// the bytes decoded as UTF-8 with invalid sequences replaced by U+FFFD; a
/// sequence split between two writes is kept until the next write completes
/// it (or until the object is dropped). An exception `write` raises ends
/// the WASI call (a host-error trap carrying it): it comes out of the wasm
/// call unchanged, with a note naming the stream.
struct PyWriter {
    obj: Py<PyAny>,
    text: bool,
    pending: Vec<u8>,
    /// `"stdout"` or `"stderr"`, for the note.
    name: &'static str,
}

/// `err` as the error of a stdio call, noted (PEP 678, Python 3.11+) with
/// what raised it.
fn stdio_error(py: Python<'_>, err: PyErr, what: String) -> io::Error {
    let value = err.value(py);
    if value.hasattr("add_note").unwrap_or(false) {
        let _ = value.call_method1("add_note", (format!("raised by {what} in a WASI call"),));
    }
    wasmjit_wasi::host_io_error(Box::new(err))
}

impl PyWriter {
    fn send(&mut self, bytes: &[u8], last: bool) -> io::Result<()> {
        Python::attach(|py| {
            let arg: Bound<'_, PyAny> = if self.text {
                self.pending.extend_from_slice(bytes);
                let cut = match std::str::from_utf8(&self.pending) {
                    Ok(_) => self.pending.len(),
                    // An incomplete sequence at the end waits for more bytes.
                    Err(e) if e.error_len().is_none() && !last => e.valid_up_to(),
                    Err(_) => self.pending.len(),
                };
                let s = String::from_utf8_lossy(&self.pending[..cut]).into_owned();
                self.pending.drain(..cut);
                if s.is_empty() {
                    return Ok(());
                }
                PyString::new(py, &s).into_any()
            } else {
                PyBytes::new(py, bytes).into_any()
            };
            self.obj
                .bind(py)
                .call_method1("write", (arg,))
                .map(|_| ())
                .map_err(|e| stdio_error(py, e, format!("{}.write()", self.name)))
        })
    }
}

impl Write for PyWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.send(buf, false)?;
        Ok(buf.len())
    }

    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> io::Result<usize> {
        let all: Vec<u8> = bufs.iter().flat_map(|b| b.iter().copied()).collect();
        self.write(&all)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for PyWriter {
    fn drop(&mut self) {
        if !self.pending.is_empty() {
            let _ = self.send(&[], true);
        }
    }
}

/// A Python object with `read(n) -> bytes`, as WASI input. An exception
/// `read` raises (or a `TypeError` for a result that is not `bytes`) ends
/// the WASI call as [`PyWriter`]'s do.
struct PyReader(Py<PyAny>);

impl Read for PyReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        Python::attach(|py| {
            let what = || "stdin.read()".to_owned();
            let data = self
                .0
                .bind(py)
                .call_method1("read", (buf.len(),))
                .map_err(|e| stdio_error(py, e, what()))?;
            let bytes: &[u8] = data
                .cast::<PyBytes>()
                .map_err(|_| {
                    let t = data
                        .get_type()
                        .name()
                        .map(|n| n.to_string())
                        .unwrap_or_default();
                    let e =
                        PyTypeError::new_err(format!("stdin.read() must return bytes, not {t}"));
                    stdio_error(py, e, what())
                })?
                .as_bytes();
            let n = bytes.len().min(buf.len());
            buf[..n].copy_from_slice(&bytes[..n]);
            Ok(n)
        })
    }
}

/// An output other than the inherited descriptor: `None` (discarded) or
/// `(object with write, is_text)`.
fn output(
    value: &Bound<'_, PyAny>,
    name: &'static str,
) -> PyResult<Option<Box<dyn wasmjit_wasi::WasiFile>>> {
    if value.is_none() {
        return Ok(None);
    }
    let (obj, text): (Py<PyAny>, bool) = value.extract()?;
    Ok(Some(Box::new(WritePipe::new(PyWriter {
        obj,
        text,
        pending: Vec::new(),
        name,
    }))))
}

/// A WASI preview1 context for one instance (`wasmpy.wasi.WasiConfig`
/// makes one for each instance it configures).
///
/// `WasiCtx(argv, env, preopens, stdin, stdout, stderr)`: `argv` a list of
/// `str` (the program name first); `env` a list of `(name, value)`;
/// `preopens` a list of `(host directory, guest path)`; `stdin` `None`
/// (empty), `bytes`, `True` (the process's fd 0) or an object with
/// `read(n)`; `stdout`/`stderr` `None` (discarded), `True` (fd 1/2) or
/// `(object with write, is_text)`.
///
/// Raises `ValueError` when a preopened directory cannot be opened or an
/// argument or variable holds a NUL character.
#[pyclass(frozen, module = "wasmpy._native")]
pub struct WasiCtx {
    pub(crate) wasi: Wasi,
}

#[pymethods]
impl WasiCtx {
    #[new]
    fn new(
        argv: Vec<String>,
        env: Vec<(String, String)>,
        preopens: Vec<(PathBuf, String)>,
        stdin: &Bound<'_, PyAny>,
        stdout: &Bound<'_, PyAny>,
        stderr: &Bound<'_, PyAny>,
    ) -> PyResult<WasiCtx> {
        let mut b = wasmjit_wasi::builder(&argv, &env).map_err(PyValueError::new_err)?;
        if stdin.is_instance_of::<pyo3::types::PyBool>() {
            if stdin.is_truthy()? {
                b.inherit_stdin();
            }
        } else if let Ok(bytes) = stdin.cast::<PyBytes>() {
            b.stdin(Box::new(ReadPipe::from(bytes.as_bytes().to_vec())));
        } else if !stdin.is_none() {
            b.stdin(Box::new(ReadPipe::new(PyReader(stdin.clone().unbind()))));
        }
        for (value, fd) in [(stdout, 1), (stderr, 2)] {
            let inherit = value.is_instance_of::<pyo3::types::PyBool>() && value.is_truthy()?;
            if inherit {
                if fd == 1 {
                    b.inherit_stdout();
                } else {
                    b.inherit_stderr();
                }
            } else if let Some(file) = output(value, if fd == 1 { "stdout" } else { "stderr" })? {
                if fd == 1 {
                    b.stdout(file);
                } else {
                    b.stderr(file);
                }
            }
        }
        Ok(WasiCtx {
            wasi: Wasi::new(b.build(), &preopens).map_err(PyValueError::new_err)?,
        })
    }
}
