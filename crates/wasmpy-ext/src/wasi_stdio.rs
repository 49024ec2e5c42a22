//! Python objects as WASI stdio: an object with `write` as stdout/stderr,
//! one with `read(n)` as stdin.
//!
//! wasi-common calls a stdio file inside the WASI call, while the call
//! holds the instance's WASI state and a borrow of its linear memory. A
//! Python object must not run there: its code may read the memory or call
//! an export of the same store, which would wait for the store forever. So
//! the Python calls happen at the two points where the call holds nothing
//! ([`wasmjit_wasi::Hooks`]), with the store lent to the thread
//! (`store::lend`, as for Python host functions):
//!
//! ```text
//! fd_write(1, ...) ─▶ wasi-common ─▶ PyWriter::write: bytes queued ─┐
//!                                                                   ▼
//!                         after_call: store lent, stdout.write(queued bytes)
//!
//! fd_read(0, iovs) ─▶ before_stdin_read: store lent, stdin.read(n) kept ─┐
//!                                                                       ▼
//!                     wasi-common ─▶ PyReader::read: the kept bytes
//! ```
//!
//! An exception the object raises ends the WASI call: a host-error trap
//! carrying the `PyErr`, which the extension re-raises unchanged, with a
//! note naming the stream. Where no hook ran first (stdin renumbered by
//! the guest), `PyReader` calls `read` from inside the call, and its
//! exception comes out the same way through `wasmjit_wasi::host_io_error`.

use std::io::{self, IoSlice, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use wasmjit::{Caller, Trap};
use wasmjit_wasi::{ReadPipe, WasiFile, WritePipe};

use crate::gil;
use crate::store::{lend, WeakStore};

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// `err` noted (PEP 678, Python 3.11+) with what raised it.
fn noted(py: Python<'_>, err: PyErr, what: &str) -> PyErr {
    let value = err.value(py);
    if value.hasattr("add_note").unwrap_or(false) {
        let _ = value.call_method1("add_note", (format!("raised by {what} in a WASI call"),));
    }
    err
}

/// Bytes written to one Python output, not yet handed to it.
struct Output {
    obj: Py<PyAny>,
    /// A text stream: gets `str`, the bytes decoded as UTF-8 with invalid
    /// sequences replaced by U+FFFD; a sequence split between two writes
    /// waits for the rest.
    text: bool,
    queued: Vec<u8>,
    /// `"stdout"` or `"stderr"`, for the note.
    name: &'static str,
}

impl Output {
    /// Hands the queued bytes to `write` (all of them when `last`, else
    /// all but an incomplete UTF-8 sequence at the end of a text stream).
    fn flush(&mut self, py: Python<'_>, last: bool) -> PyResult<()> {
        if self.queued.is_empty() {
            return Ok(());
        }
        let arg: Bound<'_, PyAny> = if self.text {
            let cut = match std::str::from_utf8(&self.queued) {
                Ok(_) => self.queued.len(),
                Err(e) if e.error_len().is_none() && !last => e.valid_up_to(),
                Err(_) => self.queued.len(),
            };
            let s = String::from_utf8_lossy(&self.queued[..cut]).into_owned();
            self.queued.drain(..cut);
            if s.is_empty() {
                return Ok(());
            }
            PyString::new(py, &s).into_any()
        } else {
            PyBytes::new(py, &std::mem::take(&mut self.queued)).into_any()
        };
        let obj = self.obj.clone_ref(py);
        obj.bind(py)
            .call_method1("write", (arg,))
            .map(|_| ())
            .map_err(|e| noted(py, e, &format!("{}.write()", self.name)))
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        if !self.queued.is_empty() {
            Python::attach(|py| {
                let _ = self.flush(py, true);
            });
        }
    }
}

/// The `Write` wasi-common writes to: queues the bytes for the next
/// `after_call`.
struct PyWriter {
    out: Arc<Mutex<Output>>,
    queued: Arc<AtomicBool>,
}

impl Write for PyWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        lock(&self.out).queued.extend_from_slice(buf);
        self.queued.store(true, Ordering::Release);
        Ok(buf.len())
    }

    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> io::Result<usize> {
        let mut out = lock(&self.out);
        let mut n = 0;
        for b in bufs {
            out.queued.extend_from_slice(b);
            n += b.len();
        }
        self.queued.store(true, Ordering::Release);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The Python stdin object and what its last `read` returned, not yet
/// consumed.
struct Input {
    obj: Py<PyAny>,
    kept: Option<Vec<u8>>,
}

/// Calls `obj.read(n)`, which must return `bytes`.
fn read_from(py: Python<'_>, obj: &Py<PyAny>, n: usize) -> PyResult<Vec<u8>> {
    let what = "stdin.read()";
    let data = obj
        .bind(py)
        .call_method1("read", (n,))
        .map_err(|e| noted(py, e, what))?;
    match data.cast::<PyBytes>() {
        Ok(b) => Ok(b.as_bytes().to_vec()),
        Err(_) => {
            let t = data
                .get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_default();
            let e = PyTypeError::new_err(format!("stdin.read() must return bytes, not {t}"));
            Err(noted(py, e, what))
        }
    }
}

/// The `Read` wasi-common reads stdin from: the bytes `before_stdin_read`
/// kept, else (no hook ran) a `read` of its own.
struct PyReader(Arc<Mutex<Input>>);

impl Read for PyReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let mut input = lock(&self.0);
        let data = match input.kept.take() {
            Some(d) => d,
            None => {
                let obj = Python::attach(|py| input.obj.clone_ref(py));
                drop(input);
                let d = Python::attach(|py| read_from(py, &obj, buf.len()))
                    .map_err(|e| wasmjit_wasi::host_io_error(Box::new(e)))?;
                input = lock(&self.0);
                d
            }
        };
        let n = data.len().min(buf.len());
        buf[..n].copy_from_slice(&data[..n]);
        if n < data.len() {
            input.kept = Some(data[n..].to_vec());
        }
        Ok(n)
    }
}

/// The Python stdio objects of one context, installed as its
/// [`wasmjit_wasi::Hooks`] when an instance is made with it.
#[derive(Clone, Default)]
pub struct PyStdio {
    stdin: Option<Arc<Mutex<Input>>>,
    outputs: Vec<Arc<Mutex<Output>>>,
    queued: Arc<AtomicBool>,
}

impl PyStdio {
    /// A stdin file reading from `obj.read(n)`.
    pub fn input(&mut self, obj: Py<PyAny>) -> Box<dyn WasiFile> {
        let input = Arc::new(Mutex::new(Input { obj, kept: None }));
        self.stdin = Some(input.clone());
        Box::new(ReadPipe::new(PyReader(input)))
    }

    /// An output file writing to `obj.write` (`str` when `text`); `name` is
    /// `"stdout"` or `"stderr"`.
    pub fn output(&mut self, obj: Py<PyAny>, text: bool, name: &'static str) -> Box<dyn WasiFile> {
        let out = Arc::new(Mutex::new(Output {
            obj,
            text,
            queued: Vec::new(),
            name,
        }));
        self.outputs.push(out.clone());
        Box::new(WritePipe::new(PyWriter {
            out,
            queued: self.queued.clone(),
        }))
    }

    /// Whether any stdio is a Python object (else no hooks are needed).
    pub fn is_empty(&self) -> bool {
        self.stdin.is_none() && self.outputs.is_empty()
    }

    /// The hooks for instances in `store`.
    pub fn hooks(&self, store: WeakStore) -> Box<dyn wasmjit_wasi::Hooks> {
        Box::new(Hooks {
            stdio: self.clone(),
            store,
        })
    }
}

struct Hooks {
    stdio: PyStdio,
    store: WeakStore,
}

impl Hooks {
    /// Runs `f` with the GIL and the caller's store lent to this thread;
    /// its exception becomes a trap carrying it.
    fn lent(
        &self,
        caller: &mut Caller<'_>,
        f: impl FnOnce(Python<'_>) -> PyResult<()>,
    ) -> Result<(), Trap> {
        let id = self.store.id();
        gil::attach(|py| lend(id, caller.store(), || f(py))).map_err(|e| Trap::host(Box::new(e)))
    }
}

impl wasmjit_wasi::Hooks for Hooks {
    fn before_stdin_read(&self, caller: &mut Caller<'_>, len: usize) -> Result<(), Trap> {
        let Some(input) = &self.stdio.stdin else {
            return Ok(());
        };
        if lock(input).kept.is_some() {
            return Ok(());
        }
        self.lent(caller, |py| {
            let obj = lock(input).obj.clone_ref(py);
            let data = read_from(py, &obj, len)?;
            lock(input).kept = Some(data);
            Ok(())
        })
    }

    fn after_call(&self, caller: &mut Caller<'_>) -> Result<(), Trap> {
        if !self.stdio.queued.load(Ordering::Acquire) {
            return Ok(());
        }
        self.stdio.queued.store(false, Ordering::Release);
        self.lent(caller, |py| {
            for out in &self.stdio.outputs {
                // Taken out of the mutex: the object's code may write to it
                // again (through a WASI call of another instance).
                let mut o = {
                    let mut g = lock(out);
                    Output {
                        obj: g.obj.clone_ref(py),
                        text: g.text,
                        queued: std::mem::take(&mut g.queued),
                        name: g.name,
                    }
                };
                let r = o.flush(py, false);
                // An incomplete UTF-8 sequence goes back in front.
                let mut g = lock(out);
                let later = std::mem::take(&mut g.queued);
                g.queued = std::mem::take(&mut o.queued);
                g.queued.extend_from_slice(&later);
                r?;
            }
            Ok(())
        })
    }
}
