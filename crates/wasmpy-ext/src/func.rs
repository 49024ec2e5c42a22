//! `Func`: a WebAssembly function exported to Python, called like any
//! Python function (spec §4.5.5 invocation).
//!
//! The call path is the hot one: the function type is cached in the object,
//! arguments and results live in fixed-size buffers on the Rust stack (up to
//! `INLINE` of each), and the only allocations are the Python result objects.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;
use wasmjit::{Val, ValType};

use crate::errors;
use crate::instance::SharedStore;
use crate::values::{from_val, to_val, ArgContext};

/// Arguments and results up to this count need no heap buffer.
const INLINE: usize = 8;

/// A WebAssembly function. Call it with one positional argument per
/// parameter; see the `wasmpy` docs for how values convert.
///
/// Returns `None` for no result, the value for one, a tuple for several.
/// Raises `TypeError` for a wrong argument count or a wrong argument type,
/// `OverflowError` for an `int` out of its type's range, `wasmpy.Trap` when
/// execution traps.
#[pyclass(frozen, module = "wasmpy._native")]
pub struct Func {
    store: SharedStore,
    func: wasmjit::Func,
    params: Box<[ValType]>,
    results: Box<[ValType]>,
    name: String,
}

impl Func {
    /// Wraps `func` of `store`; `name` is its export name (for messages).
    pub fn new(store: SharedStore, func: wasmjit::Func, name: String) -> Func {
        let (params, results) = {
            let s = store.lock();
            let ty = func.ty(&s);
            (ty.params().into(), ty.results().into())
        };
        Func {
            store,
            func,
            params,
            results,
            name,
        }
    }

    fn signature(&self) -> String {
        let list = |v: &[ValType]| {
            v.iter()
                .map(|t| t.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        format!("({}) -> ({})", list(&self.params), list(&self.results))
    }

    fn wrap_funcref<'py>(&self, py: Python<'py>, f: wasmjit::Func) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Func::new(self.store.clone(), f, "<funcref>".into()))?.into_any())
    }
}

#[pymethods]
impl Func {
    #[pyo3(signature = (*args))]
    fn __call__<'py>(
        &self,
        py: Python<'py>,
        args: &Bound<'py, PyTuple>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let n = self.params.len();
        if args.len() != n {
            return Err(PyTypeError::new_err(format!(
                "{}() takes {n} argument{} ({} given)",
                self.name,
                if n == 1 { "" } else { "s" },
                args.len()
            )));
        }
        let mut arg_inline = [Val::I32(0); INLINE];
        let mut arg_heap = Vec::new();
        let argv: &mut [Val] = if n <= INLINE {
            &mut arg_inline[..n]
        } else {
            arg_heap.resize(n, Val::I32(0));
            &mut arg_heap
        };
        for (index, ((slot, &ty), obj)) in argv
            .iter_mut()
            .zip(&*self.params)
            .zip(args.iter())
            .enumerate()
        {
            let cx = ArgContext {
                func: &self.name,
                index,
            };
            *slot = to_val(&obj, ty, &cx)?;
        }
        let m = self.results.len();
        let mut res_inline = [Val::I32(0); INLINE];
        let mut res_heap = Vec::new();
        let resv: &mut [Val] = if m <= INLINE {
            &mut res_inline[..m]
        } else {
            res_heap.resize(m, Val::I32(0));
            &mut res_heap
        };
        let outcome = self.func.call_into(&mut self.store.lock(), argv, resv);
        if let Err(e) = outcome {
            return Err(errors::to_py(py, e, &self.name));
        }
        match resv {
            [] => Ok(py.None().into_bound(py)),
            [v] => from_val(py, *v, |f| self.wrap_funcref(py, f)),
            many => {
                let items = many
                    .iter()
                    .map(|v| from_val(py, *v, |f| self.wrap_funcref(py, f)))
                    .collect::<PyResult<Vec<_>>>()?;
                Ok(PyTuple::new(py, items)?.into_any())
            }
        }
    }

    /// `str`: the export name.
    #[getter(__name__)]
    fn name(&self) -> &str {
        &self.name
    }

    /// `tuple[str, ...]`: the parameter types (`"i32"`, `"i64"`, `"f32"`,
    /// `"f64"`, `"v128"`, `"funcref"`, `"externref"`).
    #[getter]
    fn params(&self) -> Vec<String> {
        self.params.iter().map(|t| t.to_string()).collect()
    }

    /// `tuple[str, ...]`: the result types.
    #[getter]
    fn results(&self) -> Vec<String> {
        self.results.iter().map(|t| t.to_string()).collect()
    }

    fn __repr__(&self) -> String {
        format!("<wasm function {}{}>", self.name, self.signature())
    }
}
