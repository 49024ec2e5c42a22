//! Linear memories in a store: [`Memory`]'s methods.

use super::{over_budget, Store};
use crate::error::{Error, Result};
use crate::handles::Memory;
use crate::runtime::memory::{LinearMemory, MemoryPin, WASM_PAGE};
use crate::values::MemoryType;

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
        let checks = store.engine().bounds_checks();
        let mut m = LinearMemory::new(ty.limits.min, max, checks).inspect_err(|_| {
            store.budget.give_back(bytes);
        })?;
        m.set_declared_max(ty.limits.max);
        m.set_budget(&store.budget);
        Ok(Memory(store.memories.push(m)))
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
    /// [`Error::Resource`] when the maximum would be exceeded, the pages
    /// cannot be committed, or (32-bit processes) the memory would have to
    /// move while pinned.
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

    /// Address of the first byte: stable for the memory's lifetime in a
    /// 64-bit process; in a 32-bit one, while the memory is pinned
    /// ([`Memory::pin`]).
    pub fn data_ptr(&self, store: &Store) -> *mut u8 {
        store.memories[self.0 as usize].data().as_ptr() as *mut u8
    }

    /// Keeps [`Memory::data_ptr`] valid until the pin is dropped, for a
    /// borrower holding the address outside the store (a Python buffer
    /// view): in a 32-bit process, where a memory moves when it grows past
    /// its reservation, such a grow fails meanwhile ([`Memory::grow`] errs,
    /// `memory.grow` returns -1). Dropping the pin needs no store, so a
    /// view can end while another thread runs wasm in it.
    pub fn pin(&self, store: &Store) -> MemoryPin {
        store.memories[self.0 as usize].pin()
    }
}
