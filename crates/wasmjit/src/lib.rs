//! wasmjit: a single-pass WebAssembly JIT compiler and runtime for x86-64
//! (32-bit x86 in progress, see docs/architecture.md, "32-bit x86").
//!
//! Bytes go one way: [`Module::new`] validates (with `wasmparser`) and
//! compiles every function straight to machine code; [`Instance::new`]
//! links it in a [`Store`]; [`Func::call`] runs it. See
//! `docs/architecture.md` for the design.
//!
//! ```
//! use wasmjit::{Engine, Instance, Module, Store, Val};
//! let engine = Engine::default();
//! let module = Module::from_wat(&engine, r#"(module
//!     (func (export "add") (param i32 i32) (result i32)
//!         local.get 0 local.get 1 i32.add))"#).unwrap();
//! let mut store = Store::new(&engine);
//! let instance = Instance::new(&mut store, &module, &[]).unwrap();
//! let add = instance.get_func(&store, "add").unwrap();
//! assert_eq!(add.call(&mut store, &[Val::I32(2), Val::I32(3)]).unwrap(), vec![Val::I32(5)]);
//! ```

#![cfg(all(any(target_arch = "x86_64", target_arch = "x86"), any(unix, windows)))]

mod compiler;
mod engine;
mod environ;
mod error;
mod handles;
mod handover;
mod instance;
mod limits;
mod module;
mod runtime;
mod store;
mod values;

pub use engine::Engine;
pub use environ::bounds::BoundsChecks;
pub use environ::isa::SimdIsa;
pub use error::{Error, FrameInfo, Result, Trap, TrapKind};
pub use handles::Instance;
pub use handover::{blocking, set_hand_over, HandOver};
pub use limits::StoreLimits;
pub use module::{cache_tag, content_hash, ExportType, ImportType, Module};
pub use runtime::memory::MemoryPin;
pub use store::{
    Caller, Extern, ExternRef, Func, Garbage, Global, HostFn, InterruptHandle, Memory, Reach,
    Reaches, Root, Store, Table, HAND_OVER_AT_CHECKS,
};
pub use values::{ExternType, FuncType, GlobalType, Limits, MemoryType, TableType, Val, ValType};
/// The WebAssembly feature set of [`Engine::with_features`] (wasmparser's).
pub use wasmparser::WasmFeatures;

/// Puts the engine's fault handler (which turns faults in wasm code into
/// traps) back in front of any handler installed since, chaining to that
/// one for faults outside wasm. Compilation and instantiation do it; an
/// embedder calls it after running code that may replace signal handlers
/// (Python's `faulthandler.enable()`/`disable()`). Cheap when nothing
/// changed (three `sigaction` reads on Unix; nothing on Windows).
pub fn ensure_fault_handler() {
    runtime::signals::install_handlers();
}
