//! `Store`: owns every runtime object (spec §4.2.3), and the handles that
//! name them. Handles are indices into their store, so instances can share
//! functions, memories, tables and globals.

mod bulk;
mod collect;
mod func;
mod global;
mod interrupt;
mod memory;
mod slab;
mod table;

use std::any::Any;
use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::Arc;

pub use crate::handles::{Extern, ExternRef, Func, Global, Instance, Memory, Table};
pub(crate) use bulk::{data_drop, elem_drop, memory_init, table_init};
pub use collect::{Garbage, Reach, Reaches, Root};
pub use func::{Caller, HostFn};
pub(crate) use func::{FuncData, FuncKind};
pub(crate) use global::GlobalData;
pub use interrupt::{InterruptHandle, HAND_OVER_AT_CHECKS};
pub(crate) use table::TableData;

use crate::engine::Engine;
use crate::error::{Error, Result, Trap, TrapKind};
use crate::limits::{Budget, StoreLimits};
use crate::module::Module;
use crate::runtime::memory::LinearMemory;
use crate::runtime::registry;
use crate::runtime::stubs::{stubs, ENTRY_FLOAT_RESULT, ENTRY_V128_RESULT};
use crate::runtime::vm::{VMFuncRef, VMGlobal, VMLimits, VMStoreState};
use crate::values::{FuncType, Val, ValType};
use slab::Slab;

/// What a store keeps of each instance (`Instance` is its index).
pub(crate) struct InstanceData {
    pub module: Module,
    /// The `VMContext` (in 16-byte chunks, the defined globals' slots; see
    /// `environ/vmoffsets.rs`).
    pub _vmctx: Box<[VMGlobal]>,
    pub exports: Vec<(String, Extern)>,
    pub export_index: HashMap<String, usize>,
    /// The instance's index spaces, imported entities first: everything
    /// its code and context refer to (what `Store::collect` keeps alive).
    pub funcs: Vec<Func>,
    pub tables: Vec<Table>,
    pub memories: Vec<Memory>,
    pub globals: Vec<Global>,
    /// Raw references of each element segment, with its element type;
    /// empty once dropped.
    pub elems: Vec<(ValType, Box<[u64]>)>,
    /// Whether each data segment was dropped (then it behaves as empty).
    pub dropped_data: Vec<bool>,
}

/// The `Error::Resource` for a `what` of `bytes` over the store's budget.
pub(crate) fn over_budget(store: &Store, what: &str, bytes: u64) -> Error {
    Error::Resource(format!(
        "a {what} of {bytes} bytes exceeds the store's budget: {} of its {} bytes \
         (max_store_bytes) are taken by its memories and tables",
        store.budget.used.load(Ordering::Relaxed),
        store.budget.limit.load(Ordering::Relaxed),
    ))
}

/// Owner of all runtime objects. Handles (`Func`, `Memory`, ...) are only
/// meaningful with the store that made them.
pub struct Store {
    engine: Engine,
    pub(crate) state: Box<VMStoreState>,
    pub(crate) funcs: Slab<FuncData>,
    pub(crate) memories: Slab<LinearMemory>,
    pub(crate) tables: Slab<TableData>,
    pub(crate) globals: Slab<GlobalData>,
    pub(crate) instances: Slab<InstanceData>,
    externs: Slab<Box<dyn Any + Send + Sync>>,
    pub(crate) limits: Arc<VMLimits>,
    resource_limits: StoreLimits,
    /// Bytes of memories and tables allocated, against
    /// `resource_limits.max_store_bytes` (boxed: memories point to it).
    pub(crate) budget: Box<Budget>,
    /// Set when two call stacks of one thread (greenlets) were inside the
    /// store at once, interleaved: from then on calls fail (see
    /// `func::call_host`).
    interleaved: bool,
    /// Argument and result buffer of host calls, reused (see
    /// `func::call_host`).
    host_vals: Vec<Val>,
}

// SAFETY: the raw pointers inside point into boxes the store owns; the store
// is used by one thread at a time (`&mut self` for every call into wasm).
unsafe impl Send for Store {}

impl Store {
    /// An empty store with its engine's [`StoreLimits`].
    pub fn new(engine: &Engine) -> Store {
        Store {
            engine: engine.clone(),
            state: Box::new(VMStoreState {
                entry_sp: 0,
                store: std::ptr::null_mut::<Store>(),
                pending_trap: None,
                trap_pcs: Vec::new(),
            }),
            funcs: Slab::default(),
            memories: Slab::default(),
            tables: Slab::default(),
            globals: Slab::default(),
            instances: Slab::default(),
            externs: Slab::default(),
            limits: Arc::new(VMLimits::default()),
            resource_limits: *engine.limits(),
            budget: Box::new(Budget {
                limit: engine.limits().max_store_bytes.into(),
                used: 0.into(),
            }),
            interleaved: false,
            host_vals: Vec::new(),
        }
    }

    /// The resource limits memories, tables and calls are held to.
    pub fn limits(&self) -> &StoreLimits {
        &self.resource_limits
    }

    /// Sets the resource limits. They apply to memories and tables created
    /// from now on (each keeps the cap it was created with) and to the next
    /// call from the host; a call already running keeps its stack limit.
    ///
    /// # Errors
    /// [`Error::Usage`] when `max_memory_pages` is over 65536 (the 32-bit
    /// address space) or a wasm call of this store is running.
    pub fn set_limits(&mut self, limits: StoreLimits) -> Result<()> {
        limits.check()?;
        if self.is_running() {
            return Err(Error::Usage(
                "limits cannot change while wasm of the store runs".into(),
            ));
        }
        self.resource_limits = limits;
        self.budget
            .limit
            .store(limits.max_store_bytes, Ordering::Relaxed);
        Ok(())
    }

    /// A handle that interrupts wasm running in this store.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle(self.limits.clone())
    }

    /// Bytes of memories (64 KiB per page) and tables (8 per element) the
    /// store has allocated, held to [`StoreLimits::max_store_bytes`].
    pub fn allocated_bytes(&self) -> u64 {
        self.budget.used.load(Ordering::Relaxed)
    }

    /// Whether wasm code of this store is running (a host function called
    /// from wasm sees `true`).
    pub fn is_running(&self) -> bool {
        self.state.entry_sp != 0
    }

    /// The engine this store was made with.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    pub(crate) fn state_ptr(&mut self) -> *mut VMStoreState {
        &mut *self.state
    }

    /// Registers a function whose code and context are already known.
    pub(crate) fn push_func(
        &mut self,
        ty: Arc<FuncType>,
        code: *const u8,
        vmctx: *mut u8,
        kind: FuncKind,
    ) -> Func {
        let index = self.funcs.next_index();
        let sig = self.engine.signature_id(&ty);
        let funcref = Box::new(VMFuncRef {
            code,
            vmctx,
            sig,
            index,
        });
        Func(self.funcs.push(FuncData { ty, funcref, kind }))
    }

    /// Raw slot representation of a value (see `compiler/func.rs`).
    pub(crate) fn val_to_raw(&self, v: &Val) -> u64 {
        match *v {
            Val::I32(x) => x as u32 as u64,
            Val::I64(x) => x as u64,
            Val::F32(b) => b as u64,
            Val::F64(b) => b,
            Val::V128(b) => b as u64,
            Val::FuncRef(None) | Val::ExternRef(None) => 0,
            Val::FuncRef(Some(f)) => &*self.funcs[f.0 as usize].funcref as *const VMFuncRef as u64,
            Val::ExternRef(Some(e)) => e.0 as u64 + 1,
        }
    }

    /// The value of type `ty` whose raw slot representation is `raw`.
    pub(crate) fn raw_to_val(&self, ty: ValType, raw: u64) -> Val {
        match ty {
            ValType::I32 => Val::I32(raw as u32 as i32),
            ValType::I64 => Val::I64(raw as i64),
            ValType::F32 => Val::F32(raw as u32),
            ValType::F64 => Val::F64(raw),
            ValType::V128 => Val::V128(raw as u128),
            ValType::FuncRef if raw == 0 => Val::FuncRef(None),
            ValType::FuncRef => {
                // SAFETY: non-null funcref slots hold pointers to VMFuncRefs
                // owned by this store's FuncData boxes.
                let index = unsafe { (*(raw as *const VMFuncRef)).index };
                Val::FuncRef(Some(Func(index)))
            }
            ValType::ExternRef if raw == 0 => Val::ExternRef(None),
            ValType::ExternRef => Val::ExternRef(Some(ExternRef(raw as u32 - 1))),
        }
    }

    /// Writes `v` into the raw call slots at word `at` (two words, low half
    /// first, for a `v128`; see [`ValType::slot_words`]).
    pub(crate) fn write_raw(&self, v: &Val, slots: &mut [u64], at: usize) {
        if !v.to_slots(slots, at) {
            slots[at] = self.val_to_raw(v);
        }
    }

    /// The value of type `ty` at word `at` of the raw call slots.
    pub(crate) fn read_raw(&self, ty: ValType, slots: &[u64], at: usize) -> Val {
        Val::from_slots(ty, slots, at).unwrap_or_else(|| self.raw_to_val(ty, slots[at]))
    }

    /// Runs `func` through the entry trampoline with arguments (and then
    /// results) in `slots`, which holds at least max(1, params, results) entries.
    pub(crate) fn invoke_raw(&mut self, func: Func, slots: &mut [u64]) -> Result<(), Trap> {
        if self.interleaved {
            return Err(Trap::with_message(
                TrapKind::HostError,
                "the store was entered from two call stacks of one thread at once (a host \
                 function switched greenlets or coroutines while another entered the same \
                 store, then switched back): its calls were completed in place, but it \
                 cannot be used any more",
            ));
        }
        let fd = &self.funcs[func.0 as usize];
        // A function that calls nothing has no stack check at its entry
        // (`compiler/func.rs`): a pending request stops the call here, as
        // the check would have.
        if matches!(fd.kind, FuncKind::Wasm { .. })
            && self.limits.interrupt.load(Ordering::Relaxed)
            && self.limits.interrupt.swap(false, Ordering::SeqCst)
        {
            self.limits.disarm();
            return Err(Trap::new(TrapKind::Interrupt));
        }
        let code = fd.funcref.code;
        let vmctx = fd.funcref.vmctx;
        let flags = match fd.ty.results().first() {
            Some(ValType::F32 | ValType::F64) => ENTRY_FLOAT_RESULT,
            Some(ValType::V128) => ENTRY_V128_RESULT,
            #[cfg(target_arch = "x86")]
            Some(ValType::I64) => crate::runtime::stubs::ENTRY_I64_RESULT,
            _ => 0,
        };
        let me: *mut Store = self;
        self.state.store = me;
        if self.state.entry_sp == 0 {
            let here = 0u8;
            let sp = &here as *const u8 as usize;
            let limit = sp
                .saturating_sub(self.resource_limits.max_wasm_stack)
                .max(crate::runtime::sys::stack_floor());
            crate::runtime::sys::ensure_stack_committed(limit);
            self.arm_stack_limit(limit);
        }
        let state = self.state_ptr();
        // SAFETY: `code`/`vmctx` come from a live FuncData of this store;
        // `slots` is large enough for the function's parameters and
        // results; the state box outlives the call. Generated code only
        // touches its frame, its context and its memory.
        let rc =
            unsafe { (stubs().entry)(vmctx, code, slots.as_mut_ptr(), slots.len(), state, flags) };
        if rc == 0 {
            return Ok(());
        }
        let trap = self.state.pending_trap.take().unwrap_or_else(|| {
            let kind = TrapKind::from_code(rc).unwrap_or(TrapKind::HostError);
            if kind == TrapKind::StackOverflow && self.limits.consume_request() {
                // The request is consumed: callers of a nested call (host
                // functions that catch the trap) go on with the real limit.
                Trap::new(TrapKind::Interrupt)
            } else {
                Trap::new(kind)
            }
        });
        let frames = self
            .state
            .trap_pcs
            .iter()
            .flat_map(|&pc| registry::lookup(pc))
            .collect();
        Err(trap.with_frames(frames))
    }

    /// Wraps a host value as an `externref`.
    pub fn extern_ref(&mut self, value: impl Any + Send + Sync) -> ExternRef {
        ExternRef(self.externs.push(Box::new(value)))
    }

    /// The host value behind an `externref`.
    pub fn extern_data(&self, r: ExternRef) -> &(dyn Any + Send + Sync) {
        &*self.externs[r.0 as usize]
    }
}
