//! The builtins table: the addresses of the runtime functions and stubs that
//! generated code calls, in one process-wide array that every `VMContext`
//! points to (`VMCTX_BUILTINS_OFF`), as wasmtime's `VMBuiltinFunctionsArray`.
//!
//! Generated code names a builtin by its index ([`Builtin`]) and calls it as
//! `mov rax, [vmctx + VMCTX_BUILTINS_OFF]; call [rax + 8 * index]`, so
//! machine code holds no process address: one module compiles to the same
//! bytes in every process (and its code can be cached on disk).

use std::sync::OnceLock;

use crate::environ::builtins::{Builtin, BUILTIN_COUNT};

use super::helpers::entry;
use super::memory::memory_grow_helper;
use super::stubs::stubs;
use super::wide;

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
        t[Builtin::I64DivS as usize] = wide::i64_div_s as *const () as usize;
        t[Builtin::I64DivU as usize] = wide::i64_div_u as *const () as usize;
        t[Builtin::I64RemS as usize] = wide::i64_rem_s as *const () as usize;
        t[Builtin::I64RemU as usize] = wide::i64_rem_u as *const () as usize;
        t[Builtin::I64ToFloat as usize] = wide::i64_to_float as *const () as usize;
        t[Builtin::FloatToI64 as usize] = wide::float_to_i64 as *const () as usize;
        t[Builtin::StackCheck as usize] = entry::stack_check_failed as *const () as usize;
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
