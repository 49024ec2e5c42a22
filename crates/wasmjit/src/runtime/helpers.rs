//! Table and bulk memory operations (spec §4.4.6 table instructions, §4.4.7
//! memory instructions `memory.fill/copy/init`, `data.drop`), and the
//! `extern "sysv64"` entry points generated code calls them through.
//!
//! Every operation checks all of its bounds before it writes anything, so an
//! out-of-bounds operation traps with nothing changed (Wasm 2.0 semantics).
//! Lengths are compared in 64-bit arithmetic, so `offset + n` never wraps.
//!
//! Calling convention of the entry points (System V): the first argument is
//! the caller's `VMContext`; the store comes from its `VMStoreState`, which
//! points to the store while wasm runs, and the instance from the context's
//! instance index (`runtime/vm.rs`). They return 0, or a [`TrapKind`] code
//! that the generated code passes to the trap exit: a helper never unwinds
//! through generated code. `table.grow` returns the old size or -1 instead.

use crate::error::TrapKind;
use crate::store::Store;

use super::vm::{VMStoreState, VMCTX_INSTANCE_OFF, VMCTX_STATE_OFF};

/// Result of a table or memory operation: `Err` is the trap it raises.
pub type OpResult = Result<(), TrapKind>;

/// Whether `[start, start + n)` lies within `len` elements.
fn fits(start: u32, n: u32, len: usize) -> bool {
    start as u64 + n as u64 <= len as u64
}

/// `table.fill` (§4.4.6.6): sets `n` elements of the instance's table
/// `table` from `dst` on to the raw reference `val`.
///
/// # Errors
/// [`TrapKind::BulkOutOfBounds`] when `dst + n` exceeds the table's length.
pub fn table_fill(
    store: &mut Store,
    inst: usize,
    table: u32,
    dst: u32,
    val: u64,
    n: u32,
) -> OpResult {
    let t = store.instances[inst].tables[table as usize];
    let elems = &mut store.tables[t.0 as usize].elements;
    if !fits(dst, n, elems.len()) {
        return Err(TrapKind::BulkOutOfBounds);
    }
    elems[dst as usize..(dst + n) as usize].fill(val);
    Ok(())
}

/// `table.copy` (§4.4.6.7): copies `n` elements from `src` in table
/// `src_table` to `dst` in table `dst_table` (instance-relative indices);
/// overlapping ranges of one table behave as if copied through a buffer.
///
/// # Errors
/// [`TrapKind::BulkOutOfBounds`] when either range exceeds its table.
pub fn table_copy(
    store: &mut Store,
    inst: usize,
    dst_table: u32,
    src_table: u32,
    dst: u32,
    src: u32,
    n: u32,
) -> OpResult {
    let d = store.instances[inst].tables[dst_table as usize].0 as usize;
    let s = store.instances[inst].tables[src_table as usize].0 as usize;
    if !fits(dst, n, store.tables[d].elements.len())
        || !fits(src, n, store.tables[s].elements.len())
    {
        return Err(TrapKind::BulkOutOfBounds);
    }
    let (dst, src, n) = (dst as usize, src as usize, n as usize);
    if d == s {
        store.tables[d].elements.copy_within(src..src + n, dst);
    } else {
        let tmp = store.tables[s].elements[src..src + n].to_vec();
        store.tables[d].elements[dst..dst + n].copy_from_slice(&tmp);
    }
    Ok(())
}

/// `table.init` (§4.4.6.8): copies `n` references from offset `src` of the
/// instance's element segment `elem` (empty once dropped) to `dst` in table
/// `table`.
///
/// # Errors
/// [`TrapKind::BulkOutOfBounds`] when either range is out of bounds.
pub fn table_init(
    store: &mut Store,
    inst: usize,
    table: u32,
    elem: u32,
    dst: u32,
    src: u32,
    n: u32,
) -> OpResult {
    let data = &store.instances[inst];
    let seg = &data.elems[elem as usize];
    let t = &mut store.tables[data.tables[table as usize].0 as usize];
    if !fits(dst, n, t.elements.len()) || !fits(src, n, seg.len()) {
        return Err(TrapKind::BulkOutOfBounds);
    }
    let (dst, src, n) = (dst as usize, src as usize, n as usize);
    t.elements[dst..dst + n].copy_from_slice(&seg[src..src + n]);
    Ok(())
}

/// `elem.drop` (§4.4.6.9): element segment `elem` becomes empty.
pub fn elem_drop(store: &mut Store, inst: usize, elem: u32) {
    store.instances[inst].elems[elem as usize] = Box::new([]);
}

/// `table.grow` (§4.4.6.5): appends `delta` elements set to the raw
/// reference `init`. Returns the old length, or `u32::MAX` (-1) when the
/// table's maximum (or the engine's limit) would be exceeded.
pub fn table_grow(store: &mut Store, inst: usize, table: u32, init: u64, delta: u32) -> u32 {
    let t = store.instances[inst].tables[table as usize];
    let Store { tables, budget, .. } = store;
    tables[t.0 as usize]
        .grow_raw(budget, delta, init)
        .unwrap_or(u32::MAX)
}

/// `memory.fill` (§4.4.7.9): sets `n` bytes of memory 0 from `dst` on to
/// the low byte of `val`.
///
/// # Errors
/// [`TrapKind::MemoryOutOfBounds`] when `dst + n` exceeds the memory.
pub fn memory_fill(store: &mut Store, inst: usize, dst: u32, val: u32, n: u32) -> OpResult {
    let m = store.instances[inst].memories[0];
    let bytes = store.memories[m.0 as usize].data_mut();
    if !fits(dst, n, bytes.len()) {
        return Err(TrapKind::MemoryOutOfBounds);
    }
    bytes[dst as usize..(dst + n) as usize].fill(val as u8);
    Ok(())
}

/// `memory.copy` (§4.4.7.10): copies `n` bytes of memory 0 from `src` to
/// `dst`; overlapping ranges behave as `memmove`.
///
/// # Errors
/// [`TrapKind::MemoryOutOfBounds`] when either range exceeds the memory.
pub fn memory_copy(store: &mut Store, inst: usize, dst: u32, src: u32, n: u32) -> OpResult {
    let m = store.instances[inst].memories[0];
    let bytes = store.memories[m.0 as usize].data_mut();
    if !fits(dst, n, bytes.len()) || !fits(src, n, bytes.len()) {
        return Err(TrapKind::MemoryOutOfBounds);
    }
    let (dst, src, n) = (dst as usize, src as usize, n as usize);
    bytes.copy_within(src..src + n, dst);
    Ok(())
}

/// `memory.init` (§4.4.7.11): copies `n` bytes from offset `src` of the
/// instance's data segment `data` (empty once dropped) to `dst` in memory
/// `mem`.
///
/// # Errors
/// [`TrapKind::MemoryOutOfBounds`] when either range is out of bounds.
pub fn memory_init(
    store: &mut Store,
    inst: usize,
    mem: u32,
    data: u32,
    dst: u32,
    src: u32,
    n: u32,
) -> OpResult {
    let idata = &store.instances[inst];
    let seg: &[u8] = if idata.dropped_data[data as usize] {
        &[]
    } else {
        &idata.module.0.data[data as usize].bytes
    };
    let bytes = store.memories[idata.memories[mem as usize].0 as usize].data_mut();
    if !fits(dst, n, bytes.len()) || !fits(src, n, seg.len()) {
        return Err(TrapKind::MemoryOutOfBounds);
    }
    let (dst, src, n) = (dst as usize, src as usize, n as usize);
    bytes[dst..dst + n].copy_from_slice(&seg[src..src + n]);
    Ok(())
}

/// `data.drop` (§4.4.7.12): data segment `data` becomes empty.
pub fn data_drop(store: &mut Store, inst: usize, data: u32) {
    store.instances[inst].dropped_data[data as usize] = true;
}

/// The store and instance index of a running instance's context.
///
/// # Safety
/// `vmctx` is the `VMContext` of a live instance of a store that is
/// currently running wasm (inside `Store::invoke_raw`), and no other
/// reference to that store is used while the result lives.
unsafe fn context<'a>(vmctx: *mut u8) -> (&'a mut Store, usize) {
    // SAFETY: per the contract, +0 holds the store's state pointer and the
    // state's `store` field points to the store during the call into wasm;
    // the instance index was written at instantiation.
    unsafe {
        let state = *(vmctx.add(VMCTX_STATE_OFF as usize) as *const *mut VMStoreState);
        let store = &mut *(*state).store;
        let inst = *(vmctx.add(VMCTX_INSTANCE_OFF as usize) as *const u64) as usize;
        (store, inst)
    }
}

fn code(r: OpResult) -> u32 {
    match r {
        Ok(()) => 0,
        Err(k) => k as u32,
    }
}

/// Declares the `extern "sysv64"` entry points (System V on every OS,
/// Windows included, so generated code has one calling convention): each gets the store and
/// instance from its `vmctx` argument and runs its body on them.
macro_rules! entry_points {
    ($($(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty = |$s:ident, $i:ident| $body:expr;)*) => {
        /// Entry points called from generated code (see the module docs).
        pub mod entry {
            #[allow(unused_imports)]
            use super::{code, context};
            $(
                $(#[$doc])*
                ///
                /// # Safety
                /// `vmctx` is the calling instance's `VMContext`, its store
                /// is running wasm, and the indices were validated.
                pub unsafe extern "sysv64" fn $name(vmctx: *mut u8, $($arg: $ty),*) -> $ret {
                    // SAFETY: guaranteed by the caller (generated code passes r15).
                    let ($s, $i) = unsafe { context(vmctx) };
                    $body
                }
            )*
        }
    };
}

entry_points! {
    /// `table.grow`: old length or `u32::MAX`.
    fn table_grow(table: u32, init: u64, delta: u32) -> u32 =
        |s, i| super::table_grow(s, i, table, init, delta);
    /// `table.fill`: 0 or a trap code.
    fn table_fill(table: u32, dst: u32, val: u64, n: u32) -> u32 =
        |s, i| code(super::table_fill(s, i, table, dst, val, n));
    /// `table.copy`: 0 or a trap code.
    fn table_copy(dst_table: u32, src_table: u32, dst: u32, src: u32, n: u32) -> u32 =
        |s, i| code(super::table_copy(s, i, dst_table, src_table, dst, src, n));
    /// `table.init`: 0 or a trap code.
    fn table_init(table: u32, elem: u32, dst: u32, src: u32, n: u32) -> u32 =
        |s, i| code(super::table_init(s, i, table, elem, dst, src, n));
    /// `elem.drop`: always 0.
    fn elem_drop(elem: u32) -> u32 = |s, i| { super::elem_drop(s, i, elem); 0 };
    /// `memory.fill`: 0 or a trap code.
    fn memory_fill(dst: u32, val: u32, n: u32) -> u32 =
        |s, i| code(super::memory_fill(s, i, dst, val, n));
    /// `memory.copy`: 0 or a trap code.
    fn memory_copy(dst: u32, src: u32, n: u32) -> u32 =
        |s, i| code(super::memory_copy(s, i, dst, src, n));
    /// `memory.init` on memory 0: 0 or a trap code.
    fn memory_init(data: u32, dst: u32, src: u32, n: u32) -> u32 =
        |s, i| code(super::memory_init(s, i, 0, data, dst, src, n));
    /// `data.drop`: always 0.
    fn data_drop(data: u32) -> u32 = |s, i| { super::data_drop(s, i, data); 0 };
}
