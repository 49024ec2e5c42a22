//! `wasmpy._native`: the thin PyO3 layer between the `wasmjit` engine and the
//! pure-Python package `wasmpy`.
//!
//! It only converts values and errors; everything users see (the import hook,
//! module objects, exception classes) lives in `python/wasmpy/`. The
//! exception classes are defined in Python (`wasmpy/_errors.py`) and looked
//! up from here on first use (see `errors.rs`).
//!
//! - `module.rs`: `Module` — compiling binary or text modules.
//! - `instance.rs`: `Instance` — instantiation and the list of exports.
//! - `func.rs`: `Func` — an exported function, callable from Python.
//! - `vectorcall.rs`: the vectorcall subclass of `Func` (CPython ≥ 3.10).
//! - `externs.rs`: `Memory`, `Global`, `Table`.
//! - `buffer.rs`: the buffer protocol of `Memory` under the stable ABI.
//! - `host.rs`: Python callables as host functions.
//! - `gil.rs`: the GIL held by a wasm call and handed over at its checks.
//! - `fork.rs`: `os.fork()` children start the helper threads again.
//! - `caller.rs`: `Caller` — the calling instance, for `Func(..., access_caller=True)`.
//! - `store.rs`: stores shared between objects; locking and re-entrancy.
//! - `refs.rs`: the Python objects a store owns, visible to the cyclic GC.
//! - `roots.rs`: the engine handles Python objects hold; freeing the rest of a shared store.
//! - `gc.rs`: at each cyclic-GC collection, attributing a store's Python objects to the holders of handles reaching them.
//! - `interrupt.rs`: Ctrl-C while wasm runs.
//! - `timeout.rs`: `timeout=`, one timer thread for the process.
//! - `limits.rs`: `Limits` — resource limits of stores, and their default.
//! - `values.rs`: Python objects ↔ `wasmjit::Val`.
//! - `types.rs`: engine types ↔ the type objects of `wasmpy/_types.py`.
//! - `names.rs`: name-section names (parameters, functions) and where
//!   function bodies lie, for signatures and compile errors.
//! - `asrt.rs`: `AsRuntime` — the AssemblyScript object model (`wasmpy.assemblyscript`).
//! - `wasi.rs`: `WasiCtx` — WASI preview1 contexts.
//! - `wasi_stdio.rs`: Python objects as WASI stdio, called with the store lent.
//! - `errors.rs`: `wasmjit::Error` → Python exceptions.

use pyo3::prelude::*;

mod asrt;
mod buffer;
mod caller;
mod errors;
mod externs;
#[cfg(unix)]
mod fork;
mod func;
mod gc;
mod gil;
mod host;
mod instance;
mod interrupt;
mod limits;
mod module;
mod names;
mod refs;
mod roots;
mod store;
mod timeout;
mod types;
mod values;
mod vectorcall;
mod wasi;
mod wasi_stdio;

/// The Python module `wasmpy._native`.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    gil::install();
    #[cfg(unix)]
    fork::install();
    m.add_class::<module::Module>()?;
    m.add_class::<instance::Instance>()?;
    m.add_class::<func::Func>()?;
    vectorcall::init(m.py())?;
    m.add_class::<caller::Caller>()?;
    m.add_class::<externs::MemoryBase>()?;
    m.add_class::<externs::MemoryHandle>()?;
    let memory = buffer::memory_type(m.py(), &m.py().get_type::<externs::MemoryBase>())?;
    m.add("Memory", &memory)?;
    let _ = externs::MEMORY_TYPE.set(m.py(), memory.unbind());
    m.add_class::<externs::Global>()?;
    m.add_class::<externs::Table>()?;
    m.add_class::<asrt::AsRuntime>()?;
    m.add_class::<limits::Limits>()?;
    m.add_class::<wasi::WasiCtx>()?;
    m.add_function(wrap_pyfunction!(limits::get_default_limits, m)?)?;
    m.add_function(wrap_pyfunction!(limits::set_default_limits, m)?)?;
    m.add_function(wrap_pyfunction!(errors::trap_kinds, m)?)?;
    m.add_function(wrap_pyfunction!(interrupt::install_sigint_handler, m)?)?;
    m.add_function(wrap_pyfunction!(module::wat2wasm, m)?)?;
    m.add_function(wrap_pyfunction!(module::content_hash, m)?)?;
    m.add("CACHE_TAG", wasmjit::cache_tag())?;
    m.add_function(wrap_pyfunction!(ensure_fault_handler, m)?)?;
    m.add_function(wrap_pyfunction!(roots::_store_stats, m)?)?;
    m.add_function(wrap_pyfunction!(errors::_panic_exception, m)?)?;
    m.add_function(wrap_pyfunction!(errors::_panic, m)?)?;
    m.add_function(wrap_pyfunction!(gc::_gc_stats, m)?)?;
    let callback = wrap_pyfunction!(gc::_gc_callback, m)?;
    m.add_function(callback.clone())?;
    m.py()
        .import("gc")?
        .getattr("callbacks")?
        .call_method1("append", (callback,))?;
    Ok(())
}

/// `ensure_fault_handler() -> None`: puts the engine's fault handler (which
/// turns out-of-bounds accesses in wasm into `wasmpy.Trap`) back in front
/// of handlers installed since, such as `faulthandler.enable()`'s; faults
/// outside wasm still reach them. `wasmpy` calls it after
/// `faulthandler.enable()`/`disable()`/`register()`/`unregister()` and at
/// every instantiation.
#[pyfunction]
fn ensure_fault_handler() {
    wasmjit::ensure_fault_handler();
}
