//! Differential execution: one module on wasmjit and on the `wasmi`
//! interpreter (the oracle), compared call by call.
//!
//! What must agree (spec §4.4 execution): whether the module validates;
//! whether instantiation succeeds; for every exported function with numeric
//! parameters, called with the same arguments, the results (floats by bits,
//! except that any NaN equals any NaN: §4.3.3 lets NaN payloads differ) or
//! the trap (compared by [`TrapClass`]); and after every call the contents of
//! every exported memory, global and table. Resource exhaustion is not a
//! divergence: when either side overflows its stack, the module is skipped
//! from then on (the two engines have different limits).

use crate::smith::{FUEL, FUEL_EXPORT};
use arbitrary::Unstructured;
use wasmjit::{Error, Extern, TrapKind, ValType};

/// What [`check`] concluded about one module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Both engines agree; this many function calls were compared, of which
    /// `traps` trapped on both.
    Agree { calls: usize, traps: usize },
    /// Nothing was compared to the end, for the given reason (unsupported
    /// feature, oracle limit, stack exhaustion).
    Skipped(String),
}

/// A coarse trap class, so that engines that name the same trap differently
/// still compare equal (e.g. an out-of-bounds table index in `call_indirect`
/// versus `table.get`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrapClass {
    Unreachable,
    Memory,
    Table,
    IndirectNull,
    Signature,
    IntegerOverflow,
    DivideByZero,
    Conversion,
    StackOverflow,
    /// Out of fuel (oracle) or interrupted by the time limit (wasmjit).
    Limit,
    Other,
}

/// A value in a form both engines can be compared in.
#[derive(Debug, Clone, Copy)]
pub enum Value {
    I32(i32),
    I64(i64),
    F32(u32),
    F64(u64),
    /// A reference; `true` when null (identities are not comparable).
    Ref(bool),
    V128(u128),
}

impl PartialEq for Value {
    fn eq(&self, other: &Value) -> bool {
        use Value::*;
        match (*self, *other) {
            (I32(a), I32(b)) => a == b,
            (I64(a), I64(b)) => a == b,
            (F32(a), F32(b)) => {
                a == b || (f32::from_bits(a).is_nan() && f32::from_bits(b).is_nan())
            }
            (F64(a), F64(b)) => {
                a == b || (f64::from_bits(a).is_nan() && f64::from_bits(b).is_nan())
            }
            (Ref(a), Ref(b)) => a == b,
            (V128(a), V128(b)) => a == b,
            _ => false,
        }
    }
}

type Outcome = Result<Vec<Value>, TrapClass>;

fn ours_class(kind: TrapKind) -> TrapClass {
    match kind {
        TrapKind::Unreachable => TrapClass::Unreachable,
        TrapKind::MemoryOutOfBounds => TrapClass::Memory,
        TrapKind::TableOutOfBounds | TrapKind::BulkOutOfBounds => TrapClass::Table,
        TrapKind::IndirectCallToNull => TrapClass::IndirectNull,
        TrapKind::BadSignature => TrapClass::Signature,
        TrapKind::IntegerOverflow => TrapClass::IntegerOverflow,
        TrapKind::IntegerDivisionByZero => TrapClass::DivideByZero,
        TrapKind::BadConversionToInteger => TrapClass::Conversion,
        TrapKind::StackOverflow => TrapClass::StackOverflow,
        TrapKind::Interrupt => TrapClass::Limit,
        _ => TrapClass::Other,
    }
}

fn oracle_class(e: &wasmi::Error) -> TrapClass {
    use wasmi::errors::{ErrorKind, TableError};
    use wasmi::TrapCode as C;
    // wasmi reports an out-of-bounds `table.copy` as a table error without
    // a trap code (its `as_trap_code` maps the other table errors).
    if let ErrorKind::Table(TableError::CopyOutOfBounds) = e.kind() {
        return TrapClass::Table;
    }
    match e.as_trap_code() {
        Some(C::UnreachableCodeReached) => TrapClass::Unreachable,
        Some(C::MemoryOutOfBounds) => TrapClass::Memory,
        Some(C::TableOutOfBounds) => TrapClass::Table,
        Some(C::IndirectCallToNull) => TrapClass::IndirectNull,
        Some(C::BadSignature) => TrapClass::Signature,
        Some(C::IntegerOverflow) => TrapClass::IntegerOverflow,
        Some(C::IntegerDivisionByZero) => TrapClass::DivideByZero,
        Some(C::BadConversionToInteger) => TrapClass::Conversion,
        Some(C::StackOverflow) => TrapClass::StackOverflow,
        Some(C::OutOfFuel) => TrapClass::Limit,
        _ => TrapClass::Other,
    }
}

fn from_ours(v: &wasmjit::Val) -> Value {
    use wasmjit::Val;
    match *v {
        Val::I32(x) => Value::I32(x),
        Val::I64(x) => Value::I64(x),
        Val::F32(x) => Value::F32(x),
        Val::F64(x) => Value::F64(x),
        Val::V128(x) => Value::V128(x),
        Val::FuncRef(f) => Value::Ref(f.is_none()),
        Val::ExternRef(r) => Value::Ref(r.is_none()),
    }
}

fn from_oracle(v: &wasmi::Val) -> Value {
    use wasmi::Val;
    match v {
        Val::I32(x) => Value::I32(*x),
        Val::I64(x) => Value::I64(*x),
        Val::F32(x) => Value::F32(x.to_bits()),
        Val::F64(x) => Value::F64(x.to_bits()),
        Val::V128(x) => Value::V128(x.as_u128()),
        Val::FuncRef(f) => Value::Ref(f.is_null()),
        Val::ExternRef(r) => Value::Ref(r.is_null()),
    }
}

fn to_ours(v: Value) -> wasmjit::Val {
    use wasmjit::Val;
    match v {
        Value::I32(x) => Val::I32(x),
        Value::I64(x) => Val::I64(x),
        Value::F32(x) => Val::F32(x),
        Value::F64(x) => Val::F64(x),
        Value::V128(x) => Val::V128(x),
        Value::Ref(_) => unreachable!("only numeric arguments are passed"),
    }
}

fn to_oracle(v: Value) -> wasmi::Val {
    use wasmi::Val;
    match v {
        Value::I32(x) => Val::I32(x),
        Value::I64(x) => Val::I64(x),
        Value::F32(x) => Val::F32(wasmi::F32::from_bits(x)),
        Value::F64(x) => Val::F64(wasmi::F64::from_bits(x)),
        Value::V128(x) => Val::V128(wasmi::V128::from(x)),
        Value::Ref(_) => unreachable!("only numeric arguments are passed"),
    }
}

/// Boundary values that often expose bugs, mixed with raw input bits.
const INTERESTING_I64: [i64; 12] = [
    0,
    1,
    -1,
    2,
    7,
    0x7f,
    0x8000,
    0xffff,
    i32::MIN as i64,
    i32::MAX as i64,
    i64::MIN,
    i64::MAX,
];

fn arbitrary_arg(u: &mut Unstructured, ty: ValType) -> Value {
    let pick = u.int_in_range(0..=3u8).unwrap_or(0);
    let raw: u64 = if pick == 0 {
        let i = u.choose_index(INTERESTING_I64.len()).unwrap_or(0);
        INTERESTING_I64[i] as u64
    } else {
        u.arbitrary().unwrap_or(0)
    };
    match ty {
        ValType::I32 => Value::I32(raw as i32),
        ValType::I64 => Value::I64(raw as i64),
        ValType::F32 => Value::F32(if pick == 0 {
            (raw as i32 as f32).to_bits()
        } else {
            raw as u32
        }),
        ValType::F64 => Value::F64(if pick == 0 {
            (raw as i64 as f64).to_bits()
        } else {
            raw
        }),
        _ => unreachable!("only numeric parameters are generated"),
    }
}

/// Interrupts wasmjit's store after [`TIME_LIMIT`] unless dropped first.
struct Watchdog {
    cancel: Option<std::sync::mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Watchdog {
    fn start(handle: wasmjit::InterruptHandle) -> Watchdog {
        let (cancel, wait) = std::sync::mpsc::channel::<()>();
        let thread = std::thread::spawn(move || {
            if wait.recv_timeout(TIME_LIMIT) == Err(std::sync::mpsc::RecvTimeoutError::Timeout) {
                handle.interrupt();
            }
        });
        Watchdog {
            cancel: Some(cancel),
            thread: Some(thread),
        }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        drop(self.cancel.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// The state the two instances can be compared on, per export name.
#[derive(Debug, PartialEq)]
enum ItemState {
    Memory(Vec<u8>),
    Global(Value),
    /// Per element: null or not.
    Table(Vec<bool>),
}

struct Ours {
    store: wasmjit::Store,
    instance: wasmjit::Instance,
}

struct Oracle {
    store: wasmi::Store<()>,
    instance: wasmi::Instance,
}

impl Ours {
    fn state(&self, name: &str) -> Option<ItemState> {
        let s = &self.store;
        Some(match self.instance.get_export(s, name)? {
            Extern::Memory(m) => ItemState::Memory(m.data(s).to_vec()),
            Extern::Global(g) => ItemState::Global(from_ours(&g.get(s))),
            Extern::Table(t) => ItemState::Table(
                (0..t.size(s))
                    .map(|i| from_ours(&t.get(s, i).unwrap()) == Value::Ref(true))
                    .collect(),
            ),
            Extern::Func(_) => return None,
        })
    }

    /// Sets the fuel global (see [`crate::smith::FUEL`]) back to full.
    fn refuel(&mut self) {
        let Some(Extern::Global(g)) = self.instance.get_export(&self.store, FUEL_EXPORT) else {
            unreachable!("checked by the caller")
        };
        g.set(&mut self.store, wasmjit::Val::I32(FUEL as i32))
            .expect("the fuel global is a mutable i32");
    }

    fn call(&mut self, name: &str, args: &[Value]) -> Outcome {
        // Everything of the module is reachable from its instance: a
        // collection (issue 12) must free nothing, and what it marked (the
        // references in tables, globals, segments) must stay usable.
        let garbage = self
            .store
            .collect([wasmjit::Root::Instance(self.instance)])
            .expect("no call runs");
        assert!(
            garbage.is_empty(),
            "a collection freed {} objects",
            garbage.len()
        );
        let f = self.instance.get_func(&self.store, name).unwrap();
        let args: Vec<_> = args.iter().map(|&v| to_ours(v)).collect();
        match f.call(&mut self.store, &args) {
            Ok(r) => Ok(r.iter().map(from_ours).collect()),
            Err(Error::Trap(t)) => Err(ours_class(t.kind())),
            Err(e) => panic!("wasmjit call of {name:?} failed without a trap: {e}"),
        }
    }
}

impl Oracle {
    fn state(&self, name: &str) -> Option<ItemState> {
        let s = &self.store;
        Some(match self.instance.get_export(s, name)? {
            wasmi::Extern::Memory(m) => ItemState::Memory(m.data(s).to_vec()),
            wasmi::Extern::Global(g) => ItemState::Global(from_oracle(&g.get(s))),
            wasmi::Extern::Table(t) => ItemState::Table(
                (0..t.size(s))
                    .map(|i| from_oracle(&t.get(s, i).unwrap()) == Value::Ref(true))
                    .collect(),
            ),
            wasmi::Extern::Func(_) => return None,
        })
    }

    /// Sets the fuel global (see [`crate::smith::FUEL`]) back to full.
    fn refuel(&mut self) {
        let g = self
            .instance
            .get_global(&self.store, FUEL_EXPORT)
            .expect("checked by the caller");
        g.set(&mut self.store, wasmi::Val::I32(FUEL as i32))
            .expect("the fuel global is a mutable i32");
    }

    fn call(&mut self, name: &str, args: &[Value], n_results: usize) -> Outcome {
        let f = self.instance.get_func(&self.store, name).unwrap();
        let args: Vec<_> = args.iter().map(|&v| to_oracle(v)).collect();
        let mut results = vec![wasmi::Val::I32(0); n_results];
        match f.call(&mut self.store, &args, &mut results) {
            Ok(()) => Ok(results.iter().map(from_oracle).collect()),
            Err(e) => Err(oracle_class(&e)),
        }
    }
}

/// How wasmjit's engine is made for a comparison: its bounds-check
/// strategy and the vector instruction set of its `v128` code (a
/// [`wasmjit::BoundsChecks`] alone converts with the CPU's best,
/// [`wasmjit::SimdIsa::host`]).
#[derive(Clone, Copy, Debug)]
pub struct Setup {
    pub checks: wasmjit::BoundsChecks,
    pub simd_isa: wasmjit::SimdIsa,
}

impl From<wasmjit::BoundsChecks> for Setup {
    fn from(checks: wasmjit::BoundsChecks) -> Setup {
        Setup {
            checks,
            simd_isa: wasmjit::SimdIsa::host(),
        }
    }
}

/// Runs `wasm` on both engines and compares them, wasmjit's engine made as
/// `setup` says; arguments for the calls are drawn from
/// `args` (zeros once it is exhausted).
///
/// Returns `Err(description)` on the first divergence, with enough detail
/// (export name, arguments, both outcomes) to reproduce it.
///
/// Runs on a fresh thread with a [`THREAD_STACK`] stack, so that both engines
/// can recurse as deep as [`crate::smith::FUEL`] allows without either one
/// running out of stack first.
pub fn check(
    wasm: &[u8],
    args: &mut Unstructured,
    setup: impl Into<Setup>,
) -> Result<Verdict, String> {
    let setup = setup.into();
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(THREAD_STACK)
            .spawn_scoped(s, || check_here(wasm, args, setup))
            .expect("spawn the differential thread")
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p))
    })
}

/// Instructions the oracle may execute per module, and how long wasmjit may
/// run: generated modules stop by themselves (see [`crate::smith::FUEL`]),
/// but shrunk or hand-made ones may not. Either limit ends the comparison.
pub const ORACLE_FUEL: u64 = 200_000_000;
/// See [`ORACLE_FUEL`].
pub const TIME_LIMIT: std::time::Duration = std::time::Duration::from_secs(5);

/// Native stack of the thread [`check`] runs on.
pub const THREAD_STACK: usize = 256 << 20;

fn check_here(wasm: &[u8], args: &mut Unstructured, setup: Setup) -> Result<Verdict, String> {
    let engine = wasmjit::Engine::with_simd_isa(
        wasmjit::StoreLimits::default(),
        setup.checks,
        setup.simd_isa,
    )
    .map_err(|e| format!("cannot make the engine: {e}"))?;
    let ours_module = wasmjit::Module::new(&engine, wasm);
    let mut oracle_config = wasmi::Config::default();
    oracle_config
        .consume_fuel(true)
        .set_max_recursion_depth(100_000)
        .set_max_stack_height(THREAD_STACK / 2);
    let oracle_engine = wasmi::Engine::new(&oracle_config);
    let oracle_module = wasmi::Module::new(&oracle_engine, wasm);
    let (ours_module, oracle_module) = match (ours_module, oracle_module) {
        (Err(Error::Unsupported { what, .. }), _) => {
            return Ok(Verdict::Skipped(format!("unsupported: {what}")))
        }
        (Err(e), Ok(_)) => return Err(format!("wasmjit rejects a module wasmi accepts: {e}")),
        (Ok(_), Err(e)) => return Ok(Verdict::Skipped(format!("oracle rejects the module: {e}"))),
        (Err(_), Err(_)) => return Ok(Verdict::Agree { calls: 0, traps: 0 }),
        (Ok(a), Ok(b)) => (a, b),
    };

    let mut store = wasmjit::Store::new(&engine);
    store
        .set_limits(wasmjit::StoreLimits {
            max_wasm_stack: THREAD_STACK / 2,
            ..wasmjit::StoreLimits::default()
        })
        .expect("valid limits");
    let _watchdog = Watchdog::start(store.interrupt_handle());
    let ours_instance = wasmjit::Instance::new(&mut store, &ours_module, &[]);
    let mut oracle_store = wasmi::Store::new(&oracle_engine, ());
    oracle_store.set_fuel(ORACLE_FUEL).expect("fuel is enabled");
    let oracle_instance = wasmi::Linker::<()>::new(&oracle_engine)
        .instantiate_and_start(&mut oracle_store, &oracle_module);
    let (mut ours, mut oracle) = match (ours_instance, oracle_instance) {
        (Ok(a), Ok(b)) => (
            Ours { store, instance: a },
            Oracle {
                store: oracle_store,
                instance: b,
            },
        ),
        (Err(_), Err(_)) => return Ok(Verdict::Agree { calls: 0, traps: 0 }),
        (Err(Error::Trap(t)), Ok(_)) if t.kind() == TrapKind::StackOverflow => {
            return Ok(Verdict::Skipped("wasmjit stack overflow in start".into()))
        }
        (Ok(_), Err(e)) if oracle_class(&e) == TrapClass::StackOverflow => {
            return Ok(Verdict::Skipped("oracle stack overflow in start".into()))
        }
        (Err(Error::Trap(t)), _) if t.kind() == TrapKind::Interrupt => {
            return Ok(Verdict::Skipped("wasmjit time limit in start".into()))
        }
        (_, Err(e)) if oracle_class(&e) == TrapClass::Limit => {
            return Ok(Verdict::Skipped("oracle fuel limit in start".into()))
        }
        (a, b) => {
            return Err(format!(
                "instantiation differs: wasmjit {:?}, wasmi {:?}",
                a.map(|_| ()).map_err(|e| e.to_string()),
                b.map(|_| ()).map_err(|e| e.to_string())
            ))
        }
    };

    let exports: Vec<(String, wasmjit::ExternType)> = ours_module
        .exports()
        .map(|e| (e.name.to_string(), e.ty.clone()))
        .collect();
    let compare_state = |ours: &Ours, oracle: &Oracle, after: &str| -> Result<(), String> {
        for (name, _) in &exports {
            let (a, b) = (ours.state(name), oracle.state(name));
            if a != b {
                return Err(format!(
                    "after {after}: export {name:?} differs: wasmjit {a:?}, wasmi {b:?}"
                ));
            }
        }
        Ok(())
    };
    compare_state(&ours, &oracle, "instantiation")?;

    let has_fuel = exports.iter().any(|(name, _)| name == FUEL_EXPORT);
    let (mut calls, mut traps) = (0, 0);
    for (name, ty) in &exports {
        let wasmjit::ExternType::Func(fty) = ty else {
            continue;
        };
        if fty
            .params()
            .iter()
            .any(|t| !matches!(t, ValType::I32 | ValType::I64 | ValType::F32 | ValType::F64))
        {
            continue;
        }
        let call_args: Vec<Value> = fty
            .params()
            .iter()
            .map(|&t| arbitrary_arg(args, t))
            .collect();
        if has_fuel {
            ours.refuel();
            oracle.refuel();
        }
        let a = ours.call(name, &call_args);
        let b = oracle.call(name, &call_args, fty.results().len());
        calls += 1;
        if a == Err(TrapClass::StackOverflow) || b == Err(TrapClass::StackOverflow) {
            return Ok(Verdict::Skipped(format!("stack overflow in {name:?}")));
        }
        if a == Err(TrapClass::Limit) || b == Err(TrapClass::Limit) {
            return Ok(Verdict::Skipped(format!("time or fuel limit in {name:?}")));
        }
        if a != b {
            return Err(format!(
                "call {name:?}{call_args:?} differs: wasmjit {a:?}, wasmi {b:?}"
            ));
        }
        traps += a.is_err() as usize;
        compare_state(&ours, &oracle, &format!("call {name:?}{call_args:?}"))?;
    }
    Ok(Verdict::Agree { calls, traps })
}
