//! The entry points (`builtin_fn!`: System V on x86-64, cdecl on x86) through which generated code calls
//! the table and bulk memory operations of its store ([`VMStore`]).
//!
//! Calling convention of the entry points: the first argument is
//! the caller's `VMContext`; the store comes from its `VMStoreState`, which
//! points to the store while wasm runs, and the instance from the context's
//! instance index (`runtime/vm.rs`). They return 0, or a [`TrapKind`] code
//! that the generated code passes to the trap exit: a helper never unwinds
//! through generated code. `table.grow` returns the old size or -1 instead.

use crate::environ::vmoffsets::{VMCTX_INSTANCE_OFF, VMCTX_STATE_OFF};

use super::vm::VMStoreState;
use super::vmstore::{OpResult, VMStore};

/// The store and instance index of a running instance's context.
///
/// # Safety
/// `vmctx` is the `VMContext` of a live instance of a store that is
/// currently running wasm , and no other
/// reference to that store is used while the result lives.
unsafe fn context<'a>(vmctx: *mut u8) -> (&'a mut dyn VMStore, usize) {
    // SAFETY: per the contract, +0 holds the store's state pointer and the
    // state's `store` field points to the store during the call into wasm;
    // the instance index was written at instantiation.
    unsafe {
        let state = *(vmctx.add(VMCTX_STATE_OFF as usize) as *const *mut VMStoreState);
        let store = &mut *(*state).store;
        let inst = *(vmctx.add(VMCTX_INSTANCE_OFF as usize) as *const usize);
        (store, inst)
    }
}

fn code(r: OpResult) -> u32 {
    match r {
        Ok(()) => 0,
        Err(k) => k as u32,
    }
}

/// Declares the entry points (with `builtin_fn!`'s calling convention,
/// one per architecture on every OS): each gets the store and
/// instance from its `vmctx` argument and runs its body on them.
macro_rules! entry_points {
    ($($(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty = |$s:ident, $i:ident| $body:expr;)*) => {
        /// Entry points called from generated code (see the module docs).
        pub mod entry {
            #[allow(unused_imports)]
            use super::{code, context};
            $(
                builtin_fn! {
                $(#[$doc])*
                ///
                /// # Safety
                /// `vmctx` is the calling instance's `VMContext`, its store
                /// is running wasm, and the indices were validated.
                pub unsafe fn $name(vmctx: *mut u8, $($arg: $ty),*) -> $ret {
                    // SAFETY: guaranteed by the caller (generated code
                    // passes its context).
                    let ($s, $i) = unsafe { context(vmctx) };
                    $body
                }
                }
            )*
        }
    };
}

entry_points! {
    /// `table.grow`: old length or `u32::MAX`.
    /// (References are pointer-sized words: one argument register or
    /// cdecl stack word.)
    fn table_grow(table: u32, init: usize, delta: u32) -> u32 =
        |s, i| s.table_grow(i, table, init as u64, delta);
    /// `table.fill`: 0 or a trap code.
    fn table_fill(table: u32, dst: u32, val: usize, n: u32) -> u32 =
        |s, i| code(s.table_fill(i, table, dst, val as u64, n));
    /// `table.copy`: 0 or a trap code.
    fn table_copy(dst_table: u32, src_table: u32, dst: u32, src: u32, n: u32) -> u32 =
        |s, i| code(s.table_copy(i, dst_table, src_table, dst, src, n));
    /// `table.init`: 0 or a trap code.
    fn table_init(table: u32, elem: u32, dst: u32, src: u32, n: u32) -> u32 =
        |s, i| code(s.table_init(i, table, elem, dst, src, n));
    /// `elem.drop`: always 0.
    fn elem_drop(elem: u32) -> u32 = |s, i| { s.elem_drop(i, elem); 0 };
    /// `memory.fill`: 0 or a trap code.
    fn memory_fill(mem: u32, dst: u32, val: u32, n: u32) -> u32 =
        |s, i| code(s.memory_fill(i, mem, dst, val, n));
    /// `memory.copy`: 0 or a trap code.
    fn memory_copy(dst_mem: u32, src_mem: u32, dst: u32, src: u32, n: u32) -> u32 =
        |s, i| code(s.memory_copy(i, dst_mem, src_mem, dst, src, n));
    /// `memory.init`: 0 or a trap code.
    fn memory_init(mem: u32, data: u32, dst: u32, src: u32, n: u32) -> u32 =
        |s, i| code(s.memory_init(i, mem, data, dst, src, n));
    /// `data.drop`: always 0.
    fn data_drop(data: u32) -> u32 = |s, i| { s.data_drop(i, data); 0 };
    /// A failed stack-limit check: 0 to go on, else a trap code
    /// ([`VMStore::stack_check_failed`]).
    fn stack_check_failed() -> u32 = |s, _i| s.stack_check_failed();
}
