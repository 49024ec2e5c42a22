//! Table and bulk memory operations (spec §4.4.6 table instructions, §4.4.7
//! memory instructions `memory.fill/copy/init`, `data.drop`) on a store's
//! objects, called by generated code through the runtime's [`VMStore`]
//! interface (implemented at the bottom) and by instantiation (active
//! segments).
//!
//! Every operation checks all of its bounds before it writes anything, so an
//! out-of-bounds operation traps with nothing changed (Wasm 2.0 semantics).
//! Lengths are compared in 64-bit arithmetic, so `offset + n` never wraps.

use super::{Instance, Store};
use crate::error::TrapKind;
use crate::runtime::vmstore::{OpResult, VMStore};

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
    let seg = &data.elems[elem as usize].1;
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
    store.instances[inst].elems[elem as usize].1 = Box::new([]);
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

/// `memory.fill` (§4.4.7.9): sets `n` bytes of memory `mem` from `dst` on
/// to the low byte of `val`.
///
/// # Errors
/// [`TrapKind::MemoryOutOfBounds`] when `dst + n` exceeds the memory.
pub fn memory_fill(
    store: &mut Store,
    inst: usize,
    mem: u32,
    dst: u32,
    val: u32,
    n: u32,
) -> OpResult {
    let m = store.instances[inst].memories[mem as usize];
    let bytes = store.memories[m.0 as usize].data_mut();
    if !fits(dst, n, bytes.len()) {
        return Err(TrapKind::MemoryOutOfBounds);
    }
    bytes[dst as usize..(dst + n) as usize].fill(val as u8);
    Ok(())
}

/// `memory.copy` (§4.4.7.10): copies `n` bytes from `src` in memory
/// `src_mem` to `dst` in memory `dst_mem`; overlapping ranges (of one
/// memory, also when both indices name it, through two imports) behave as
/// `memmove`.
///
/// # Errors
/// [`TrapKind::MemoryOutOfBounds`] when either range exceeds its memory.
pub fn memory_copy(
    store: &mut Store,
    inst: usize,
    dst_mem: u32,
    src_mem: u32,
    dst: u32,
    src: u32,
    n: u32,
) -> OpResult {
    let mems = &store.instances[inst].memories;
    let (d, s) = (
        mems[dst_mem as usize].0 as usize,
        mems[src_mem as usize].0 as usize,
    );
    if d == s {
        let bytes = store.memories[d].data_mut();
        if !fits(dst, n, bytes.len()) || !fits(src, n, bytes.len()) {
            return Err(TrapKind::MemoryOutOfBounds);
        }
        let (dst, src, n) = (dst as usize, src as usize, n as usize);
        bytes.copy_within(src..src + n, dst);
        return Ok(());
    }
    let (to, from) = store.memories.pair_mut(d, s);
    let (to, from) = (to.data_mut(), from.data());
    if !fits(dst, n, to.len()) || !fits(src, n, from.len()) {
        return Err(TrapKind::MemoryOutOfBounds);
    }
    let (dst, src, n) = (dst as usize, src as usize, n as usize);
    to[dst..dst + n].copy_from_slice(&from[src..src + n]);
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

/// The runtime's view of a store: the operations above, and host calls
/// (`func.rs`).
impl VMStore for Store {
    fn table_grow(&mut self, instance: usize, table: u32, init: u64, delta: u32) -> u32 {
        table_grow(self, instance, table, init, delta)
    }
    fn table_fill(&mut self, instance: usize, table: u32, dst: u32, val: u64, n: u32) -> OpResult {
        table_fill(self, instance, table, dst, val, n)
    }
    fn table_copy(
        &mut self,
        instance: usize,
        dst_table: u32,
        src_table: u32,
        dst: u32,
        src: u32,
        n: u32,
    ) -> OpResult {
        table_copy(self, instance, dst_table, src_table, dst, src, n)
    }
    fn table_init(
        &mut self,
        instance: usize,
        table: u32,
        elem: u32,
        dst: u32,
        src: u32,
        n: u32,
    ) -> OpResult {
        table_init(self, instance, table, elem, dst, src, n)
    }
    fn elem_drop(&mut self, instance: usize, elem: u32) {
        elem_drop(self, instance, elem)
    }
    fn memory_fill(&mut self, instance: usize, mem: u32, dst: u32, val: u32, n: u32) -> OpResult {
        memory_fill(self, instance, mem, dst, val, n)
    }
    fn memory_copy(
        &mut self,
        instance: usize,
        dst_mem: u32,
        src_mem: u32,
        dst: u32,
        src: u32,
        n: u32,
    ) -> OpResult {
        memory_copy(self, instance, dst_mem, src_mem, dst, src, n)
    }
    fn memory_init(
        &mut self,
        instance: usize,
        mem: u32,
        data: u32,
        dst: u32,
        src: u32,
        n: u32,
    ) -> OpResult {
        memory_init(self, instance, mem, data, dst, src, n)
    }
    fn data_drop(&mut self, instance: usize, data: u32) {
        data_drop(self, instance, data)
    }
    fn stack_check_failed(&mut self) -> u32 {
        self.limits.stack_check_failed()
    }
    unsafe fn call_host(&mut self, func: u32, caller: Option<u32>, slots: *mut u64) -> u32 {
        // SAFETY: the trait method's contract.
        unsafe { super::func::call_host(self, func, caller.map(Instance), slots) }
    }
}
