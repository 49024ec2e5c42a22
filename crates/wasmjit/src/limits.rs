//! `StoreLimits`: the resource limits of one store.
//!
//! The spec lets an implementation refuse resources (§4.4.6.5 `table.grow`,
//! §4.4.7.9 `memory.grow` may fail; §4.5.3 allocation may fail; §4.4.10.1
//! "the call stack is exhausted"). These limits say where: they bound what
//! one untrusted module can take from the embedding process.

use std::sync::atomic::{AtomicU64, Ordering};

/// Resource limits of a store, fixed per memory and table when it is
/// created: [`crate::Store::set_limits`] affects the memories and tables
/// created afterwards, and the stack limit of the next call from the host.
/// A store starts with its engine's ([`crate::Engine::with_limits`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StoreLimits {
    /// Most bytes of native stack that wasm frames may use below the host
    /// frame that first entered wasm (never more than the thread's own stack
    /// leaves). Deeper recursion traps with
    /// [`crate::TrapKind::StackOverflow`]. Default: 1 MiB.
    pub max_wasm_stack: usize,
    /// Most 64 KiB pages any one memory may have, whatever its declared
    /// maximum: creating a memory whose minimum is larger fails with
    /// [`crate::Error::Resource`], and `memory.grow` past it returns -1.
    /// At most 65536 (4 GiB, the 32-bit address space). Default: 65536.
    pub max_memory_pages: u64,
    /// Most elements any one table may have, with the same effects for
    /// tables and `table.grow`. Default: 10,000,000 (80 MB of elements).
    pub max_table_elements: u32,
    /// Most bytes all memories (64 KiB per page) and tables (8 bytes per
    /// element) of the store may have together, so that many of them cannot
    /// add up to more than one would be allowed: creating one past it fails
    /// with [`crate::Error::Resource`], `memory.grow`/`table.grow` past it
    /// return -1. Default: 2 GiB.
    pub max_store_bytes: u64,
}

impl Default for StoreLimits {
    fn default() -> Self {
        StoreLimits {
            max_wasm_stack: 1 << 20,
            max_memory_pages: 65536,
            max_table_elements: 10_000_000,
            max_store_bytes: 2 << 30,
        }
    }
}

/// The bytes of memories and tables a store has allocated, held to
/// [`StoreLimits::max_store_bytes`]. The store owns it in a box; its memories
/// point to it, so that `memory.grow` from generated code is held to it too.
#[derive(Debug, Default)]
pub(crate) struct Budget {
    pub limit: AtomicU64,
    pub used: AtomicU64,
}

impl Budget {
    /// Takes `bytes` from the budget; `false` (taking nothing) when they do
    /// not fit.
    pub fn take(&self, bytes: u64) -> bool {
        let limit = self.limit.load(Ordering::Relaxed);
        self.used
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |used| {
                used.checked_add(bytes).filter(|&n| n <= limit)
            })
            .is_ok()
    }

    /// Gives back `bytes` taken before (an allocation that failed after
    /// all, or an object freed).
    pub fn give_back(&self, bytes: u64) {
        self.used.fetch_sub(bytes, Ordering::Relaxed);
    }
}

impl StoreLimits {
    /// Checks the values the engine cannot honour.
    ///
    /// # Errors
    /// [`crate::Error::Usage`] when `max_memory_pages` is over 65536 (the
    /// 32-bit address space).
    pub fn check(&self) -> crate::Result<()> {
        if self.max_memory_pages > 65536 {
            return Err(crate::Error::Usage(format!(
                "max_memory_pages is {}, more than the 65536 pages of a 32-bit memory",
                self.max_memory_pages
            )));
        }
        Ok(())
    }
}
