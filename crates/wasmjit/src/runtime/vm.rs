//! Runtime structures that generated code reads and writes at fixed offsets.
//!
//! Every struct here is `#[repr(C)]`; the byte offsets the compiler bakes
//! into instructions are plain data in `environ/vmoffsets.rs`, with the
//! diagram of the `VMContext`. The layout tests at the bottom keep the two in
//! agreement.

/// Per-store state shared by all instances (and host functions) of a store.
#[repr(C)]
pub struct VMStoreState {
    /// Stack pointer saved by the innermost host→wasm entry trampoline; a trap
    /// restores it. Zero when no wasm is running.
    pub entry_sp: usize,
    /// The store, set at every entry from the host (valid while wasm runs).
    pub store: *mut dyn super::vmstore::VMStore,
    /// A trap raised by a host function, picked up when the entry returns.
    pub pending_trap: Option<crate::error::Trap>,
    /// Return addresses of the wasm frames live at the last trap, innermost first.
    pub trap_pcs: Vec<usize>,
}

/// The stack limit and interrupt state of a store, shared with interrupt
/// handles (other threads, signal handlers).
///
/// Prologues and loop headers compare the stack pointer with a word of
/// their own `VMContext` (`VMCTX_STACK_LIMIT_OFF`: one compare, no pointer
/// to follow); every context of the store holds the same value,
/// `stack_limit`. Interruption reuses the check: setting the words to
/// `usize::MAX` makes the next check fail; `interrupt` tells the trap apart
/// from a real stack overflow. A hand-over request writes
/// `HAND_OVER_WORD` (also above any stack address) and sets `hand_over`:
/// the failed check hands the embedder's lock over and the code goes on.
#[derive(Default)]
pub struct VMLimits {
    /// The value every context's stack-limit word holds: the lowest stack
    /// address wasm frames may use, or `usize::MAX` while an interrupt is
    /// requested. New contexts start with it.
    pub stack_limit: std::sync::atomic::AtomicUsize,
    /// Set by an interrupt request, cleared when the trap is reported.
    pub interrupt: std::sync::atomic::AtomicBool,
    /// Set by a hand-over request (`handover.rs`), cleared when a failed
    /// check serves it.
    pub hand_over: std::sync::atomic::AtomicBool,
    /// The limit the running outermost call set (`stack_limit` goes back to
    /// it once an interrupt is reported or withdrawn, so that a nested call
    /// stopped by an interrupt leaves its callers running normally).
    pub armed_limit: std::sync::atomic::AtomicUsize,
    /// Addresses of the stack-limit words of the store's live contexts, for
    /// interrupt handles. The store adds a context's word when the instance
    /// is created and removes it before the context is freed; a signal
    /// handler only ever `try_lock`s (see `store::InterruptHandle`).
    pub contexts: std::sync::Mutex<Vec<usize>>,
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
    /// Start of the reservation; never moves in a 64-bit process (in a
    /// 32-bit one growing may move it, `runtime/memory.rs`).
    pub base: *mut u8,
    /// Current size in bytes (a multiple of 64 KiB).
    pub size: usize,
    /// Most pages `memory.grow` may reach.
    pub max_pages: u64,
    /// The store's budget that growing takes from (null: none).
    pub budget: *const crate::limits::Budget,
    /// Bytes of address space reserved at `base` (not read by generated
    /// code).
    pub reserved: usize,
    /// Borrowers outside the engine holding `base` (a Python buffer view,
    /// [`crate::MemoryPin`]): while non-zero, growing never moves the
    /// memory (not read by generated code). Shared with the pins, which
    /// end without the store.
    pub pins: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    /// 32-bit builds: `limits[e - 1]` = `size + 1 - e`, or 0 when `size <
    /// e`, for every access end `e` (offset plus width) up to
    /// [`MEMORY_LIMITS`](crate::environ::vmoffsets::MEMORY_LIMITS), so
    /// that `index < limits[e - 1]` exactly when `index + e <= size`: the
    /// ia32 backend's bounds check is then one compare with this word
    /// (`compiler/isa/ia32/memory.rs`). Kept current by every size change
    /// (`runtime/memory.rs`, `grow`).
    #[cfg(target_pointer_width = "32")]
    pub limits: [usize; crate::environ::vmoffsets::MEMORY_LIMITS],
}

/// A table as generated code sees it: raw elements (a `*const VMFuncRef`
/// for funcref tables, an extern handle for externref tables; 0 is null).
#[repr(C)]
pub struct VMTable {
    /// Element storage; moves when the table grows.
    pub base: *mut u64,
    /// Current length in elements.
    pub len: u32,
}

/// Storage of one global (16 bytes, enough for a v128).
#[repr(C, align(16))]
#[derive(Default)]
pub struct VMGlobal {
    /// The value's raw bits, low bytes first.
    pub bits: u128,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::environ::vmoffsets::*;
    use std::mem::offset_of;

    #[test]
    fn layouts_match_offsets() {
        assert_eq!(
            offset_of!(VMStoreState, entry_sp),
            STATE_ENTRY_SP_OFF as usize
        );
        assert_eq!(offset_of!(VMFuncRef, code), FUNCREF_CODE_OFF as usize);
        assert_eq!(offset_of!(VMFuncRef, vmctx), FUNCREF_VMCTX_OFF as usize);
        assert_eq!(offset_of!(VMFuncRef, sig), FUNCREF_SIG_OFF as usize);
        assert_eq!(offset_of!(VMHostCtx, state), VMCTX_STATE_OFF as usize);
        assert_eq!(
            offset_of!(VMHostCtx, mem0_base),
            VMCTX_MEM0_BASE_OFF as usize
        );
        assert_eq!(offset_of!(VMMemory, base), VMMEMORY_BASE_OFF as usize);
        assert_eq!(offset_of!(VMMemory, size), MEMORY_SIZE_OFF as usize);
        #[cfg(target_pointer_width = "32")]
        assert_eq!(offset_of!(VMMemory, limits), MEMORY_LIMITS_OFF as usize);
        assert_eq!(offset_of!(VMTable, base), TABLE_BASE_OFF as usize);
        assert_eq!(offset_of!(VMTable, len), TABLE_LEN_OFF as usize);
    }
}
