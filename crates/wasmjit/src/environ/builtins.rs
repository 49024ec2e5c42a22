//! Builtin indices: the entries of the builtins table that generated code
//! calls runtime functions and stubs through (`mov rax, [vmctx +
//! VMCTX_BUILTINS_OFF]; call [rax + 8 * index]`), as wasmtime's
//! `VMBuiltinFunctionsArray`. The table itself, the addresses, is the
//! runtime's (`runtime/builtins.rs`).

use super::vmoffsets::PtrSize;

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
    /// `runtime::helpers::entry::table_grow`.
    TableGrow,
    /// `runtime::helpers::entry::table_fill`.
    TableFill,
    /// `runtime::helpers::entry::table_copy`.
    TableCopy,
    /// `runtime::helpers::entry::table_init`.
    TableInit,
    /// `runtime::helpers::entry::elem_drop`.
    ElemDrop,
    /// `runtime::helpers::entry::memory_fill`.
    MemoryFill,
    /// `runtime::helpers::entry::memory_copy`.
    MemoryCopy,
    /// `runtime::helpers::entry::memory_init`.
    MemoryInit,
    /// `runtime::helpers::entry::data_drop`.
    DataDrop,
    /// `runtime::wide::i64_div_s` (the `i64` operations of 32-bit targets,
    /// which keep `i64` values in register pairs).
    I64DivS,
    /// `runtime::wide::i64_div_u`.
    I64DivU,
    /// `runtime::wide::i64_rem_s`.
    I64RemS,
    /// `runtime::wide::i64_rem_u`.
    I64RemU,
    /// `runtime::wide::i64_to_float`.
    I64ToFloat,
    /// `runtime::wide::float_to_i64`.
    FloatToI64,
    /// `runtime::helpers::entry::stack_check_failed`, called by the
    /// module's check stub (`compiler/link.rs`) when a stack-limit check
    /// fails: 0 to go on (after a hand-over), else a trap code.
    StackCheck,
}

/// The `kind` argument of [`Builtin::I64ToFloat`] and
/// [`Builtin::FloatToI64`] (bits).
pub mod conversion {
    /// `I64ToFloat`: the result is an `f64` (else `f32`).
    pub const TO_F64: u32 = 1;
    /// `FloatToI64`: the source is an `f64` (else `f32`).
    pub const FROM_F64: u32 = 1;
    /// Both: the integer is signed.
    pub const SIGNED: u32 = 2;
    /// `FloatToI64`: saturating (`trunc_sat`), never traps.
    pub const SATURATING: u32 = 4;
}

/// Number of entries of the table.
pub const BUILTIN_COUNT: usize = Builtin::StackCheck as usize + 1;

impl Builtin {
    /// Byte offset of the entry in the table (one pointer per entry).
    pub const fn offset(self, ptr: PtrSize) -> i32 {
        ptr.words(self as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_pointer_sized() {
        assert_eq!(Builtin::MemoryGrow.offset(PtrSize(8)), 8);
        assert_eq!(Builtin::DataDrop.offset(PtrSize(8)), 80);
        assert_eq!(Builtin::DataDrop.offset(PtrSize(4)), 40);
    }
}
