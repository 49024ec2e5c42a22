//! The imports every AS module may need, as host functions that can be
//! replaced: `env.abort`, `env.trace` and `env.seed` (declared in
//! `std/assembly/builtins.ts`), and [`Imports`], which instantiates a module
//! with them plus the embedder's own.
//!
//! Host functions run with the store but not the instance, while decoding
//! the strings `abort` and `trace` receive needs the instance's memory,
//! known only once the instance exists. A [`MemorySlot`] bridges this: the
//! functions hold one, and [`Imports::instantiate`] fills it right after
//! instantiation (during the start function it is still empty, and the
//! messages read `<memory not available>`).

use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasher, Hasher};
use std::sync::{Arc, OnceLock};

use wasmjit::{Extern, Func, FuncType, Instance, Memory, Module, Store, Trap, Val, ValType};

use crate::error::{AbortInfo, AsError, Result};
use crate::object;
use crate::runtime::AsRuntime;
use crate::strings::decode_utf16le;

/// The instance memory a host function should read, set once after
/// instantiation. Cloning shares the slot.
#[derive(Clone, Debug, Default)]
pub struct MemorySlot(Arc<OnceLock<Memory>>);

impl MemorySlot {
    /// An empty slot.
    pub fn new() -> MemorySlot {
        MemorySlot::default()
    }

    /// Fills the slot; returns false (and keeps the first memory) if it was already set.
    pub fn set(&self, memory: Memory) -> bool {
        self.0.set(memory).is_ok()
    }

    /// The memory, once set.
    pub fn get(&self) -> Option<Memory> {
        self.0.get().copied()
    }

    /// The string object at `ptr` in the slot's memory, checked like
    /// [`object::header`] but of any type id (host functions do not know the
    /// module's type table): `None` for null, a description in angle brackets
    /// for a pointer that is not a readable string or when the slot is empty.
    pub fn read_string(&self, store: &Store, ptr: u32) -> Option<String> {
        if ptr == 0 {
            return None;
        }
        let Some(memory) = self.get() else {
            return Some("<memory not available>".into());
        };
        let mem = memory.data(store);
        Some(match object::header(mem, ptr, u32::MAX, "string") {
            Ok(h) => decode_utf16le(&mem[ptr as usize..ptr as usize + (h.rt_size & !1) as usize]),
            Err(e) => format!("<{e}>"),
        })
    }
}

/// One call of `env.trace(message, n, a0, ..., a4)`.
#[derive(Clone, Debug, PartialEq)]
pub struct TraceEvent {
    /// The message.
    pub message: String,
    /// The first `n` numeric arguments (`n` clamped to 0..=5).
    pub values: Vec<f64>,
}

impl fmt::Display for TraceEvent {
    /// `trace: <message> <a0>, <a1>, ...`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "trace: {}", self.message)?;
        for (i, v) in self.values.iter().enumerate() {
            write!(f, "{}{v}", if i == 0 { " " } else { ", " })?;
        }
        Ok(())
    }
}

/// Where trace events go.
pub type TraceSink = Arc<dyn Fn(&TraceEvent) + Send + Sync>;

/// The default trace sink: prints the event's [`Display`](fmt::Display) form to stderr.
pub fn stderr_trace_sink() -> TraceSink {
    Arc::new(|e: &TraceEvent| eprintln!("{e}"))
}

/// `env.abort(message: i32, file: i32, line: i32, column: i32)`: stops the
/// call with a host-error trap carrying an [`AbortInfo`] (decoded message,
/// file, line, column), which [`AsError`]'s `From<wasmjit::Error>` turns
/// into [`AsError::Abort`].
pub fn abort_func(store: &mut Store, slot: MemorySlot) -> Func {
    let ty = FuncType::new([ValType::I32; 4], []);
    Func::new(store, ty, move |store, args, _results| {
        let arg = |i: usize| match args.get(i) {
            Some(Val::I32(v)) => *v as u32,
            _ => 0,
        };
        let info = AbortInfo {
            message: slot.read_string(store, arg(0)),
            file: slot.read_string(store, arg(1)),
            line: arg(2),
            column: arg(3),
        };
        Err(Trap::host(Box::new(info)))
    })
}

/// `env.trace(message: i32, n: i32, a0..a4: f64)`: decodes the message and
/// the first `n` numbers and hands them to `sink`; never traps.
pub fn trace_func(store: &mut Store, slot: MemorySlot, sink: TraceSink) -> Func {
    let ty = FuncType::new(
        [ValType::I32, ValType::I32]
            .into_iter()
            .chain([ValType::F64; 5]),
        [],
    );
    Func::new(store, ty, move |store, args, _results| {
        let n = match args.get(1) {
            Some(Val::I32(n)) => (*n).clamp(0, 5) as usize,
            _ => 0,
        };
        let message = match args.first() {
            Some(Val::I32(p)) => slot.read_string(store, *p as u32),
            _ => None,
        };
        let values = args
            .get(2..)
            .unwrap_or(&[])
            .iter()
            .take(n)
            .map(|v| match v {
                Val::F64(bits) => f64::from_bits(*bits),
                _ => f64::NAN,
            })
            .collect();
        sink(&TraceEvent {
            message: message.unwrap_or_else(|| "null".into()),
            values,
        });
        Ok(())
    })
}

/// `env.seed() -> f64`: a fresh random, non-zero number for `Math.random`'s
/// seed (from the standard library's randomly keyed hasher).
pub fn seed_func(store: &mut Store) -> Func {
    let ty = FuncType::new([], [ValType::F64]);
    Func::new(store, ty, |_store, _args, results| {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0),
        );
        // 53 random bits, made odd so the seed is never 0.
        results[0] = Val::from_f64(((h.finish() >> 11) | 1) as f64);
        Ok(())
    })
}

/// The import set for an AS module: the embedder's definitions, falling
/// back to the default `env.abort`, `env.trace` and `env.seed`.
pub struct Imports {
    slot: MemorySlot,
    trace_sink: TraceSink,
    defined: HashMap<(String, String), Extern>,
}

impl Default for Imports {
    fn default() -> Imports {
        Imports::new()
    }
}

impl Imports {
    /// No definitions yet; traces go to stderr.
    pub fn new() -> Imports {
        Imports {
            slot: MemorySlot::new(),
            trace_sink: stderr_trace_sink(),
            defined: HashMap::new(),
        }
    }

    /// The slot the default imports (and any host function of the embedder
    /// that wants it) read the instance's memory from.
    pub fn memory_slot(&self) -> MemorySlot {
        self.slot.clone()
    }

    /// Provides import `module`.`name`, replacing a default if there is one.
    pub fn define(&mut self, module: &str, name: &str, value: Extern) -> &mut Imports {
        self.defined
            .insert((module.to_string(), name.to_string()), value);
        self
    }

    /// Sends `env.trace` events to `sink` instead of stderr.
    pub fn on_trace(&mut self, sink: TraceSink) -> &mut Imports {
        self.trace_sink = sink;
        self
    }

    /// Instantiates `module` with these imports (each import of the module,
    /// in order: the defined one, else a default), fills the memory slot
    /// and finds the AS runtime.
    ///
    /// # Errors
    /// [`AsError::Engine`] with a link error naming an import that is neither
    /// defined nor a default; an instantiation error; [`AsError::Abort`] when
    /// the start function aborts; then the errors of [`AsRuntime::new`].
    pub fn instantiate(&self, store: &mut Store, module: &Module) -> Result<(Instance, AsRuntime)> {
        let mut externs = Vec::with_capacity(module.imports().len());
        for imp in module.imports() {
            let key = (imp.module.clone(), imp.name.clone());
            let ext = match self.defined.get(&key) {
                Some(e) => *e,
                None => match (imp.module.as_str(), imp.name.as_str()) {
                    ("env", "abort") => Extern::Func(abort_func(store, self.slot.clone())),
                    ("env", "trace") => Extern::Func(trace_func(
                        store,
                        self.slot.clone(),
                        self.trace_sink.clone(),
                    )),
                    ("env", "seed") => Extern::Func(seed_func(store)),
                    (m, n) => {
                        return Err(AsError::Engine(wasmjit::Error::Link(format!(
                            "import {m}.{n} is not defined (give it to Imports::define)"
                        ))))
                    }
                },
            };
            externs.push(ext);
        }
        let instance = Instance::new(store, module, &externs)?;
        if let Some(Extern::Memory(m)) = instance.get_export(store, "memory") {
            self.slot.set(m);
        }
        let rt = AsRuntime::new(store, instance)?;
        Ok((instance, rt))
    }
}
