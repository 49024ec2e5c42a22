//! `Store`: owns every runtime object (spec §4.2.3), and the handles that
//! name them. Handles are indices into their store, so instances can share
//! functions, memories, tables and globals.

use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::Ordering;
use std::sync::Arc;

use crate::engine::Engine;
use crate::error::{Error, Result, Trap, TrapKind};
use crate::instance::{Instance, InstanceData};
use crate::limits::{Budget, StoreLimits};
use crate::runtime::memory::{LinearMemory, WASM_PAGE};
use crate::runtime::registry;
use crate::runtime::stubs::{stubs, ENTRY_FLOAT_RESULT, ENTRY_FRAME_SIZE};
use crate::runtime::vm::{
    VMFuncRef, VMGlobal, VMHostCtx, VMLimits, VMStoreState, VMTable, VMCTX_INSTANCE_OFF,
};
use crate::values::{FuncType, GlobalType, MemoryType, TableType, Val, ValType};

/// A host function: receives the [`Caller`] (the store and the calling
/// instance), the arguments, and a result buffer of the declared length
/// (pre-filled with zeros of the result types). Returning `Err` traps; the
/// error comes out of the outermost wasm call ([`Trap::exit`] ends it with an
/// exit status instead).
pub type HostFn =
    Arc<dyn Fn(&mut Caller<'_>, &[Val], &mut [Val]) -> Result<(), Trap> + Send + Sync>;

/// Handle to a function in a store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Func(pub(crate) u32);
/// Handle to a linear memory in a store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Memory(pub(crate) u32);
/// Handle to a table in a store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Table(pub(crate) u32);
/// Handle to a global in a store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Global(pub(crate) u32);
/// A non-null `externref`: handle to a host value in a store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ExternRef(pub(crate) u32);

/// Anything that can be imported or exported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extern {
    Func(Func),
    Table(Table),
    Memory(Memory),
    Global(Global),
}

pub(crate) enum FuncKind {
    Wasm,
    Host {
        callback: HostFn,
        _ctx: Box<VMHostCtx>,
    },
}

pub(crate) struct FuncData {
    pub ty: Arc<FuncType>,
    pub funcref: Box<VMFuncRef>,
    pub kind: FuncKind,
}

pub(crate) struct TableData {
    pub ty: TableType,
    pub elements: Vec<u64>,
    pub vm: Box<VMTable>,
    /// Most elements `grow` may reach: the declared maximum, capped by
    /// [`crate::StoreLimits::max_table_elements`] (a resource limit the spec
    /// allows: `table.grow` may fail, §4.4.6.5).
    pub max: u64,
}

impl TableData {
    /// Grows by `delta` elements set to the raw reference `raw`; returns the
    /// old length, or `None` past `max`, past the store's `budget` or when
    /// the elements cannot be allocated. Keeps the `VMTable` in step.
    pub(crate) fn grow_raw(&mut self, budget: &Budget, delta: u32, raw: u64) -> Option<u32> {
        let old = self.elements.len() as u64;
        if old + delta as u64 > self.max {
            return None;
        }
        let bytes = delta as u64 * 8;
        if !budget.take(bytes) {
            return None;
        }
        if self.elements.try_reserve(delta as usize).is_err() {
            budget.give_back(bytes);
            return None;
        }
        self.elements.resize(old as usize + delta as usize, raw);
        self.vm.base = self.elements.as_mut_ptr();
        self.vm.len = self.elements.len() as u32;
        Some(old as u32)
    }
}

pub(crate) struct GlobalData {
    pub ty: GlobalType,
    pub cell: Box<VMGlobal>,
}

/// The `Error::Resource` for a `what` of `bytes` over the store's budget.
fn over_budget(store: &Store, what: &str, bytes: u64) -> Error {
    Error::Resource(format!(
        "a {what} of {bytes} bytes exceeds the store's budget: {} of its {} bytes \
         (max_store_bytes) are taken by its memories and tables",
        store.budget.used.load(Ordering::Relaxed),
        store.budget.limit.load(Ordering::Relaxed),
    ))
}

/// `n` table elements set to `raw`, or `None` when they cannot be
/// allocated. Null elements come from zeroed pages the system maps lazily,
/// so a large table costs memory only where it is written.
fn filled_elements(n: usize, raw: u64) -> Option<Vec<u64>> {
    if n == 0 {
        return Some(Vec::new());
    }
    if raw != 0 {
        let mut v = Vec::new();
        v.try_reserve_exact(n).ok()?;
        v.resize(n, raw);
        return Some(v);
    }
    let layout = std::alloc::Layout::array::<u64>(n).ok()?;
    // SAFETY: `layout` has a non-zero size (n > 0).
    let ptr = unsafe { std::alloc::alloc_zeroed(layout) } as *mut u64;
    if ptr.is_null() {
        return None;
    }
    // SAFETY: `ptr` was allocated by the global allocator with the layout
    // of `n` u64s, all initialized (zero is a valid u64).
    Some(unsafe { Vec::from_raw_parts(ptr, n, n) })
}

/// Owner of all runtime objects. Handles (`Func`, `Memory`, ...) are only
/// meaningful with the store that made them.
pub struct Store {
    engine: Engine,
    pub(crate) state: Box<VMStoreState>,
    pub(crate) funcs: Vec<FuncData>,
    pub(crate) memories: Vec<LinearMemory>,
    pub(crate) tables: Vec<TableData>,
    pub(crate) globals: Vec<GlobalData>,
    pub(crate) instances: Vec<InstanceData>,
    externs: Vec<Box<dyn Any + Send + Sync>>,
    pub(crate) limits: Arc<VMLimits>,
    resource_limits: StoreLimits,
    /// Bytes of memories and tables allocated, against
    /// `resource_limits.max_store_bytes` (boxed: memories point to it).
    pub(crate) budget: Box<Budget>,
    /// Set when two call stacks of one thread (greenlets) were inside the
    /// store at once, interleaved: from then on calls fail (see
    /// `host_call_dispatch`).
    interleaved: bool,
    /// Argument and result buffer of host calls, reused (see
    /// `host_call_dispatch`).
    host_vals: Vec<Val>,
}

/// Stops the wasm code running in a store, from any thread or from a signal
/// handler (it only stores to atomics). Cheap to clone.
#[derive(Clone)]
pub struct InterruptHandle(Arc<VMLimits>);

impl InterruptHandle {
    /// Requests an interrupt: the running call (or, if none runs, the next
    /// one) traps with [`TrapKind::Interrupt`] at its next function entry or
    /// loop iteration.
    pub fn interrupt(&self) {
        self.0.interrupt.store(true, Ordering::SeqCst);
        self.0.stack_limit.store(usize::MAX, Ordering::SeqCst);
    }

    /// Withdraws a request that has not stopped a call yet, so that the next
    /// call of the store runs normally. Meant for between calls (an embedder
    /// that interrupted every running store on a signal clears the requests
    /// that arrived too late); while a call runs, a request already made may
    /// still stop it.
    pub fn clear(&self) {
        if self.0.interrupt.swap(false, Ordering::SeqCst) {
            self.0.disarm();
        }
    }

    /// Whether a request is pending (made and not yet reported as a trap).
    pub fn is_pending(&self) -> bool {
        self.0.interrupt.load(Ordering::SeqCst)
    }
}

impl VMLimits {
    /// Puts the stack limit back to the running call's after an interrupt
    /// request was consumed (unless a new request came meanwhile).
    fn disarm(&self) {
        let armed = self.armed_limit.load(Ordering::SeqCst);
        let _ = self.stack_limit.compare_exchange(
            usize::MAX,
            armed,
            Ordering::SeqCst,
            Ordering::SeqCst,
        );
        if self.interrupt.load(Ordering::SeqCst) {
            self.stack_limit.store(usize::MAX, Ordering::SeqCst);
        }
    }
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
                store: std::ptr::null_mut(),
                pending_trap: None,
                trap_pcs: Vec::new(),
            }),
            funcs: Vec::new(),
            memories: Vec::new(),
            tables: Vec::new(),
            globals: Vec::new(),
            instances: Vec::new(),
            externs: Vec::new(),
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
        let index = self.funcs.len() as u32;
        let sig = self.engine.signature_id(&ty);
        let funcref = Box::new(VMFuncRef {
            code,
            vmctx,
            sig,
            index,
        });
        self.funcs.push(FuncData { ty, funcref, kind });
        Func(index)
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
        let code = fd.funcref.code;
        let vmctx = fd.funcref.vmctx;
        let float_first = matches!(fd.ty.results().first(), Some(ValType::F32 | ValType::F64));
        let flags = if float_first { ENTRY_FLOAT_RESULT } else { 0 };
        let me: *mut Store = self;
        self.state.store = me;
        if self.state.entry_sp == 0 {
            let here = 0u8;
            let sp = &here as *const u8 as usize;
            let limit = sp
                .saturating_sub(self.resource_limits.max_wasm_stack)
                .max(crate::runtime::sys::stack_floor());
            crate::runtime::sys::ensure_stack_committed(limit);
            // Published by the SeqCst store of the limit itself below.
            self.limits.armed_limit.store(limit, Ordering::Relaxed);
            self.limits.stack_limit.store(limit, Ordering::SeqCst);
            // A request that raced with the store above must not be lost.
            if self.limits.interrupt.load(Ordering::SeqCst) {
                self.limits.stack_limit.store(usize::MAX, Ordering::SeqCst);
            }
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
            if kind == TrapKind::StackOverflow
                && self.limits.interrupt.swap(false, Ordering::SeqCst)
            {
                // The request is consumed: callers of a nested call (host
                // functions that catch the trap) go on with the real limit.
                self.limits.disarm();
                Trap::new(TrapKind::Interrupt)
            } else {
                Trap::new(kind)
            }
        });
        let frames = self
            .state
            .trap_pcs
            .iter()
            .filter_map(|&pc| registry::lookup(pc))
            .collect();
        Err(trap.with_frames(frames))
    }

    /// Wraps a host value as an `externref`.
    pub fn extern_ref(&mut self, value: impl Any + Send + Sync) -> ExternRef {
        self.externs.push(Box::new(value));
        ExternRef(self.externs.len() as u32 - 1)
    }

    /// The host value behind an `externref`.
    pub fn extern_data(&self, r: ExternRef) -> &(dyn Any + Send + Sync) {
        &*self.externs[r.0 as usize]
    }
}

/// What a host function sees of its call: the store (through `Deref`, so a
/// `&mut Caller` passes where a `&mut Store` is expected) and the instance
/// whose wasm code made the call.
pub struct Caller<'a> {
    store: &'a mut Store,
    instance: Option<Instance>,
}

impl Caller<'_> {
    /// The calling instance; `None` when the host function was called
    /// directly from the host ([`Func::call`]) rather than from wasm.
    pub fn instance(&self) -> Option<Instance> {
        self.instance
    }

    /// The calling instance's export `name` (WASI finds the caller's
    /// linear memory as its `"memory"` export); `None` without a calling
    /// instance or such an export.
    pub fn get_export(&self, name: &str) -> Option<Extern> {
        self.instance?.get_export(self.store, name)
    }

    /// The calling instance's memory 0 (imported or defined), if any.
    pub fn memory(&self) -> Option<Memory> {
        let i = self.instance?;
        self.store.instances[i.0 as usize].memories.first().copied()
    }

    /// The store.
    pub fn store(&mut self) -> &mut Store {
        self.store
    }
}

impl std::ops::Deref for Caller<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        self.store
    }
}

impl std::ops::DerefMut for Caller<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        self.store
    }
}

/// Called by the host trampoline for every call of a host function from
/// wasm. Returns 0, or a trap code after leaving the trap in the state.
///
/// # Safety
/// `ctx` is the `VMHostCtx` of a live host function, whose state points to
/// a store currently inside `invoke_raw`; `slots` holds max(params, results)
/// argument slots; `caller_fp` is the frame pointer of the frame that called
/// the host trampoline: the entry trampoline's (the host function is called
/// directly from the host) or a wasm function's, which saved its
/// `VMContext` at `[caller_fp - 8]` before the call (`compiler/calls.rs`).
pub(crate) unsafe extern "sysv64" fn host_call_dispatch(
    ctx: *mut VMHostCtx,
    slots: *mut u64,
    caller_fp: usize,
) -> u32 {
    // SAFETY: see the function's contract.
    let (state, index) = unsafe { (&mut *(*ctx).state, (*ctx).func_index) };
    let instance = if caller_fp == state.entry_sp + ENTRY_FRAME_SIZE {
        None
    } else {
        // SAFETY: a wasm caller's frame holds its live `VMContext` at
        // `[fp - 8]`, whose instance-index word is set at instantiation.
        let index = unsafe {
            let vmctx = *((caller_fp - 8) as *const *const u8);
            *(vmctx.add(VMCTX_INSTANCE_OFF as usize) as *const u64)
        };
        Some(Instance(index as u32))
    };
    // SAFETY: `store` was set by the `invoke_raw` that is running below us.
    let store = unsafe { &mut *state.store };
    let fd = &store.funcs[index as usize];
    let FuncKind::Host { callback, .. } = &fd.kind else {
        unreachable!("host trampoline of a wasm function")
    };
    let callback = callback.clone();
    let (np, nr) = (fd.ty.params().len(), fd.ty.results().len());
    // SAFETY: the caller's outgoing area has max(np, nr) slots (compiler
    // `max_out`).
    let slots = unsafe { std::slice::from_raw_parts_mut(slots, np.max(nr)) };
    // Arguments and results go into a buffer the store keeps between calls,
    // so that a host call allocates nothing and its frame stays small (host
    // calls nest through re-entrant wasm calls). A nested call finds the
    // buffer taken and makes its own.
    let mut vals = std::mem::take(&mut store.host_vals);
    vals.clear();
    vals.extend(
        fd.ty
            .params()
            .iter()
            .zip(slots.iter())
            .map(|(&t, &raw)| store.raw_to_val(t, raw)),
    );
    vals.extend(fd.ty.results().iter().map(|&t| Val::default_for(t)));
    let (args, results) = vals.split_at_mut(np);
    // The innermost entry of this call chain. A host function that switches
    // to another call stack on this thread (a greenlet) may let that one
    // enter the store and switch back before leaving it: then the store's
    // record of its innermost entry is that other stack's, and returning
    // into wasm with it would make a trap resume on the wrong stack. Put
    // ours back and mark the store as entered out of order, so that its
    // next call fails with a clear error instead (`Store::invoke_raw`).
    let entry_sp = store.state.entry_sp;
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        callback(&mut Caller { store, instance }, args, results)
    }));
    if store.state.entry_sp != entry_sp {
        store.state.entry_sp = entry_sp;
        store.interleaved = true;
    }
    let trap = match outcome {
        Ok(Ok(())) => {
            // Functions are never removed, so the index still names ours.
            let ty = &store.funcs[index as usize].ty;
            if let Some((i, _)) = results
                .iter()
                .zip(ty.results())
                .enumerate()
                .find(|(_, (v, t))| v.ty() != **t)
            {
                Trap::with_message(
                    TrapKind::HostError,
                    format!("host function result {i} has the wrong type"),
                )
            } else {
                for (s, v) in slots.iter_mut().zip(results.iter()) {
                    *s = store.val_to_raw(v);
                }
                store.host_vals = vals;
                return 0;
            }
        }
        Ok(Err(t)) => t,
        Err(_) => Trap::with_message(TrapKind::HostError, "host function panicked"),
    };
    let code = trap.kind() as u32;
    store.state.pending_trap = Some(trap);
    code
}

impl Func {
    /// A host function of type `ty` (see [`HostFn`]).
    pub fn new(
        store: &mut Store,
        ty: FuncType,
        f: impl Fn(&mut Caller<'_>, &[Val], &mut [Val]) -> Result<(), Trap> + Send + Sync + 'static,
    ) -> Func {
        let index = store.funcs.len() as u32;
        let mut ctx = Box::new(VMHostCtx {
            state: store.state_ptr(),
            mem0_base: std::ptr::null_mut(),
            func_index: index,
        });
        let ctx_ptr = &mut *ctx as *mut VMHostCtx as *mut u8;
        store.push_func(
            Arc::new(ty),
            stubs().host as *const u8,
            ctx_ptr,
            FuncKind::Host {
                callback: Arc::new(f),
                _ctx: ctx,
            },
        )
    }

    /// The function's type.
    pub fn ty<'s>(&self, store: &'s Store) -> &'s FuncType {
        &store.funcs[self.0 as usize].ty
    }

    /// Calls the function (spec §4.5.5 invocation).
    ///
    /// # Errors
    /// [`Error::Usage`] when the arguments do not match the parameter types
    /// in number or type; [`Error::Trap`] when execution traps (a host
    /// function's error comes back inside the trap).
    pub fn call(&self, store: &mut Store, args: &[Val]) -> Result<Vec<Val>> {
        let mut results: Vec<Val> = store.funcs[self.0 as usize]
            .ty
            .results()
            .iter()
            .map(|&t| Val::default_for(t))
            .collect();
        self.call_into(store, args, &mut results)?;
        Ok(results)
    }

    /// Calls the function like [`Func::call`], writing the results into
    /// `results` instead of a new vector. Made for hot embedder call paths:
    /// with at most 8 parameters and results it allocates nothing.
    ///
    /// `args` must match the parameter types and `results` must have exactly
    /// as many entries as the function has results (any values; they are
    /// overwritten).
    ///
    /// # Errors
    /// [`Error::Usage`] when `args` or `results` do not match the function's
    /// type in number, or an argument does not match its parameter type;
    /// [`Error::Trap`] when execution traps.
    pub fn call_into(&self, store: &mut Store, args: &[Val], results: &mut [Val]) -> Result<()> {
        const INLINE: usize = 8;
        let fd = &store.funcs[self.0 as usize];
        let (np, nr) = (fd.ty.params().len(), fd.ty.results().len());
        if args.len() != np || results.len() != nr {
            return Err(Error::Usage(format!(
                "function {} takes {np} arguments and gives {nr} results, got {} and {}",
                fd.ty,
                args.len(),
                results.len()
            )));
        }
        if let Some((i, (a, t))) = args
            .iter()
            .zip(fd.ty.params())
            .enumerate()
            .find(|(_, (a, t))| a.ty() != **t)
        {
            return Err(Error::Usage(format!(
                "argument {i} must be {t}, got {}",
                a.ty()
            )));
        }
        let n = np.max(nr).max(1);
        let mut inline = [0u64; INLINE];
        let mut heap = Vec::new();
        let slots: &mut [u64] = if n <= INLINE {
            &mut inline[..n]
        } else {
            heap.resize(n, 0);
            &mut heap
        };
        for (s, a) in slots.iter_mut().zip(args) {
            *s = store.val_to_raw(a);
        }
        store.invoke_raw(*self, slots)?;
        let ty = &store.funcs[self.0 as usize].ty;
        for ((r, &t), &raw) in results.iter_mut().zip(ty.results()).zip(slots.iter()) {
            *r = store.raw_to_val(t, raw);
        }
        Ok(())
    }
}

impl Memory {
    /// A new memory of type `ty`, zero-filled.
    ///
    /// # Errors
    /// [`Error::Resource`] when the address space cannot be reserved, the
    /// minimum exceeds the maximum, or the minimum exceeds the store's
    /// [`StoreLimits::max_memory_pages`] or the memories and tables of the
    /// store would exceed [`StoreLimits::max_store_bytes`].
    pub fn new(store: &mut Store, ty: MemoryType) -> Result<Memory> {
        let limit = store.resource_limits.max_memory_pages;
        if ty.limits.min > limit {
            return Err(Error::Resource(format!(
                "memory of {} pages exceeds the store's limit of {limit} pages",
                ty.limits.min
            )));
        }
        let max = Some(ty.limits.max.unwrap_or(limit).min(limit));
        let bytes = ty.limits.min * WASM_PAGE as u64;
        if !store.budget.take(bytes) {
            return Err(over_budget(store, "memory", bytes));
        }
        let mut m = LinearMemory::new(ty.limits.min, max).inspect_err(|_| {
            store.budget.give_back(bytes);
        })?;
        m.set_declared_max(ty.limits.max);
        m.set_budget(&store.budget);
        store.memories.push(m);
        Ok(Memory(store.memories.len() as u32 - 1))
    }

    /// The current contents (length = size in pages × 65536).
    pub fn data<'s>(&self, store: &'s Store) -> &'s [u8] {
        store.memories[self.0 as usize].data()
    }

    /// The current contents, writable.
    pub fn data_mut<'s>(&self, store: &'s mut Store) -> &'s mut [u8] {
        store.memories[self.0 as usize].data_mut()
    }

    /// Current size in 64 KiB pages.
    pub fn size(&self, store: &Store) -> u64 {
        store.memories[self.0 as usize].pages()
    }

    /// Grows by `delta` pages; returns the previous size in pages.
    ///
    /// # Errors
    /// [`Error::Resource`] when the maximum would be exceeded.
    pub fn grow(&self, store: &mut Store, delta: u64) -> Result<u64> {
        store.memories[self.0 as usize]
            .grow(delta)
            .ok_or_else(|| Error::Resource(format!("cannot grow memory by {delta} pages")))
    }

    /// The memory's type, with its current size as minimum.
    pub fn ty(&self, store: &Store) -> MemoryType {
        let m = &store.memories[self.0 as usize];
        MemoryType {
            limits: crate::values::Limits {
                min: m.pages(),
                max: m.declared_max(),
            },
            memory64: false,
            shared: false,
        }
    }

    /// Address of the first byte (stable for the memory's lifetime).
    pub fn data_ptr(&self, store: &Store) -> *mut u8 {
        store.memories[self.0 as usize].data().as_ptr() as *mut u8
    }
}

impl Global {
    /// A new global of type `ty` holding `init`.
    ///
    /// # Errors
    /// [`Error::Usage`] when `init` is not of the global's value type.
    pub fn new(store: &mut Store, ty: GlobalType, init: Val) -> Result<Global> {
        if init.ty() != ty.content {
            return Err(Error::Usage(format!(
                "global of type {} initialized with {}",
                ty.content,
                init.ty()
            )));
        }
        let bits = match init {
            Val::V128(b) => b,
            ref v => store.val_to_raw(v) as u128,
        };
        store.globals.push(GlobalData {
            ty,
            cell: Box::new(VMGlobal { bits }),
        });
        Ok(Global(store.globals.len() as u32 - 1))
    }

    /// The current value.
    pub fn get(&self, store: &Store) -> Val {
        let g = &store.globals[self.0 as usize];
        match g.ty.content {
            ValType::V128 => Val::V128(g.cell.bits),
            t => store.raw_to_val(t, g.cell.bits as u64),
        }
    }

    /// Sets the value.
    ///
    /// # Errors
    /// [`Error::Usage`] when the global is immutable or `v` has another type.
    pub fn set(&self, store: &mut Store, v: Val) -> Result<()> {
        let ty = store.globals[self.0 as usize].ty;
        if !ty.mutable {
            return Err(Error::Usage("cannot set an immutable global".into()));
        }
        if v.ty() != ty.content {
            return Err(Error::Usage(format!(
                "global of type {} cannot hold {}",
                ty.content,
                v.ty()
            )));
        }
        let bits = match v {
            Val::V128(b) => b,
            ref v => store.val_to_raw(v) as u128,
        };
        store.globals[self.0 as usize].cell.bits = bits;
        Ok(())
    }

    /// The global's type.
    pub fn ty(&self, store: &Store) -> GlobalType {
        store.globals[self.0 as usize].ty
    }
}

impl Table {
    /// A new table of type `ty` with every element set to `init`.
    ///
    /// # Errors
    /// [`Error::Usage`] when `init` is not of the element type;
    /// [`Error::Resource`] when the minimum exceeds the store's
    /// [`StoreLimits::max_table_elements`], the store's memories and tables
    /// would exceed [`StoreLimits::max_store_bytes`], or the elements cannot
    /// be allocated.
    pub fn new(store: &mut Store, ty: TableType, init: Val) -> Result<Table> {
        if init.ty() != ty.element {
            return Err(Error::Usage(format!(
                "table of {} initialized with {}",
                ty.element,
                init.ty()
            )));
        }
        let limit = store.resource_limits.max_table_elements as u64;
        if ty.limits.min > limit {
            return Err(Error::Resource(format!(
                "table of {} elements exceeds the store's limit of {limit} elements",
                ty.limits.min
            )));
        }
        let max = ty.limits.max.unwrap_or(u32::MAX as u64).min(limit);
        let raw = store.val_to_raw(&init);
        let bytes = ty.limits.min * 8;
        if !store.budget.take(bytes) {
            return Err(over_budget(store, "table", bytes));
        }
        let mut elements = filled_elements(ty.limits.min as usize, raw).ok_or_else(|| {
            store.budget.give_back(bytes);
            Error::Resource(format!(
                "cannot allocate a table of {} elements",
                ty.limits.min
            ))
        })?;
        let vm = Box::new(VMTable {
            base: elements.as_mut_ptr(),
            len: elements.len() as u32,
        });
        store.tables.push(TableData {
            ty,
            elements,
            vm,
            max,
        });
        Ok(Table(store.tables.len() as u32 - 1))
    }

    /// Current length in elements.
    pub fn size(&self, store: &Store) -> u32 {
        store.tables[self.0 as usize].elements.len() as u32
    }

    /// Element `index`, or `None` out of bounds.
    pub fn get(&self, store: &Store, index: u32) -> Option<Val> {
        let t = &store.tables[self.0 as usize];
        let raw = *t.elements.get(index as usize)?;
        Some(store.raw_to_val(t.ty.element, raw))
    }

    /// Sets element `index`.
    ///
    /// # Errors
    /// [`Error::Usage`] out of bounds or for a value of another type.
    pub fn set(&self, store: &mut Store, index: u32, v: Val) -> Result<()> {
        if v.ty() != store.tables[self.0 as usize].ty.element {
            return Err(Error::Usage("table element of the wrong type".into()));
        }
        let raw = store.val_to_raw(&v);
        let t = &mut store.tables[self.0 as usize];
        let slot = t
            .elements
            .get_mut(index as usize)
            .ok_or_else(|| Error::Usage("table index out of bounds".into()))?;
        *slot = raw;
        Ok(())
    }

    /// Grows by `delta` elements set to `init`; returns the previous length.
    ///
    /// # Errors
    /// [`Error::Usage`] when `init` is not of the element type;
    /// [`Error::Resource`] past the table's maximum or the store's budget,
    /// or when the elements cannot be allocated.
    pub fn grow(&self, store: &mut Store, delta: u32, init: Val) -> Result<u32> {
        if init.ty() != store.tables[self.0 as usize].ty.element {
            return Err(Error::Usage("table element of the wrong type".into()));
        }
        let raw = store.val_to_raw(&init);
        let Store { tables, budget, .. } = store;
        tables[self.0 as usize]
            .grow_raw(budget, delta, raw)
            .ok_or_else(|| Error::Resource(format!("cannot grow table by {delta} elements")))
    }

    /// The table's type, with its current size as minimum.
    pub fn ty(&self, store: &Store) -> TableType {
        let t = &store.tables[self.0 as usize];
        TableType {
            element: t.ty.element,
            limits: crate::values::Limits {
                min: t.elements.len() as u64,
                max: t.ty.limits.max,
            },
        }
    }
}
