//! Functions in a store: wasm and host functions, host calls from wasm,
//! and [`Func`]'s methods.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;

use super::{Instance, Store};
use crate::error::{Error, Result, Trap, TrapKind};
use crate::handles::{Extern, Func, Memory};
use crate::runtime::stubs::stubs;
use crate::runtime::vm::{VMFuncRef, VMHostCtx};
use crate::values::{self, FuncType, Val};

/// A host function: receives the [`Caller`] (the store and the calling
/// instance), the arguments, and a result buffer of the declared length
/// (pre-filled with zeros of the result types). Returning `Err` traps; the
/// error comes out of the outermost wasm call ([`Trap::exit`] ends it with an
/// exit status instead).
pub type HostFn = Arc<HostCallback>;

/// The closure behind a [`HostFn`].
pub type HostCallback =
    dyn Fn(&mut Caller<'_>, &[Val], &mut [Val]) -> Result<(), Trap> + Send + Sync;

/// The closure of a host function on raw call slots
/// ([`Func::new_numeric`]).
type NumericCallback = dyn Fn(&mut Caller<'_>, &mut [u64]) -> Result<(), Trap> + Send + Sync;

pub(crate) enum FuncKind {
    /// Code of the instance at this index of the store (which its context
    /// belongs to); `quick`: it returns quickly (see
    /// [`Func::returns_quickly`]).
    Wasm { instance: u32, quick: bool },
    /// `words`: how many raw slots a call has (max(parameter words,
    /// result words)).
    Host {
        callback: Callback,
        words: usize,
        _ctx: Box<VMHostCtx>,
    },
}

pub(crate) enum Callback {
    /// On values ([`Func::new`]).
    Vals(HostFn),
    /// On the raw slots ([`Func::new_numeric`]).
    Slots(Arc<NumericCallback>),
}

pub(crate) struct FuncData {
    pub ty: Arc<FuncType>,
    pub funcref: Box<VMFuncRef>,
    pub kind: FuncKind,
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

/// A call of host function `index` from wasm instance `instance` (`None`:
/// straight from the host), with its arguments in `slots` (results are
/// written there). Returns 0, or a trap code after leaving the trap in the
/// state ([`crate::runtime::vmstore::VMStore::call_host`]).
///
/// # Safety
/// `store` is inside `invoke_raw`; `slots` holds max(parameter words,
/// result words) argument slots (the caller's outgoing area, compiler
/// `max_out`; a `v128` takes two words).
pub(super) unsafe fn call_host(
    store: &mut Store,
    index: u32,
    instance: Option<Instance>,
    slots: *mut u64,
) -> u32 {
    let fd = &store.funcs[index as usize];
    let FuncKind::Host {
        callback, words, ..
    } = &fd.kind
    else {
        unreachable!("host trampoline of a wasm function")
    };
    // SAFETY: the caller's outgoing area has max(parameter words, result
    // words) slots (compiler `max_out`).
    let slots = unsafe { std::slice::from_raw_parts_mut(slots, *words) };
    // Not clones of the `Arc`s (their two atomic operations were a tenth
    // of a host call): functions leave the store only by `Store::collect`,
    // which refuses to run while wasm runs, as it does until we return.
    let outcome = match callback {
        Callback::Slots(f) => {
            let f: *const NumericCallback = Arc::as_ptr(f);
            // SAFETY: see above; the closure is `Sync` and only borrowed.
            guarded(store, |store| unsafe {
                (*f)(&mut Caller { store, instance }, slots)
            })
        }
        Callback::Vals(f) => {
            let f: *const HostCallback = Arc::as_ptr(f);
            // SAFETY: as above.
            call_on_vals(store, index, instance, unsafe { &*f }, slots)
        }
    };
    match outcome {
        Ok(()) => 0,
        Err(trap) => {
            let code = trap.kind() as u32;
            store.state.pending_trap = Some(trap);
            code
        }
    }
}

/// Runs host code `f` on `store`: a panic becomes a host-error trap, and
/// the store's record of its innermost entry is kept. (A host function
/// that switches to another call stack on this thread, a greenlet, may let
/// that one enter the store and switch back before leaving it: then the
/// store's record of its innermost entry is that other stack's, and
/// returning into wasm with it would make a trap resume on the wrong
/// stack. Ours is put back and the store marked as entered out of order,
/// so that its next call fails with a clear error instead,
/// `Store::invoke_raw`.)
fn guarded(store: &mut Store, f: impl FnOnce(&mut Store) -> Result<(), Trap>) -> Result<(), Trap> {
    let entry_sp = store.state.entry_sp;
    let outcome = catch_unwind(AssertUnwindSafe(|| f(&mut *store)));
    if store.state.entry_sp != entry_sp {
        store.state.entry_sp = entry_sp;
        store.interleaved = true;
    }
    outcome.unwrap_or_else(|_| {
        Err(Trap::with_message(
            TrapKind::HostError,
            "host function panicked",
        ))
    })
}

/// A call of a host function of [`Func::new`]: the arguments are read
/// from `slots` into values, the results written back after a check of
/// their types.
fn call_on_vals(
    store: &mut Store,
    index: u32,
    instance: Option<Instance>,
    f: &HostCallback,
    slots: &mut [u64],
) -> Result<(), Trap> {
    // Arguments and results go into a buffer the store keeps between calls,
    // so that a host call allocates nothing and its frame stays small (host
    // calls nest through re-entrant wasm calls). A nested call finds the
    // buffer taken and makes its own.
    let mut vals = std::mem::take(&mut store.host_vals);
    vals.clear();
    let ty = &store.funcs[index as usize].ty;
    let mut at = 0;
    for &t in ty.params() {
        vals.push(store.read_raw(t, slots, at));
        at += t.slot_words();
    }
    vals.extend(ty.results().iter().map(|&t| Val::default_for(t)));
    let (args, results) = vals.split_at_mut(ty.params().len());
    guarded(store, |store| {
        f(&mut Caller { store, instance }, args, results)
    })?;
    // Functions are never removed, so the index still names ours.
    let ty = &store.funcs[index as usize].ty;
    if let Some((i, _)) = results
        .iter()
        .zip(ty.results())
        .enumerate()
        .find(|(_, (v, t))| v.ty() != **t)
    {
        return Err(Trap::with_message(
            TrapKind::HostError,
            format!("host function result {i} has the wrong type"),
        ));
    }
    let mut at = 0;
    for v in results.iter() {
        store.write_raw(v, slots, at);
        at += v.ty().slot_words();
    }
    store.host_vals = vals;
    Ok(())
}

impl Func {
    /// A host function of type `ty` (see [`HostFn`]).
    pub fn new(
        store: &mut Store,
        ty: FuncType,
        f: impl Fn(&mut Caller<'_>, &[Val], &mut [Val]) -> Result<(), Trap> + Send + Sync + 'static,
    ) -> Func {
        Func::host(store, ty, Callback::Vals(Arc::new(f)))
    }

    /// A host function of type `ty`, which has no reference type, called
    /// on the call's raw slots: no value is built or checked around its
    /// calls (made for hot embedder paths). `f` gets the [`Caller`] and
    /// the slots (max(parameter words, result words) of them; a type's
    /// words are [`ValType::slot_words`]): parameter `i` is at the sum of
    /// the words of the parameters before it ([`Val::from_slots`]), and
    /// `f` writes the results the same way from word 0 ([`Val::to_slots`]);
    /// a result it does not write is whatever bits the slot held.
    /// Returning `Err` traps, as for [`Func::new`].
    ///
    /// # Errors
    /// [`Error::Usage`] when `ty` has a `funcref` or `externref` parameter
    /// or result (a raw slot of a reference holds an address of the store).
    pub fn new_numeric(
        store: &mut Store,
        ty: FuncType,
        f: impl Fn(&mut Caller<'_>, &mut [u64]) -> Result<(), Trap> + Send + Sync + 'static,
    ) -> Result<Func> {
        if ty.params().iter().chain(ty.results()).any(|t| t.is_ref()) {
            return Err(Error::Usage(format!(
                "Func::new_numeric: type {ty} has a reference type"
            )));
        }
        Ok(Func::host(store, ty, Callback::Slots(Arc::new(f))))
    }

    fn host(store: &mut Store, ty: FuncType, callback: Callback) -> Func {
        let words = values::words(ty.params()).max(values::words(ty.results()));
        let index = store.funcs.next_index();
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
                callback,
                words,
                _ctx: ctx,
            },
        )
    }

    /// Whether a call of this function returns quickly, whatever its
    /// arguments: a wasm function whose body (at most 16 KiB) has no loop,
    /// no call and no bulk memory or table operation, so that each
    /// instruction runs at most once (tens of microseconds at the very
    /// most). An embedder may keep a lock such as Python's GIL across
    /// such a call. `false` for host functions and everything else.
    pub fn returns_quickly(&self, store: &Store) -> bool {
        matches!(
            store.funcs[self.0 as usize].kind,
            FuncKind::Wasm { quick: true, .. }
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
        let n = values::words(fd.ty.params())
            .max(values::words(fd.ty.results()))
            .max(1);
        let mut inline = [0u64; INLINE];
        let mut heap = Vec::new();
        let slots: &mut [u64] = if n <= INLINE {
            &mut inline[..n]
        } else {
            heap.resize(n, 0);
            &mut heap
        };
        let mut at = 0;
        for a in args {
            store.write_raw(a, slots, at);
            at += a.ty().slot_words();
        }
        store.invoke_raw(*self, slots)?;
        let ty = &store.funcs[self.0 as usize].ty;
        let mut at = 0;
        for (r, &t) in results.iter_mut().zip(ty.results()) {
            *r = store.read_raw(t, slots, at);
            at += t.slot_words();
        }
        Ok(())
    }
}
