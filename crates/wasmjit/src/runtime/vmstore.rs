//! The one interface through which the runtime calls back into the store
//! that owns the running code (after wasmtime's `VMStore`): the runtime
//! knows contexts, frames and trap codes, the store knows its objects.
//!
//! While wasm runs, the store's `VMStoreState::store` points to it as a
//! `*mut dyn VMStore` (set at every entry from the host). The runtime's
//! entry points (the table and bulk memory builtins in `helpers.rs`, the
//! host trampoline's dispatcher here) find it through the caller's context
//! and call one method of this trait; they never name the store's type.

use crate::environ::vmoffsets::VMCTX_INSTANCE_OFF;
use crate::error::TrapKind;

use super::stubs::ENTRY_FRAME_SIZE;
use super::vm::VMHostCtx;

/// Result of a table or memory operation: `Err` is the trap it raises.
pub type OpResult = Result<(), TrapKind>;

/// What generated code needs of the store it runs in. `instance` is the
/// calling instance's index in its store (the context's instance word);
/// table, segment and memory indices are the instance's own, validated by
/// the compiler. The operations are those of the spec's table and memory
/// instructions (§4.4.6, §4.4.7); each checks every bound before writing,
/// so a trapping one changes nothing.
pub trait VMStore {
    /// `table.grow` (§4.4.6.5): the old length, or `u32::MAX` (-1) when the
    /// table cannot grow by `delta` elements set to the raw reference `init`.
    fn table_grow(&mut self, instance: usize, table: u32, init: u64, delta: u32) -> u32;
    /// `table.fill` (§4.4.6.6).
    fn table_fill(&mut self, instance: usize, table: u32, dst: u32, val: u64, n: u32) -> OpResult;
    /// `table.copy` (§4.4.6.7).
    fn table_copy(
        &mut self,
        instance: usize,
        dst_table: u32,
        src_table: u32,
        dst: u32,
        src: u32,
        n: u32,
    ) -> OpResult;
    /// `table.init` (§4.4.6.8).
    fn table_init(
        &mut self,
        instance: usize,
        table: u32,
        elem: u32,
        dst: u32,
        src: u32,
        n: u32,
    ) -> OpResult;
    /// `elem.drop` (§4.4.6.9).
    fn elem_drop(&mut self, instance: usize, elem: u32);
    /// `memory.fill` (§4.4.7.9) on memory `mem`.
    fn memory_fill(&mut self, instance: usize, mem: u32, dst: u32, val: u32, n: u32) -> OpResult;
    /// `memory.copy` (§4.4.7.10) from memory `src_mem` to `dst_mem`.
    fn memory_copy(
        &mut self,
        instance: usize,
        dst_mem: u32,
        src_mem: u32,
        dst: u32,
        src: u32,
        n: u32,
    ) -> OpResult;
    /// `memory.init` (§4.4.7.11) of memory `mem`.
    fn memory_init(
        &mut self,
        instance: usize,
        mem: u32,
        data: u32,
        dst: u32,
        src: u32,
        n: u32,
    ) -> OpResult;
    /// `data.drop` (§4.4.7.12).
    fn data_drop(&mut self, instance: usize, data: u32);
    /// A stack-limit check (a prologue's or a loop header's) failed: a
    /// hand-over request is served (returns 0: the code checks again), an
    /// interrupt request becomes [`TrapKind::Interrupt`], else the stack
    /// is exhausted ([`TrapKind::StackOverflow`]). Returns 0 or the code.
    fn stack_check_failed(&mut self) -> u32;
    /// Calls host function `func` (its index in the store) for wasm
    /// instance `caller` (`None`: called straight from the host) with the
    /// arguments in `slots`, and writes its results there. Returns 0, or a
    /// trap code after leaving the trap in the store's `VMStoreState`.
    ///
    /// # Safety
    /// `slots` holds max(params, results) of the function's argument slots.
    unsafe fn call_host(&mut self, func: u32, caller: Option<u32>, slots: *mut u64) -> u32;
}

builtin_fn! {
/// Called by the host trampoline for every call of a host function from
/// wasm or from the entry trampoline: finds the calling instance from the
/// caller's frame and hands the call to the store
/// ([`VMStore::call_host`]). Returns 0, or a trap code after leaving the
/// trap in the state.
///
/// # Safety
/// `ctx` is the `VMHostCtx` of a live host function, whose state points to
/// a store that is running wasm; `slots` holds max(params, results)
/// argument slots; `caller_fp` is the frame pointer of the frame that called
/// the host trampoline: the entry trampoline's (the host function is called
/// directly from the host) or a wasm function's, which saved its
/// `VMContext` at `[caller_fp - 8]` before the call (`compiler/calls.rs`).
pub unsafe fn host_call_dispatch(
    ctx: *mut VMHostCtx,
    slots: *mut u64,
    caller_fp: usize,
) -> u32 {
    // SAFETY: see the function's contract; nothing here keeps a reference
    // to the state, which the store owns.
    let (store, entry_sp, index) = unsafe {
        (
            (*(*ctx).state).store,
            (*(*ctx).state).entry_sp,
            (*ctx).func_index,
        )
    };
    let caller = if caller_fp == entry_sp + ENTRY_FRAME_SIZE {
        None
    } else {
        // SAFETY: a wasm caller's frame holds its live `VMContext` at
        // `[fp - 8]`, whose instance-index word is set at instantiation.
        let index = unsafe {
            let vmctx = *((caller_fp - 8) as *const *const u8);
            *(vmctx.add(VMCTX_INSTANCE_OFF as usize) as *const usize)
        };
        Some(index as u32)
    };
    // SAFETY: `store` was set by the entry from the host that is running
    // below us; the slots are as the contract says.
    unsafe { (*store).call_host(index, caller, slots) }
}
}
