//! Runtime structures that generated code reads and writes at fixed offsets.
//!
//! Every struct here is `#[repr(C)]`; the `*_OFF` constants next to each are
//! the byte offsets the compiler bakes into instructions. The layout tests at
//! the bottom keep the two in agreement.
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

/// Per-store state shared by all instances (and host functions) of a store.
#[repr(C)]
pub struct VMStoreState {
    /// Stack pointer saved by the innermost host→wasm entry trampoline; a trap
    /// restores it. Zero when no wasm is running.
    pub entry_sp: usize,
    /// The store, set at every entry from the host (valid while wasm runs).
    pub store: *mut crate::store::Store,
    /// A trap raised by a host function, picked up when the entry returns.
    pub pending_trap: Option<crate::error::Trap>,
    /// Return addresses of the wasm frames live at the last trap, innermost first.
    pub trap_pcs: Vec<usize>,
}

pub const STATE_ENTRY_SP_OFF: i32 = 0;

/// The word prologues and loop headers compare `rsp` with, shared with
/// interrupt handles (other threads, signal handlers).
///
/// Interruption reuses the stack check: setting `stack_limit` to `usize::MAX`
/// makes the next check fail; `interrupt` tells the trap apart from a real
/// stack overflow.
#[repr(C)]
#[derive(Default)]
pub struct VMLimits {
    /// Lowest stack address wasm frames may use.
    pub stack_limit: std::sync::atomic::AtomicUsize,
    /// Set by an interrupt request, cleared when the trap is reported.
    pub interrupt: std::sync::atomic::AtomicBool,
    /// The limit the running outermost call set (`stack_limit` goes back to
    /// it once an interrupt is reported or withdrawn, so that a nested call
    /// stopped by an interrupt leaves its callers running normally).
    pub armed_limit: std::sync::atomic::AtomicUsize,
}

/// A function reference: what a `funcref` value points to, a table holds and
/// a call goes through.
#[repr(C)]
pub struct VMFuncRef {
    /// Machine code entry, in our internal calling convention.
    pub code: *const u8,
    /// The callee's context: a `VMContext` for wasm functions, a `VMHostCtx`
    /// for host functions.
    pub vmctx: *mut u8,
    /// Canonical signature id (engine-wide), checked by `call_indirect`.
    pub sig: u32,
    /// Index of the function in its store.
    pub index: u32,
}

pub const FUNCREF_CODE_OFF: i32 = 0;
pub const FUNCREF_VMCTX_OFF: i32 = 8;
pub const FUNCREF_SIG_OFF: i32 = 16;

/// The context a host function is called with. Its first two words mirror
/// `VMContext` so the trap stub and the call sequence can treat both alike.
#[repr(C)]
pub struct VMHostCtx {
    /// Same as `VMContext` +0.
    pub state: *mut VMStoreState,
    /// Same position as `VMContext`'s memory base; always null here.
    pub mem0_base: *mut u8,
    /// Index of the host function in its store.
    pub func_index: u32,
}

/// A linear memory as generated code sees it.
#[repr(C)]
pub struct VMMemory {
    /// Start of the reservation; never moves.
    pub base: *mut u8,
    /// Current size in bytes (a multiple of 64 KiB).
    pub size: usize,
    /// Most pages `memory.grow` may reach.
    pub max_pages: u64,
    /// The store's budget that growing takes from (null: none).
    pub budget: *const crate::limits::Budget,
}

pub const MEMORY_SIZE_OFF: i32 = 8;

/// A table as generated code sees it: raw elements (a `*const VMFuncRef`
/// for funcref tables, an extern handle for externref tables; 0 is null).
#[repr(C)]
pub struct VMTable {
    /// Element storage; moves when the table grows.
    pub base: *mut u64,
    /// Current length in elements.
    pub len: u32,
}

pub const TABLE_BASE_OFF: i32 = 0;
pub const TABLE_LEN_OFF: i32 = 8;

/// Storage of one global (16 bytes, enough for a v128).
#[repr(C, align(16))]
#[derive(Default)]
pub struct VMGlobal {
    /// The value's raw bits, low bytes first.
    pub bits: u128,
}

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
    use std::mem::offset_of;

    #[test]
    fn layouts_match_offsets() {
        assert_eq!(
            offset_of!(VMStoreState, entry_sp),
            STATE_ENTRY_SP_OFF as usize
        );
        assert_eq!(offset_of!(VMLimits, stack_limit), 0);
        assert_eq!(offset_of!(VMFuncRef, code), FUNCREF_CODE_OFF as usize);
        assert_eq!(offset_of!(VMFuncRef, vmctx), FUNCREF_VMCTX_OFF as usize);
        assert_eq!(offset_of!(VMFuncRef, sig), FUNCREF_SIG_OFF as usize);
        assert_eq!(offset_of!(VMHostCtx, state), VMCTX_STATE_OFF as usize);
        assert_eq!(
            offset_of!(VMHostCtx, mem0_base),
            VMCTX_MEM0_BASE_OFF as usize
        );
        assert_eq!(offset_of!(VMMemory, base), 0);
        assert_eq!(offset_of!(VMMemory, size), MEMORY_SIZE_OFF as usize);
        assert_eq!(offset_of!(VMTable, base), TABLE_BASE_OFF as usize);
        assert_eq!(offset_of!(VMTable, len), TABLE_LEN_OFF as usize);
    }

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
