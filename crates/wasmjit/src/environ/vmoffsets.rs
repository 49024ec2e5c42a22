//! The `VMContext` layout as plain data: the byte offsets generated code
//! bakes into instructions, for the compiler (which emits them) and the
//! runtime (whose `#[repr(C)]` structs in `runtime/vm.rs` have them; its
//! layout tests keep the two in agreement).
//!
//! ```text
//! VMContext (one per instance, pointer-sized words, never moves;
//! the offsets shown are for 8-byte pointers, see [`PtrSize`])
//!   +0   *mut VMStoreState     shared by all instances of a store
//!   +8   memory 0 base         (the x64 backend's r14 is loaded from here)
//!   +16  *mut VMMemory         memory 0 (null without memory)
//!   +24  stack limit           the lowest stack address frames may use; usize::MAX
//!                              to interrupt (written by the store, `runtime/vm.rs` VMLimits)
//!   +32  instance index        of the owning instance in its store (a word),
//!                              read by the bulk-operation helpers
//!   +40  *const [usize]        the builtins table (`runtime/builtins.rs`)
//!   +48  funcs[]    *const VMFuncRef, one per function (imports first)
//!        tables[]   *mut VMTable
//!        memories[] *mut VMMemory
//!        imported globals[]  *mut VMGlobal: the exporter's storage
//!        (padding to a multiple of 16 bytes)
//!        defined globals[]   VMGlobal, 16 bytes each: the values
//!                            themselves, read and written in place
//! ```
//!
//! A defined global lives in its instance's context, so `global.get` is one
//! load at a constant offset of the context register; an imported one is
//! one pointer away. A defined global that is exported is shared by
//! pointing at its slot here (the store's `Global` and every importer's
//! context do), which is why the context is 16-byte aligned and never
//! moves.

/// The pointer size of a target, in bytes: the one fact the layout
/// depends on (8 on x86-64, 4 on 32-bit x86). Every offset below is a
/// number of pointer-sized words; `u32` fields (signature ids, table
/// lengths) take a word too, so the layout needs no other alignment rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PtrSize(pub u8);

impl PtrSize {
    /// The target of this build: the code runs in the process that
    /// compiles it, so its pointers are the host's.
    pub const HOST: PtrSize = PtrSize(std::mem::size_of::<usize>() as u8);

    /// `n` pointer-sized words, in bytes.
    pub const fn words(self, n: u32) -> i32 {
        n as i32 * self.0 as i32
    }

    /// `VMStoreState::entry_sp`.
    pub const fn state_entry_sp(self) -> i32 {
        0
    }
    /// `VMFuncRef`: machine code, callee context, signature id.
    pub const fn funcref_code(self) -> i32 {
        0
    }
    pub const fn funcref_vmctx(self) -> i32 {
        self.words(1)
    }
    pub const fn funcref_sig(self) -> i32 {
        self.words(2)
    }
    /// `VMMemory::base`.
    pub const fn memory_base(self) -> i32 {
        0
    }
    /// `VMMemory::size`.
    pub const fn memory_size(self) -> i32 {
        self.words(1)
    }
    /// `VMMemory::limits` (32-bit builds only): after the base, the size,
    /// the 8-byte `max_pages` and three more words.
    #[cfg(target_pointer_width = "32")]
    pub const fn memory_limits(self) -> i32 {
        self.words(5) + 8
    }
    /// `VMTable`: element storage, length.
    pub const fn table_base(self) -> i32 {
        0
    }
    pub const fn table_len(self) -> i32 {
        self.words(1)
    }
    /// The `VMContext` header, one word each (see the diagram above).
    pub const fn vmctx_state(self) -> i32 {
        0
    }
    pub const fn vmctx_mem0_base(self) -> i32 {
        self.words(1)
    }
    pub const fn vmctx_mem0(self) -> i32 {
        self.words(2)
    }
    pub const fn vmctx_stack_limit(self) -> i32 {
        self.words(3)
    }
    pub const fn vmctx_instance(self) -> i32 {
        self.words(4)
    }
    pub const fn vmctx_builtins(self) -> i32 {
        self.words(5)
    }
    /// Size of the header: where the arrays start.
    pub const fn vmctx_header(self) -> u32 {
        self.words(6) as u32
    }
}

/// The offsets of this build's target ([`PtrSize::HOST`]), as the x86-64
/// backend and the runtime's stubs use them.
pub const STATE_ENTRY_SP_OFF: i32 = PtrSize::HOST.state_entry_sp();
pub const FUNCREF_CODE_OFF: i32 = PtrSize::HOST.funcref_code();
pub const FUNCREF_VMCTX_OFF: i32 = PtrSize::HOST.funcref_vmctx();
pub const FUNCREF_SIG_OFF: i32 = PtrSize::HOST.funcref_sig();
pub const VMMEMORY_BASE_OFF: i32 = PtrSize::HOST.memory_base();
pub const MEMORY_SIZE_OFF: i32 = PtrSize::HOST.memory_size();
#[cfg(target_pointer_width = "32")]
pub const MEMORY_LIMITS_OFF: i32 = PtrSize::HOST.memory_limits();
/// The access ends (static offset plus width) that `VMMemory::limits`
/// holds a bound for: `limits[e - 1]` for end `e` in `1..=MEMORY_LIMITS`.
#[cfg(target_pointer_width = "32")]
pub const MEMORY_LIMITS: usize = 64;
pub const TABLE_BASE_OFF: i32 = PtrSize::HOST.table_base();
pub const TABLE_LEN_OFF: i32 = PtrSize::HOST.table_len();
pub const VMCTX_STATE_OFF: i32 = PtrSize::HOST.vmctx_state();
pub const VMCTX_MEM0_BASE_OFF: i32 = PtrSize::HOST.vmctx_mem0_base();
pub const VMCTX_MEM0_OFF: i32 = PtrSize::HOST.vmctx_mem0();
pub const VMCTX_STACK_LIMIT_OFF: i32 = PtrSize::HOST.vmctx_stack_limit();
/// Index of the owning instance in `Store::instances` (a word).
pub const VMCTX_INSTANCE_OFF: i32 = PtrSize::HOST.vmctx_instance();
/// The process-wide builtins table (`runtime::builtins::table`).
pub const VMCTX_BUILTINS_OFF: i32 = PtrSize::HOST.vmctx_builtins();

/// Bytes of one defined global's slot in the context (`VMGlobal`: enough
/// for a v128, and its alignment).
pub const GLOBAL_SLOT: u32 = 16;

/// Where generated code finds global `i` of a module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GlobalAt {
    /// A defined global: its value at this offset of the context.
    Inline(i32),
    /// An imported global: a pointer to its value at this offset.
    Imported(i32),
}

/// Offsets of the variable-length arrays of one module's `VMContext`: one
/// pointer per function (`*const VMFuncRef`), table, memory and imported
/// global, then the defined globals' values.
#[derive(Clone, Copy, Debug)]
pub struct VMOffsets {
    pub ptr: PtrSize,
    pub funcs: u32,
    pub tables: u32,
    pub memories: u32,
    /// Pointers to the imported globals.
    pub imported_globals: u32,
    /// Number of imported globals: global indices below it are imported.
    pub num_imported_globals: u32,
    /// The defined globals' slots ([`GLOBAL_SLOT`] bytes each, 16-aligned).
    pub defined_globals: u32,
    /// Total size in bytes (a multiple of 16).
    pub size: u32,
}

impl VMOffsets {
    /// Layout for a target with pointers of `ptr` bytes and a module with
    /// these numbers of functions, tables, memories (imported ones
    /// included) and imported and defined globals.
    pub fn new(
        ptr: PtrSize,
        funcs: u32,
        tables: u32,
        memories: u32,
        imported_globals: u32,
        defined_globals: u32,
    ) -> VMOffsets {
        let w = ptr.0 as u32;
        let f = ptr.vmctx_header();
        let t = f + w * funcs;
        let m = t + w * tables;
        let ig = m + w * memories;
        let dg = (ig + w * imported_globals).next_multiple_of(GLOBAL_SLOT);
        VMOffsets {
            ptr,
            funcs: f,
            tables: t,
            memories: m,
            imported_globals: ig,
            num_imported_globals: imported_globals,
            defined_globals: dg,
            size: dg + GLOBAL_SLOT * defined_globals,
        }
    }

    fn at(&self, base: u32, i: u32) -> i32 {
        (base + self.ptr.0 as u32 * i) as i32
    }
    pub fn func(&self, i: u32) -> i32 {
        self.at(self.funcs, i)
    }
    pub fn table(&self, i: u32) -> i32 {
        self.at(self.tables, i)
    }
    pub fn memory(&self, i: u32) -> i32 {
        self.at(self.memories, i)
    }
    /// Where global `i` (of the module's index space) is.
    pub fn global(&self, i: u32) -> GlobalAt {
        match i.checked_sub(self.num_imported_globals) {
            None => GlobalAt::Imported(self.at(self.imported_globals, i)),
            Some(d) => GlobalAt::Inline((self.defined_globals + GLOBAL_SLOT * d) as i32),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_header_precedes_arrays() {
        for ptr in [PtrSize(4), PtrSize(8)] {
            let w = ptr.0 as i32;
            let o = VMOffsets::new(ptr, 2, 1, 1, 2, 1);
            assert_eq!(ptr.vmctx_instance() + w, ptr.vmctx_builtins());
            assert_eq!(ptr.vmctx_builtins() + w, o.func(0));
            assert_eq!(o.func(1) + w, o.table(0));
            assert_eq!(o.table(0) + w, o.memory(0));
            assert_eq!(GlobalAt::Imported(o.memory(0) + w), o.global(0));
            assert_eq!(GlobalAt::Imported(o.memory(0) + 2 * w), o.global(1));
            let GlobalAt::Inline(d) = o.global(2) else {
                panic!("global 2 is defined")
            };
            assert_eq!(d % 16, 0);
            assert!(d >= o.memory(0) + 3 * w && d < o.memory(0) + 3 * w + 16);
            assert_eq!(o.size as i32, d + 16);
        }
    }

    #[test]
    fn offsets_for_4_and_8_byte_pointers() {
        // (state, mem0 base, mem0, stack limit, instance, builtins, header)
        let header = |p: PtrSize| {
            [
                p.vmctx_state(),
                p.vmctx_mem0_base(),
                p.vmctx_mem0(),
                p.vmctx_stack_limit(),
                p.vmctx_instance(),
                p.vmctx_builtins(),
                p.vmctx_header() as i32,
            ]
        };
        assert_eq!(header(PtrSize(8)), [0, 8, 16, 24, 32, 40, 48]);
        assert_eq!(header(PtrSize(4)), [0, 4, 8, 12, 16, 20, 24]);
        let fields = |p: PtrSize| {
            [
                p.funcref_code(),
                p.funcref_vmctx(),
                p.funcref_sig(),
                p.memory_size(),
                p.table_base(),
                p.table_len(),
            ]
        };
        assert_eq!(fields(PtrSize(8)), [0, 8, 16, 8, 0, 8]);
        assert_eq!(fields(PtrSize(4)), [0, 4, 8, 4, 0, 4]);
        let o = VMOffsets::new(PtrSize(4), 3, 2, 1, 2, 2);
        assert_eq!(
            [o.func(0), o.func(2), o.table(1), o.memory(0)],
            [24, 32, 40, 44]
        );
        assert_eq!(o.global(1), GlobalAt::Imported(52));
        assert_eq!(o.global(2), GlobalAt::Inline(64));
        assert_eq!(o.global(3), GlobalAt::Inline(80));
        assert_eq!(o.size, 96);
        let o = VMOffsets::new(PtrSize(8), 3, 2, 1, 2, 0);
        assert_eq!(
            [o.func(0), o.func(2), o.table(1), o.memory(0)],
            [48, 64, 80, 88]
        );
        assert_eq!(o.global(1), GlobalAt::Imported(104));
        assert_eq!(o.size, 112);
        let o = VMOffsets::new(PtrSize(8), 0, 0, 0, 0, 1);
        assert_eq!(o.global(0), GlobalAt::Inline(48));
        assert_eq!(o.size, 64);
        // This build's constants are the host's layout.
        let word = std::mem::size_of::<usize>() as i32;
        assert_eq!(PtrSize::HOST, PtrSize(word as u8));
        assert_eq!(VMCTX_BUILTINS_OFF, 5 * word);
        assert_eq!(MEMORY_SIZE_OFF, word);
    }
}
