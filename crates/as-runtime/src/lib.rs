//! as-runtime: the AssemblyScript (AS) runtime's object model over a
//! [`wasmjit`] instance.
//!
//! AS compiles a TypeScript-like language to WebAssembly with a managed heap
//! in linear memory: every string, array and class instance is an object
//! with a 20-byte header before its payload (`std/assembly/rt/common.ts`),
//! typed by an id into a runtime type table (`std/assembly/shared/typeinfo.ts`),
//! allocated and collected by the runtime's `__new`, `__pin`, `__unpin`,
//! `__collect` (`std/assembly/rt/itcms.ts`, on the TLSF allocator of
//! `rt/tlsf.ts`). All of these are in the npm package `assemblyscript`; this
//! crate reads the layouts they define, using only the engine's public API
//! (exports, memory bytes, function calls).
//!
//! Two runtime generations are supported and told apart from the type table
//! ([`Generation`]): AS 0.18–0.19 and AS 0.20+ (checked with asc 0.19.23 and
//! 0.28.20).
//!
//! ```no_run
//! use as_runtime::{Imports, Values};
//! use wasmjit::{Engine, Module, Store, Val};
//! let engine = Engine::default();
//! let module = Module::new(&engine, &std::fs::read("strings.wasm").unwrap()).unwrap();
//! let mut store = Store::new(&engine);
//! let (instance, mut rt) = Imports::new().instantiate(&mut store, &module).unwrap();
//! let s = rt.new_string(&mut store, "héllo").unwrap();
//! let expand = instance.get_func(&store, "expand_string").unwrap();
//! let out = expand.call(&mut store, &[Val::I32(s as i32)]).unwrap();
//! let Val::I32(p) = out[0] else { unreachable!() };
//! assert_eq!(rt.get_string(&store, p as u32).unwrap(), "Expanded: héllo!");
//! ```

#![cfg(all(any(target_arch = "x86_64", target_arch = "x86"), any(unix, windows)))]

mod arrays;
mod classes;
mod error;
mod gc;
pub mod imports;
pub mod object;
pub mod rtti;
mod runtime;
mod strings;

pub use arrays::{ArrayInfo, ArrayValues, Values};
pub use classes::ClassInfo;
pub use error::{AbortInfo, AsError, Result};
pub use imports::{Imports, MemorySlot, TraceEvent, TraceSink};
pub use object::ObjectHeader;
pub use rtti::{ArrayShape, ElemKind, Generation, TypeInfo, TypeTable};
pub use runtime::AsRuntime;
pub use strings::decode_utf16le;
