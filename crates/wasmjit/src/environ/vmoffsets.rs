//! The `VMContext` layout as plain data: the byte offsets generated code
//! bakes into instructions, for the compiler (which emits them) and the
//! runtime (whose `#[repr(C)]` structs in `runtime/vm.rs` have them; its
//! layout tests keep the two in agreement).
//!
//! ```text
//! VMContext (one per instance, 8-byte words, never moves)
//!   +0   *mut VMStoreState     shared by all instances of a store
//!   +8   memory 0 base         (r14 is loaded from here)
//!   +16  *mut VMMemory         memory 0 (null without memory)
//!   +24  *const VMLimits       stack limit / interrupt word
//!   +32  instance index        of the owning instance in its store (u64),
//!                              read by the bulk-operation helpers
//!   +40  *const [usize]        the builtins table (`runtime/builtins.rs`)
//!   +48  funcs[]    *const VMFuncRef, one per function (imports first)
//!        tables[]   *mut VMTable
//!        memories[] *mut VMMemory
//!        globals[]  *mut VMGlobal
//! ```

/// `VMStoreState::entry_sp`.
pub const STATE_ENTRY_SP_OFF: i32 = 0;

/// Fields of a `VMFuncRef`: machine code, callee context, signature id.
pub const FUNCREF_CODE_OFF: i32 = 0;
pub const FUNCREF_VMCTX_OFF: i32 = 8;
pub const FUNCREF_SIG_OFF: i32 = 16;

/// `VMMemory::size` (the base is at +0).
pub const MEMORY_SIZE_OFF: i32 = 8;

/// Fields of a `VMTable`: element storage, length.
pub const TABLE_BASE_OFF: i32 = 0;
pub const TABLE_LEN_OFF: i32 = 8;

/// The `VMContext` header (see the diagram above).
pub const VMCTX_STATE_OFF: i32 = 0;
pub const VMCTX_MEM0_BASE_OFF: i32 = 8;
pub const VMCTX_MEM0_OFF: i32 = 16;
pub const VMCTX_LIMITS_OFF: i32 = 24;
/// Index of the owning instance in `Store::instances` (a `u64`).
pub const VMCTX_INSTANCE_OFF: i32 = 32;
/// The process-wide builtins table (`runtime::builtins::table`).
pub const VMCTX_BUILTINS_OFF: i32 = 40;
const VMCTX_HEADER: u32 = 48;

/// Offsets of the variable-length arrays of one module's `VMContext`.
#[derive(Clone, Copy, Debug)]
pub struct VMOffsets {
    pub funcs: u32,
    pub tables: u32,
    pub memories: u32,
    pub globals: u32,
    /// Total size in bytes.
    pub size: u32,
}

impl VMOffsets {
    /// Layout for a module with these numbers of functions, tables, memories
    /// and globals (imported ones included).
    pub fn new(funcs: u32, tables: u32, memories: u32, globals: u32) -> VMOffsets {
        let f = VMCTX_HEADER;
        let t = f + 8 * funcs;
        let m = t + 8 * tables;
        let g = m + 8 * memories;
        VMOffsets {
            funcs: f,
            tables: t,
            memories: m,
            globals: g,
            size: g + 8 * globals,
        }
    }

    pub fn func(&self, i: u32) -> i32 {
        (self.funcs + 8 * i) as i32
    }
    pub fn table(&self, i: u32) -> i32 {
        (self.tables + 8 * i) as i32
    }
    pub fn memory(&self, i: u32) -> i32 {
        (self.memories + 8 * i) as i32
    }
    pub fn global(&self, i: u32) -> i32 {
        (self.globals + 8 * i) as i32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_header_precedes_arrays() {
        let o = VMOffsets::new(2, 1, 1, 3);
        assert_eq!(VMCTX_INSTANCE_OFF + 8, VMCTX_BUILTINS_OFF);
        assert_eq!(VMCTX_BUILTINS_OFF + 8, o.func(0));
        assert_eq!(o.func(1) + 8, o.table(0));
        assert_eq!(o.table(0) + 8, o.memory(0));
        assert_eq!(o.memory(0) + 8, o.global(0));
        assert_eq!(o.size as i32, o.global(2) + 8);
    }
}
