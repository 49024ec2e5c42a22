//! `Func`: a WebAssembly function exported to Python, called like any
//! Python function (spec §4.5.5 invocation).
//!
//! The call path is the hot one: the function type is cached in the object,
//! arguments and results live in fixed-size buffers on the Rust stack (up to
//! `INLINE` of each), and the only allocations are the Python result objects.
//! Wasm runs with the GIL held, handed over to other threads at the
//! engine's checks (see `gil.rs`, `store.rs` and `interrupt.rs`).

use std::time::Duration;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};
use wasmjit::{TrapKind, Val, ValType};

use crate::errors;
use crate::gil;
use crate::interrupt;
use crate::roots::Held;
use crate::store::SharedStore;
use crate::timeout::{self, Deadline};
use crate::types;
use crate::values::{from_val, quick_val, to_val, ArgContext};

/// Arguments and results up to this count need no heap buffer. Small, as
/// the buffers stay on the stack for the call, and re-entrant calls (wasm
/// → Python → wasm ...) stack one frame per level (a `Val` is 32 bytes).
const INLINE: usize = 4;

/// `n` values: the first `n` of `inline` when they fit, else `heap` grown
/// to `n` (so calls with up to `INLINE` values allocate nothing).
fn val_buffer<'a>(
    inline: &'a mut [Val; INLINE],
    heap: &'a mut Vec<Val>,
    n: usize,
) -> &'a mut [Val] {
    if n <= INLINE {
        &mut inline[..n]
    } else {
        heap.resize(n, Val::I32(0));
        heap
    }
}

// A WebAssembly function (class docstring: `wasmpy/_docs.py`, which also
// routes each function's `__doc__` to its `__wasm_doc__` below).
// `subclass`: for the vectorcall subclass of `vectorcall.rs`, the class
// of the objects made on CPython >= 3.10.
#[pyclass(frozen, subclass, module = "wasmpy._native")]
pub struct Func {
    store: SharedStore,
    func: wasmjit::Func,
    params: Box<[ValType]>,
    results: Box<[ValType]>,
    name: String,
    /// Parameter names from the name section (`None`: `p0`, `p1`, ...).
    param_names: Option<Box<[Option<String>]>>,
    /// For a function made with `Func(callable, type, access_caller=...)`:
    /// the callable and `access_caller`, so that another store imports it
    /// as a host function of its own (the calling instance stays known).
    host: Option<(Py<PyAny>, bool)>,
    /// `func` as a root of its store (see `roots.rs`).
    held: Held,
    /// The engine says it returns quickly (`wasmjit::Func::returns_quickly`):
    /// called without releasing the GIL (see [`run_in_store`]).
    quick: bool,
}

impl Drop for Func {
    fn drop(&mut self) {
        self.store.release(&mut self.held);
    }
}

impl Func {
    /// Wraps `func` of `store`; `name` is its export name (for messages).
    ///
    /// Holds `func` before anything can release the GIL, so `func` must be
    /// live and reachable when this is called with the GIL held.
    pub fn new(py: Python<'_>, store: SharedStore, func: wasmjit::Func, name: String) -> Func {
        let held = store.hold(wasmjit::Extern::Func(func));
        let (params, results, quick) = store.with(py, |s| {
            let ty = func.ty(s);
            (
                ty.params().into(),
                ty.results().into(),
                func.returns_quickly(s),
            )
        });
        Func {
            store,
            func,
            params,
            results,
            name,
            param_names: None,
            host: None,
            held,
            quick,
        }
    }

    /// The callable and `access_caller` of a function made from Python with
    /// `Func(callable, type)`; `None` for a wasm export.
    pub fn host_def(&self) -> Option<(&Py<PyAny>, bool)> {
        self.host.as_ref().map(|(c, a)| (c, *a))
    }

    /// The same function with parameter names (from the name section) for
    /// its signature; a missing name stays `p<index>`.
    pub fn with_param_names(mut self, names: Option<Box<[Option<String>]>>) -> Func {
        self.param_names = names.filter(|n| n.len() == self.params.len());
        self
    }

    /// The number of parameters.
    pub fn param_count(&self) -> usize {
        self.params.len()
    }

    /// The export name (or `<funcref>`...), for messages.
    pub fn label(&self) -> &str {
        &self.name
    }

    /// The name of parameter `i` in signatures.
    fn param_name(&self, i: usize) -> String {
        match self.param_names.as_ref().and_then(|n| n[i].as_ref()) {
            Some(name) => name.clone(),
            None => format!("p{i}"),
        }
    }

    /// The engine handle and the store it belongs to.
    pub fn handle(&self) -> (&SharedStore, wasmjit::Func) {
        (&self.store, self.func)
    }

    /// The `TypeError` for a call with `given` arguments (out of line: it
    /// keeps the call's frame small).
    #[cold]
    #[inline(never)]
    fn arity_error(&self, given: usize) -> PyErr {
        let n = self.params.len();
        PyTypeError::new_err(format!(
            "{}() takes {n} argument{} ({given} given)",
            self.name,
            if n == 1 { "" } else { "s" },
        ))
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

    /// Converts `args`, runs the function, converts the results. With
    /// `timeout`, a watchdog thread interrupts the call when it runs longer.
    /// Both call protocols come here: `tp_call` with the items of its
    /// tuple, vectorcall (`vectorcall.rs`) with its argument array.
    pub fn invoke_args<'a, 'py>(
        &self,
        py: Python<'py>,
        args: impl ExactSizeIterator<Item = Borrowed<'a, 'py, PyAny>>,
        timeout: Option<Duration>,
    ) -> PyResult<Bound<'py, PyAny>>
    where
        'py: 'a,
    {
        let n = self.params.len();
        if args.len() != n {
            return Err(self.arity_error(args.len()));
        }
        let (mut arg_inline, mut arg_heap) = ([Val::I32(0); INLINE], Vec::new());
        let argv = val_buffer(&mut arg_inline, &mut arg_heap, n);
        // The reference arguments and results, held until the results are
        // Python objects (see `roots.rs`): converting one argument or result
        // may run Python code, and so a collection of the store.
        let mut scope = Vec::new();
        for (index, ((slot, &ty), obj)) in argv.iter_mut().zip(&*self.params).zip(args).enumerate()
        {
            if let Some(v) = quick_val(&obj, ty) {
                *slot = v;
                continue;
            }
            let cx = ArgContext {
                func: &self.name,
                index,
                result: false,
                store: Some(&self.store),
            };
            *slot = to_val(&obj, ty, &cx)?;
            // No Python code ran since the reference was made (in a
            // critical section of the store, with the GIL held throughout),
            // so no collection could free it yet.
            scope.extend(self.store.hold_ref(*slot));
        }
        let m = self.results.len();
        let (mut res_inline, mut res_heap) = ([Val::I32(0); INLINE], Vec::new());
        let resv = val_buffer(&mut res_inline, &mut res_heap, m);
        let gil = if self.quick && timeout.is_none() {
            Gil::Keep
        } else if wasmjit::HAND_OVER_AT_CHECKS {
            Gil::Hold
        } else {
            Gil::Release
        };
        call_in_store(
            py,
            &self.store,
            self.func,
            argv,
            resv,
            timeout,
            gil,
            &self.name,
        )?;
        // As for the arguments: the GIL was held since the call returned
        // with the store locked.
        // (Skipped for numeric results, the common case: copying each
        // 32-byte `Val` out of the buffer the call just wrote is a
        // store-forwarding stall.)
        if self.results.iter().any(|t| t.is_ref()) {
            for v in resv.iter() {
                scope.extend(self.store.hold_ref(*v));
            }
        }
        match resv {
            [] => Ok(py.None().into_bound(py)),
            [v] => from_val(py, *v, Some(&self.store)),
            many => {
                let items = many
                    .iter()
                    .map(|v| from_val(py, *v, Some(&self.store)))
                    .collect::<PyResult<Vec<_>>>()?;
                Ok(PyTuple::new(py, items)?.into_any())
            }
        }
    }
}

/// Calls `func` of `store` through [`run_in_store_with`]; `name` names
/// the function in trap messages.
// Inlined (as `run_in_store_with` and `try_with`) into the call path:
// their results returned through memory were read back before written
// (store-forwarding stalls, about 10 ns a call).
#[allow(clippy::too_many_arguments)]
#[inline(always)]
pub fn call_in_store(
    py: Python<'_>,
    store: &SharedStore,
    func: wasmjit::Func,
    args: &[Val],
    results: &mut [Val],
    timeout: Option<Duration>,
    gil: Gil,
    name: &str,
) -> PyResult<()> {
    run_in_store_with(py, store, timeout, gil, name, |s| {
        func.call_into(s, args, results)
    })
}

/// Whether wasm runs with the GIL held or released.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gil {
    /// Held, and handed over to other threads every two switch intervals at
    /// the engine's checks (`gil::hold`): a host function finds it held.
    Hold,
    /// Released for the call: other Python threads run meanwhile; a
    /// host function takes it back (instantiation; the calls of code
    /// whose checks cannot hand over, `wasmjit::HAND_OVER_AT_CHECKS`).
    Release,
    /// Kept: only for functions the engine knows return quickly
    /// (`wasmjit::Func::returns_quickly`: no loop, call or bulk operation,
    /// so microseconds at most), where releasing and retaking it (about
    /// 40 ns) would be most of the call. Such a call cannot loop, so it
    /// needs no Ctrl-C registration; a SIGINT meanwhile is raised by
    /// Python right after it returns.
    Keep,
}

/// [`run_in_store_with`] releasing the GIL.
pub fn run_in_store<T>(
    py: Python<'_>,
    store: &SharedStore,
    timeout: Option<Duration>,
    name: &str,
    f: impl FnOnce(&mut wasmjit::Store) -> Result<T, wasmjit::Error> + Send,
) -> PyResult<T>
where
    T: Send,
{
    run_in_store_with(py, store, timeout, Gil::Release, name, f)
}

/// Runs `f` (which enters wasm: a call, an instantiation) on `store` with
/// the GIL held and handed over ([`Gil::Hold`]) or released; registers it
/// for Ctrl-C when it is the store's outermost entry on the main thread; with `timeout`, arms a deadline that
/// interrupts it (disarmed before the store is released, so it cannot stop
/// a later call). Turns an interrupt caused by SIGINT into the exception
/// Python's SIGINT handler raises (`KeyboardInterrupt`), other errors with
/// `errors::to_py` (`name` names the function). With [`Gil::Keep`] the
/// GIL stays held and the call is not registered for Ctrl-C.
#[inline(always)]
pub fn run_in_store_with<T>(
    py: Python<'_>,
    store: &SharedStore,
    timeout: Option<Duration>,
    gil: Gil,
    name: &str,
    f: impl FnOnce(&mut wasmjit::Store) -> Result<T, wasmjit::Error> + Send,
) -> PyResult<T>
where
    T: Send,
{
    let handle = store.interrupt_handle();
    let sigints = interrupt::sigint_count();
    let outcome = store.try_with(py, |s| {
        if gil == Gil::Keep {
            return f(s);
        }
        let _registration = if s.is_running() {
            None
        } else {
            interrupt::register(handle)
        };
        let deadline = timeout.and_then(|d| Deadline::arm(handle, d));
        let outcome = if gil == Gil::Hold {
            gil::hold(py, handle, || f(s))
        } else {
            gil::detach(py, || f(s))
        };
        if deadline.is_some() {
            drop(deadline);
            // A request that did not stop this call (it came too late, or
            // the call ended another way, say with a host function's
            // exception) must not stop the next one.
            handle.clear();
        }
        outcome
    })?;
    let sigint = interrupt::sigint_count() != sigints;
    if sigint {
        handle.clear();
    }
    match outcome {
        Ok(v) => Ok(v),
        Err(wasmjit::Error::Trap(t)) if t.kind() == TrapKind::Interrupt && sigint => {
            // SAFETY: called with the GIL held; it runs Python's signal
            // handlers and reports whether one raised.
            if unsafe { pyo3::ffi::PyErr_CheckSignals() } != 0 {
                return Err(PyErr::fetch(py));
            }
            Err(errors::to_py(py, wasmjit::Error::Trap(t), name))
        }
        Err(e) => Err(errors::to_py(py, e, name)),
    }
}

#[pymethods]
impl Func {
    /// Reports the store's references (and a Python-made function's
    /// callable) to the GC (see `refs.rs`).
    fn __traverse__(&self, visit: pyo3::PyVisit<'_>) -> Result<(), pyo3::PyTraverseError> {
        if let Some((c, _)) = &self.host {
            visit.call(c)?;
        }
        self.held.traverse(&visit)?;
        self.store.traverse(&visit)
    }

    /// Gives back the store's objects attributed to this function (see
    /// `refs.rs`).
    fn __clear__(&self) {
        self.held.clear();
    }

    /// `Func(callable, type)`: a host function of wasm type `type` (a
    /// `FuncType`, or a pair `(params, results)` of value type sequences)
    /// that calls `callable` with the converted arguments and converts what
    /// it returns, as for a function import. It lives in the store of
    /// objects made from Python (like `Memory(...)`); passed as an import,
    /// a funcref argument or a table element of another store, it is called
    /// through a host function of that store. With `access_caller=True`,
    /// `callable` receives a `wasmpy.Caller` first (the calling instance:
    /// `caller["memory"]`, `caller.get(name)`, `caller.exports`; valid only
    /// during that call). Raises `TypeError` when
    /// `callable` is not callable or `type` is not a function type,
    /// `ValueError` for an unknown value type.
    #[new]
    #[pyo3(signature = (callable, r#type, *, access_caller = false))]
    fn py_new(
        py: Python<'_>,
        callable: Bound<'_, PyAny>,
        r#type: &Bound<'_, PyAny>,
        access_caller: bool,
    ) -> PyResult<Func> {
        if !callable.is_callable() {
            return Err(PyTypeError::new_err(format!(
                "Func() needs a callable, not {}",
                callable.get_type().name()?
            )));
        }
        let ty = types::extract_functype(r#type)?;
        let name: String = match callable.getattr(pyo3::intern!(py, "__name__")) {
            Ok(n) => n.extract().unwrap_or_else(|_| "<host function>".into()),
            Err(_) => "<host function>".into(),
        };
        let store = crate::externs::new_store(py)?;
        let weak = store.downgrade();
        let label = name.clone();
        let slot = store.adopt(py, callable.clone().unbind());
        let func = store.with(py, |s| {
            let f = crate::host::host_func(s, weak, ty, slot.clone(), label, access_caller);
            store.register_host(f, &[&slot]);
            f
        });
        let mut f = Func::new(py, store, func, name);
        f.host = Some((callable.unbind(), access_caller));
        Ok(f)
    }

    #[pyo3(signature = (*args))]
    fn __call__<'py>(
        &self,
        py: Python<'py>,
        args: &Bound<'py, PyTuple>,
    ) -> PyResult<Bound<'py, PyAny>> {
        self.invoke_args(py, args.iter_borrowed(), None)
    }

    /// `call(*args, timeout=None)`: calls the function like `f(*args)`.
    ///
    /// `timeout` (`float`, seconds): when the call runs longer, it is
    /// interrupted and raises `wasmpy.Trap` with kind `INTERRUPTED` (a
    /// timeout too large to represent, such as `1e300` or `inf`, never
    /// comes). Raises `ValueError` for a negative or NaN timeout.
    #[pyo3(signature = (*args, timeout = None))]
    fn call<'py>(
        &self,
        py: Python<'py>,
        args: &Bound<'py, PyTuple>,
        timeout: Option<f64>,
    ) -> PyResult<Bound<'py, PyAny>> {
        self.invoke_args(py, args.iter_borrowed(), timeout::parse(timeout)?)
    }

    /// `interrupt() -> None`: makes the call running in this function's
    /// store trap with kind `INTERRUPTED` at its next function entry or loop
    /// iteration; if no call runs, the next call does. Safe to call from any
    /// thread.
    fn interrupt(&self) {
        self.store.interrupt_handle().interrupt();
    }

    /// `str`: the export name.
    #[getter(__name__)]
    fn name(&self) -> &str {
        &self.name
    }

    /// `str`: the wasm signature and how values convert: the function's
    /// `__doc__` (installed by `wasmpy/_docs.py`, since the class docstring
    /// takes the `__doc__` slot), for `help()`.
    #[getter(__wasm_doc__)]
    fn doc(&self) -> String {
        format!(
            "{}{}\n\nWebAssembly function {}: {}. Returns None for no result, \
             the value for one, a tuple for several. Raises TypeError or \
             OverflowError for bad arguments, wasmpy.Trap when execution \
             traps, KeyboardInterrupt on Ctrl-C, and the exception a Python \
             host function raised.",
            self.name,
            self.text_signature(),
            self.name,
            self.signature()
        )
    }

    /// `str`: the signature with wasm types: `(a: i32, b: f64, /) -> i32`,
    /// parameter names from the module's name section (`p0`, `p1`, ...
    /// where it has none).
    #[getter(__text_signature__)]
    fn text_signature(&self) -> String {
        let params: Vec<String> = self
            .params
            .iter()
            .enumerate()
            .map(|(i, t)| format!("{}: {t}", self.param_name(i)))
            .collect();
        let ret = match &*self.results {
            [] => "None".to_string(),
            [t] => t.to_string(),
            many => format!(
                "tuple[{}]",
                many.iter()
                    .map(|t| t.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        if params.is_empty() {
            format!("() -> {ret}")
        } else {
            format!("({}, /) -> {ret}", params.join(", "))
        }
    }

    /// `inspect.Signature`: positional-only parameters named as in
    /// `__text_signature__`, annotated with their wasm types (as strings);
    /// the return annotation
    /// is the result type, `None`, or `tuple[...]`.
    #[getter(__signature__)]
    fn py_signature<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let inspect = py.import("inspect")?;
        let parameter = inspect.getattr("Parameter")?;
        let positional = parameter.getattr("POSITIONAL_ONLY")?;
        let mut params = Vec::with_capacity(self.params.len());
        for (i, t) in self.params.iter().enumerate() {
            let kwargs = PyDict::new(py);
            kwargs.set_item("annotation", t.to_string())?;
            params.push(parameter.call((self.param_name(i), &positional), Some(&kwargs))?);
        }
        let ret: Bound<'py, PyAny> = match &*self.results {
            [] => py.None().into_bound(py),
            [t] => t.to_string().into_pyobject(py)?.into_any(),
            _ => {
                let sig = self.text_signature();
                let tail = sig.rsplit("-> ").next().unwrap_or_default().to_string();
                tail.into_pyobject(py)?.into_any()
            }
        };
        let kwargs = PyDict::new(py);
        kwargs.set_item("return_annotation", ret)?;
        inspect.getattr("Signature")?.call((params,), Some(&kwargs))
    }

    /// `tuple[ValType, ...]`: the parameter types (`ValType` is a `str`
    /// subclass: `"i32"`, `"i64"`, `"f32"`, `"f64"`, `"v128"`,
    /// `"funcref"`, `"externref"`).
    #[getter]
    fn params<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        types::valtypes(py, &self.params)
    }

    /// `tuple[ValType, ...]`: the result types.
    #[getter]
    fn results<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        types::valtypes(py, &self.results)
    }

    /// `FuncType`: the wasm type; `str()` gives `func (i32, i32) -> (i32)`
    /// and it compares equal to `(i32, i32) -> (i32)` as well.
    #[getter(r#type)]
    fn type_<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        types::functype(py, &self.params, &self.results)
    }

    fn __repr__(&self) -> String {
        format!("<wasm function {}{}>", self.name, self.signature())
    }
}
