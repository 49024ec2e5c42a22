//! The builtins table: the addresses of the runtime functions and stubs that
//! generated code calls, in one process-wide array that every `VMContext`
//! points to (`VMCTX_BUILTINS_OFF`), as wasmtime's `VMBuiltinFunctionsArray`.
//!
//! Generated code names a builtin by its index ([`Builtin`]) and calls it as
//! `mov rax, [vmctx + VMCTX_BUILTINS_OFF]; call [rax + 8 * index]`, so
//! machine code holds no process address: one module compiles to the same
//! bytes in every process (and its code can be cached on disk).

use std::sync::OnceLock;

use super::helpers::entry;
use super::memory::memory_grow_helper;
use super::stubs::stubs;

/// The entries of the builtins table, in table order. Every function uses
/// the System V convention (`extern "sysv64"`); the arguments are those of
/// the function named in each variant's doc.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum Builtin {
    /// The trap exit stub (`Stubs::trap`): jumped to, not called, with the
    /// trap code in `eax`, the faulting pc in `rdx` and the context in `r15`.
    TrapExit,
    /// `runtime::memory::memory_grow_helper(vmmemory, delta)`.
    MemoryGrow,
    /// `helpers::entry::table_grow`.
    TableGrow,
    /// `helpers::entry::table_fill`.
    TableFill,
    /// `helpers::entry::table_copy`.
    TableCopy,
    /// `helpers::entry::table_init`.
    TableInit,
    /// `helpers::entry::elem_drop`.
    ElemDrop,
    /// `helpers::entry::memory_fill`.
    MemoryFill,
    /// `helpers::entry::memory_copy`.
    MemoryCopy,
    /// `helpers::entry::memory_init`.
    MemoryInit,
    /// `helpers::entry::data_drop`.
    DataDrop,
}

/// Number of entries of the table.
pub const BUILTIN_COUNT: usize = Builtin::DataDrop as usize + 1;

impl Builtin {
    /// Byte offset of the entry in the table.
    pub const fn offset(self) -> i32 {
        8 * self as i32
    }
}

/// The table (built on first use; lives as long as the process).
pub fn table() -> &'static [usize; BUILTIN_COUNT] {
    static TABLE: OnceLock<[usize; BUILTIN_COUNT]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0usize; BUILTIN_COUNT];
        t[Builtin::TrapExit as usize] = stubs().trap;
        t[Builtin::MemoryGrow as usize] = memory_grow_helper as *const () as usize;
        t[Builtin::TableGrow as usize] = entry::table_grow as *const () as usize;
        t[Builtin::TableFill as usize] = entry::table_fill as *const () as usize;
        t[Builtin::TableCopy as usize] = entry::table_copy as *const () as usize;
        t[Builtin::TableInit as usize] = entry::table_init as *const () as usize;
        t[Builtin::ElemDrop as usize] = entry::elem_drop as *const () as usize;
        t[Builtin::MemoryFill as usize] = entry::memory_fill as *const () as usize;
        t[Builtin::MemoryCopy as usize] = entry::memory_copy as *const () as usize;
        t[Builtin::MemoryInit as usize] = entry::memory_init as *const () as usize;
        t[Builtin::DataDrop as usize] = entry::data_drop as *const () as usize;
        t
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_is_filled() {
        assert!(table().iter().all(|&a| a != 0));
    }
}
