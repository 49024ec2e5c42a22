//! `Instance`: a module instantiated with its imports resolved (spec
//! §4.5.4), and the Python objects for its exports.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyInt;
use pyo3::types::{PyDict, PyFloat, PyList, PyTuple};
use wasmjit::{Extern, ExternType, GlobalType, ImportType, Val};

use crate::errors;
use crate::externs::{wrap_memory, Global, MemoryBase as Memory, Table};
use crate::func::{run_in_store, Func};
use crate::host::host_func;
use crate::limits::{default_limits, Limits};
use crate::module::{self, Module};
use crate::roots::Held;
use crate::store::SharedStore;
use crate::timeout;
use crate::wasi::WasiCtx;

/// A `wasmpy.LinkError` with `message`.
fn link_error(py: Python<'_>, message: String) -> PyErr {
    errors::to_py(py, wasmjit::Error::Link(message), "")
}

/// The value provided for `imp`, import number `index`: `imports[module][name]`,
/// where `imports[module]` is a mapping or any object with the attribute
/// `name` (a Python module); or, when `imports` is a list or tuple (as
/// wasmtime-py takes them), `imports[index]`.
fn lookup<'py>(
    py: Python<'py>,
    imports: Option<&Bound<'py, PyAny>>,
    index: usize,
    imp: &ImportType,
) -> PyResult<Bound<'py, PyAny>> {
    let missing = || {
        link_error(
            py,
            format!(
                "missing import {:?}.{:?} ({})",
                imp.module, imp.name, imp.ty
            ),
        )
    };
    let imports = imports.filter(|i| !i.is_none()).ok_or_else(missing)?;
    if imports.is_instance_of::<PyList>() || imports.is_instance_of::<PyTuple>() {
        return imports.get_item(index).map_err(|_| missing());
    }
    let namespace = match imports.get_item(&imp.module) {
        Ok(n) => n,
        Err(e) if e.is_instance_of::<pyo3::exceptions::PyKeyError>(py) => return Err(missing()),
        Err(e) => return Err(e),
    };
    if namespace.hasattr("__getitem__")? {
        match namespace.get_item(&imp.name) {
            Ok(v) => Ok(v),
            Err(e) if e.is_instance_of::<pyo3::exceptions::PyKeyError>(py) => Err(missing()),
            Err(e) => Err(e),
        }
    } else {
        namespace.getattr(imp.name.as_str()).map_err(|_| missing())
    }
}

/// The store an import value binds the instance to: `(store, true)` for a
/// memory, table or global (the instance must live in their store). A
/// function does not bind it: an instance that imports only functions gets
/// a store of its own (and calls them through the host-call path), so that
/// it is freed when it is dropped even though the instance it imports from
/// lives on (an instance inside a shared store lives as long as the store).
fn store_of(value: &Bound<'_, PyAny>) -> Option<(SharedStore, bool)> {
    if let Ok(m) = value.cast::<Memory>() {
        return Some((m.get().handle().0.clone(), true));
    }
    if let Ok(t) = value.cast::<Table>() {
        return Some((t.get().handle().0.clone(), true));
    }
    if let Ok(g) = value.cast::<Global>() {
        return Some((g.get().handle().0.clone(), true));
    }
    None
}

/// Converts the provided `value` for `imp` to an extern of `store`; a
/// host function or global made for it is held in `held` (until the
/// instance, which reaches it, is held).
fn to_extern(
    py: Python<'_>,
    store: &SharedStore,
    imp: &ImportType,
    value: &Bound<'_, PyAny>,
    held: &mut Vec<Held>,
) -> PyResult<Extern> {
    let label = format!("{}.{}", imp.module, imp.name);
    let other_store = |what: &str| {
        link_error(
            py,
            format!(
                "import {label}: the {what} belongs to another store than the other imports \
                 (memories, tables and globals of one instance must come from one store)"
            ),
        )
    };
    let mismatch = || {
        let got = value
            .get_type()
            .name()
            .map(|n| n.to_string())
            .unwrap_or_default();
        link_error(py, format!("import {label} ({}) cannot be a {got}", imp.ty))
    };
    match &imp.ty {
        ExternType::Func(ty) => {
            let mut access_caller = false;
            let mut target = value.clone();
            if let Ok(f) = value.cast::<Func>() {
                let (s, handle) = f.get().handle();
                if s.id() == store.id() {
                    return Ok(Extern::Func(handle));
                }
                // A function made from Python becomes a host function of
                // this store calling its callable directly (so a `Caller`
                // names the instance that calls it).
                if let Some((c, a)) = f.get().host_def() {
                    target = c.bind(py).clone();
                    access_caller = a;
                }
                // A function of another store is called through a host
                // function of this one: its type must match (spec §4.5.4
                // import matching, checked here instead of by the engine).
                let found = s.with(py, |s| handle.ty(s).clone());
                if found != *ty {
                    return Err(link_error(
                        py,
                        format!(
                            "incompatible import type for `{}`.`{}`: expected {ty}, found {found}",
                            imp.module, imp.name
                        ),
                    ));
                }
            }
            if !value.is_callable() {
                return Err(mismatch());
            }
            let weak = store.downgrade();
            let callable = store.adopt(py, target.unbind());
            let ty = ty.clone();
            Ok(Extern::Func(store.with(py, |s| {
                let f = host_func(s, weak, ty, callable.clone(), label.clone(), access_caller);
                store.register_host(f, &[&callable]);
                held.push(store.hold(Extern::Func(f)));
                f
            })))
        }
        ExternType::Memory(_) => {
            let m = value.cast::<Memory>().map_err(|_| mismatch())?;
            let (s, handle) = m.get().handle();
            if s.id() != store.id() {
                return Err(other_store("memory"));
            }
            Ok(Extern::Memory(handle))
        }
        ExternType::Table(_) => {
            let t = value.cast::<Table>().map_err(|_| mismatch())?;
            let (s, handle) = t.get().handle();
            if s.id() != store.id() {
                return Err(other_store("table"));
            }
            Ok(Extern::Table(handle))
        }
        ExternType::Global(gt) => {
            if let Ok(g) = value.cast::<Global>() {
                let (s, handle) = g.get().handle();
                if s.id() != store.id() {
                    return Err(other_store("global"));
                }
                return Ok(Extern::Global(handle));
            }
            // A plain number provides an immutable global.
            if gt.mutable || !(value.is_instance_of::<PyInt>() || value.is_instance_of::<PyFloat>())
            {
                return Err(mismatch());
            }
            let cx = crate::values::ArgContext {
                func: &label,
                index: 0,
                result: false,
                store: Some(store),
            };
            let v: Val = crate::values::to_val(value, gt.content, &cx)?;
            let ty = GlobalType {
                content: gt.content,
                mutable: false,
            };
            let g = store
                .with(py, |s| {
                    let g = wasmjit::Global::new(s, ty, v)?;
                    held.push(store.hold(Extern::Global(g)));
                    Ok(g)
                })
                .map_err(|e| errors::to_py(py, e, ""))?;
            Ok(Extern::Global(g))
        }
    }
}

/// The Python object for `ext` of `store`, exported as `name`: a `Func`,
/// `Memory`, `Global` or `Table`.
pub fn extern_object(
    py: Python<'_>,
    store: &SharedStore,
    name: &str,
    ext: Extern,
) -> PyResult<Py<PyAny>> {
    Ok(match ext {
        Extern::Func(f) => {
            crate::vectorcall::new_func(py, Func::new(py, store.clone(), f, name.to_owned()))?
                .into_any()
                .unbind()
        }
        Extern::Memory(m) => wrap_memory(py, store.clone(), m)?,
        Extern::Global(g) => Py::new(py, Global::wrap(store.clone(), g))?.into_any(),
        Extern::Table(t) => Py::new(py, Table::wrap(store.clone(), t))?.into_any(),
    })
}

/// The WASI context for `wasi`: a `WasiCtx`, or what its `_wasi_ctx()`
/// returns (`wasmpy.wasi.WasiConfig` makes a fresh one per instance).
fn wasi_ctx<'py>(wasi: &Bound<'py, PyAny>) -> PyResult<Bound<'py, WasiCtx>> {
    if let Ok(c) = wasi.cast::<WasiCtx>() {
        return Ok(c.clone());
    }
    let made = wasi.call_method0("_wasi_ctx")?;
    Ok(made.cast_into::<WasiCtx>()?)
}

/// An instance of a `Module`.
///
/// `Instance(module, imports=None, *, limits=None, wasi=None, timeout=None)`:
/// instantiates `module` (spec §4.5.4): resolves its imports, allocates its
/// memories, tables and globals, applies its data and element segments, runs
/// its start function. `limits` (a `Limits`) bounds the store's resources;
/// by default the process-wide `get_default_limits()`. `timeout` (`float`,
/// seconds) stops a start function that runs longer with `wasmpy.Trap` of
/// kind `INTERRUPTED`; Ctrl-C stops it with `KeyboardInterrupt`.
///
/// Imports come only from `imports` (and `wasi`): instantiation never
/// imports Python modules (only the import hook does), so an untrusted
/// module reaches nothing it is not given.
///
/// `imports` maps an import's module name to a namespace: a mapping from
/// field name to value, or any object with the value as an attribute (a
/// Python module, such as another wasm module); or it is a list or tuple
/// of the values in import order (as wasmtime-py takes them). Values: a function import
/// takes any Python callable (called with the declared wasm type) or a
/// `Func`; a memory, table or global import takes a `Memory`, `Table` or
/// `Global`; an immutable global import also takes an `int` or `float`.
///
/// `wasi` (a `wasmpy.wasi.WasiConfig`) provides the `wasi_snapshot_preview1`
/// (and preview0 `wasi_unstable`) functions that `imports` does not
/// (explicit imports win), over a fresh
/// WASI context; an exported `_initialize` (a WASI reactor) is then called
/// once.
///
/// The instance lives in the store of the `Memory`, `Table` and `Global`
/// objects it imports (they must all share one), else in a new store. A
/// `Func` of another store is imported like a Python callable.
///
/// Raises `wasmpy.LinkError` when an import is missing or does not match its
/// declaration, `ValueError` when `limits` differ from those of the store
/// its imported memories, tables or globals bind it to,
/// `wasmpy.InstantiationError` when a segment does not fit,
/// `wasmpy.Trap` (or a host function's exception) when the start function
/// fails or is interrupted, `KeyboardInterrupt` on Ctrl-C, `MemoryError` when
/// a memory or table cannot be allocated, `ValueError` for a negative
/// timeout.
#[pyclass(frozen, module = "wasmpy._native")]
pub struct Instance {
    module: Py<Module>,
    store: SharedStore,
    inner: wasmjit::Instance,
    /// A read-only mapping (`types.MappingProxyType` over a dict, in
    /// export order).
    exports: Py<PyAny>,
    /// `inner` as a root of its store (see `roots.rs`).
    held: Held,
}

impl Drop for Instance {
    fn drop(&mut self) {
        // The exports first: their roots keep the instance too, so that
        // releasing it last lets one collection free everything.
        Python::attach(|py| drop(std::mem::replace(&mut self.exports, py.None())));
        self.store.release(&mut self.held);
    }
}

impl Instance {
    /// The engine handle and the store it belongs to.
    pub fn handle(&self) -> (&SharedStore, wasmjit::Instance) {
        (&self.store, self.inner)
    }
}

#[pymethods]
impl Instance {
    /// Reports the module, the exports and the store's references to the GC
    /// (see `refs.rs`).
    fn __traverse__(&self, visit: pyo3::PyVisit<'_>) -> Result<(), pyo3::PyTraverseError> {
        visit.call(&self.module)?;
        visit.call(&self.exports)?;
        self.held.traverse(&visit)?;
        self.store.traverse(&visit)
    }

    /// Gives back the store's objects attributed to this instance (see
    /// `refs.rs`).
    fn __clear__(&self) {
        self.held.clear();
    }

    #[new]
    #[pyo3(signature = (module, imports = None, *, limits = None, wasi = None, timeout = None))]
    fn new(
        py: Python<'_>,
        module: Bound<'_, Module>,
        imports: Option<&Bound<'_, PyAny>>,
        limits: Option<&Limits>,
        wasi: Option<&Bound<'_, PyAny>>,
        timeout: Option<f64>,
    ) -> PyResult<Instance> {
        crate::interrupt::install_sigint_handler()?;
        let m = &module.get().inner;
        let wasi = wasi.filter(|w| !w.is_none()).map(wasi_ctx).transpose()?;
        // `None`: a WASI function, where `imports` gives none of that name.
        let values = m
            .imports()
            .iter()
            .enumerate()
            .map(|(index, imp)| match lookup(py, imports, index, imp) {
                Ok(v) => Ok(Some(v)),
                Err(_) if wasi.is_some() && wasmjit_wasi::is_wasi_module(&imp.module) => Ok(None),
                Err(e) => Err(e),
            })
            .collect::<PyResult<Vec<_>>>()?;
        let mut chosen: Option<(SharedStore, bool)> = None;
        for (imp, v) in m.imports().iter().zip(&values) {
            if let Some((s, binding)) = v.as_ref().and_then(store_of) {
                match &chosen {
                    None => chosen = Some((s, binding)),
                    Some((_, false)) if binding => chosen = Some((s, true)),
                    Some((c, true)) if binding && c.id() != s.id() => {
                        return Err(link_error(
                            py,
                            format!(
                                "import {}.{}: it belongs to another store than the other \
                                 imported memories, tables and globals",
                                imp.module, imp.name
                            ),
                        ))
                    }
                    _ => {}
                }
            }
        }
        // Explicit limits that differ from the chosen store's: a store bound
        // by imported memories, tables or globals cannot be left, one chosen
        // for an imported `Func` can (the func is then called as a callable).
        if let (Some((s, binding)), Some(l)) = (&chosen, limits) {
            if s.limits(py) != l.inner {
                if *binding {
                    return Err(PyValueError::new_err(
                        "limits= differ from those of the store of the imported memories, \
                         tables and globals, which this instance must join; give the \
                         limits to the instance that made them",
                    ));
                }
                chosen = None;
            }
        }
        let store = match chosen {
            Some((s, _)) => {
                s.collect_if_due();
                s
            }
            None => SharedStore::with_limits(
                py,
                module::engine()?,
                limits.map_or_else(default_limits, |l| l.inner),
            )?,
        };
        if let Some(w) = &wasi {
            w.get().bind(&store)?;
        }
        let mut import_held = Vec::new();
        let externs = m
            .imports()
            .iter()
            .zip(&values)
            .map(|(imp, v)| match (v, &wasi) {
                (Some(v), _) => to_extern(py, &store, imp, v, &mut import_held),
                (None, Some(w)) => store
                    .with(py, |s| {
                        let e = wasmjit_wasi::import(s, &w.get().wasi, imp)?;
                        import_held.push(store.hold(e));
                        Ok(e)
                    })
                    .map_err(|m| link_error(py, m)),
                (None, None) => unreachable!("only WASI imports may be left unresolved"),
            })
            .collect::<PyResult<Vec<_>>>()?;
        let timeout = timeout::parse(timeout)?;
        // The instance is held in the section that makes it: a collection
        // between the end of the call and the GIL coming back would free
        // it otherwise.
        let instantiate = || {
            run_in_store(py, &store, timeout, "(start)", |s| {
                let instance = wasmjit::Instance::new(s, m, &externs)?;
                let held = store.hold(instance);
                let found: Vec<(String, Extern)> = instance
                    .exports(s)
                    .map(|(n, e)| (n.to_owned(), e))
                    .collect();
                Ok((instance, found, held))
            })
        };
        let made = match instantiate() {
            // Address space for memories is reserved before anything else
            // of the instance runs; when it runs out, garbage cycles that
            // Python's GC has not found yet may hold it (each instance
            // reserves 8 GiB): collect them and try once more.
            Err(e)
                if e.is_instance_of::<pyo3::exceptions::PyMemoryError>(py)
                    && e.to_string().contains("cannot reserve") =>
            {
                store.note_garbage();
                store.collect_if_due();
                py.import("gc")?.call_method0("collect")?;
                instantiate()
            }
            other => other,
        };
        drop(import_held);
        let (inner, found, mut held) = made.inspect_err(|_| {
            // A failed instantiation may leave a partial instance (its
            // segments applied to imported tables) for the next collection.
            store.note_garbage();
            store.collect_if_due();
        })?;
        let finish = || -> PyResult<Py<PyAny>> {
            let names = &module.get().names;
            let exports = PyDict::new(py);
            for (name, ext) in found {
                let obj: Py<PyAny> = match ext {
                    Extern::Func(f) => {
                        let func = Func::new(py, store.clone(), f, name.clone());
                        let params = func.param_count();
                        let func = func.with_param_names(names.param_names(&name, params));
                        crate::vectorcall::new_func(py, func)?.into_any().unbind()
                    }
                    other => extern_object(py, &store, &name, other)?,
                };
                exports.set_item(name, obj)?;
            }
            let exports = py
                .import("types")?
                .getattr("MappingProxyType")?
                .call1((exports,))?
                .unbind();
            // A WASI reactor is initialized once, before any other export
            // runs. Like the start function, it is stopped by `timeout` and
            // Ctrl-C.
            if wasi.is_some() {
                run_in_store(py, &store, timeout, "_initialize", |s| {
                    match inner.get_export(s, "_initialize") {
                        Some(Extern::Func(f)) => f.call(s, &[]).map(drop),
                        _ => Ok(()),
                    }
                })?;
            }
            Ok(exports)
        };
        let exports = match finish() {
            Ok(e) => e,
            Err(e) => {
                store.release(&mut held);
                return Err(e);
            }
        };
        Ok(Instance {
            module: module.unbind(),
            store,
            inner,
            exports,
            held,
        })
    }

    /// `Mapping[str, Func | Memory | Global | Table]`: the exports by
    /// name, in declaration order; read-only (a `types.MappingProxyType`).
    #[getter]
    fn exports(&self, py: Python<'_>) -> Py<PyAny> {
        self.exports.clone_ref(py)
    }

    /// `Module`: the module this is an instance of.
    #[getter]
    fn module(&self, py: Python<'_>) -> Py<Module> {
        self.module.clone_ref(py)
    }

    /// `interrupt() -> None`: makes the wasm call running in this instance's
    /// store trap with kind `INTERRUPTED` at its next function entry or loop
    /// iteration; if none runs, the next call does. Callable from any
    /// thread (and from a signal handler's Python code).
    fn interrupt(&self) {
        self.store.interrupt_handle().interrupt();
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let n = self.exports.bind(py).len().unwrap_or(0);
        format!("<wasmpy Instance: {n} exports>")
    }
}
