//! `WasiCtx`: a WASI preview1 context (`wasmjit-wasi`, on wasi-common) for
//! one instance, with stdio that may be Python objects.
//!
//! WASI calls run inside the wasm call, without the GIL (released around
//! each, `wasmjit::blocking`, when the call holds it), and read and write
//! linear memory in place. Only a Python stdio object takes the GIL: its
//! `write(bytes | str)` or `read(n)` is called around the WASI call, with
//! the store lent (`wasi_stdio.rs`).

use std::path::PathBuf;
use std::sync::OnceLock;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use wasmjit_wasi::{ReadPipe, Wasi};

use crate::store::SharedStore;
use crate::wasi_stdio::PyStdio;

/// An output other than the inherited descriptor: `None` (discarded) or
/// `(object with write, is_text)`.
fn output(
    stdio: &mut PyStdio,
    value: &Bound<'_, PyAny>,
    name: &'static str,
) -> PyResult<Option<Box<dyn wasmjit_wasi::WasiFile>>> {
    if value.is_none() {
        return Ok(None);
    }
    let (obj, text): (Py<PyAny>, bool) = value.extract()?;
    Ok(Some(stdio.output(obj, text, name)))
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
    /// Its Python stdio objects (see `wasi_stdio.rs`).
    stdio: PyStdio,
    /// The identity of the store its instances are in (set by the first).
    store: OnceLock<usize>,
}

impl WasiCtx {
    /// Ties the context to `store` (its Python stdio objects get that store
    /// lent while they run).
    ///
    /// Raises `ValueError` when it is tied to another store already.
    pub(crate) fn bind(&self, store: &SharedStore) -> PyResult<()> {
        let bound = *self.store.get_or_init(|| {
            if !self.stdio.is_empty() {
                self.wasi.set_hooks(self.stdio.hooks(store.downgrade()));
            }
            store.id()
        });
        if bound != store.id() {
            return Err(PyValueError::new_err(
                "this WASI context belongs to instances of another store",
            ));
        }
        Ok(())
    }
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
        let mut stdio = PyStdio::default();
        if stdin.is_instance_of::<pyo3::types::PyBool>() {
            if stdin.is_truthy()? {
                b.inherit_stdin();
            }
        } else if let Ok(bytes) = stdin.cast::<PyBytes>() {
            b.stdin(Box::new(ReadPipe::from(bytes.as_bytes().to_vec())));
        } else if !stdin.is_none() {
            b.stdin(stdio.input(stdin.clone().unbind()));
        }
        for (value, fd) in [(stdout, 1), (stderr, 2)] {
            let inherit = value.is_instance_of::<pyo3::types::PyBool>() && value.is_truthy()?;
            if inherit {
                if fd == 1 {
                    b.inherit_stdout();
                } else {
                    b.inherit_stderr();
                }
            } else if let Some(file) =
                output(&mut stdio, value, if fd == 1 { "stdout" } else { "stderr" })?
            {
                if fd == 1 {
                    b.stdout(file);
                } else {
                    b.stderr(file);
                }
            }
        }
        Ok(WasiCtx {
            wasi: Wasi::new(b.build(), &preopens).map_err(PyValueError::new_err)?,
            stdio,
            store: OnceLock::new(),
        })
    }
}
