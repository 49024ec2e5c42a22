//! `StoreLimits`: the resource limits of one store.
//!
//! The spec lets an implementation refuse resources (§4.4.6.5 `table.grow`,
//! §4.4.7.9 `memory.grow` may fail; §4.5.3 allocation may fail; §4.4.10.1
//! "the call stack is exhausted"). These limits say where: they bound what
//! one untrusted module can take from the embedding process.

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
}

impl Default for StoreLimits {
    fn default() -> Self {
        StoreLimits {
            max_wasm_stack: 1 << 20,
            max_memory_pages: 65536,
            max_table_elements: 10_000_000,
        }
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
