//! Register numbering and the free-register sets of the allocator.

pub const RAX: u8 = 0;
pub const RCX: u8 = 1;
pub const RDX: u8 = 2;
/// Scratch GPR for the compiler's own temporaries; never holds a wasm value.
pub const SCRATCH: u8 = 11;
/// Scratch XMM register; never holds a wasm value.
pub const XSCRATCH: u8 = 15;

/// GPRs a local may be pinned to (`compiler/pinning.rs`), in order of
/// preference: never `rax`/`rcx`/`rdx` (division, shifts and merges claim
/// them).
pub const PIN_GPRS: [u8; 7] = [3, 12, 13, 10, 9, 8, 7]; // rbx, r12, r13, r10, r9, r8, rdi
/// XMM registers a local may be pinned to: never `xmm0` (merges, float
/// results) nor the scratch `xmm15`.
pub const PIN_XMMS: [u8; 6] = [9, 10, 11, 12, 13, 14];

/// GPRs that may hold wasm values: all but rsp, rbp, r11 (scratch),
/// r14 (memory base) and r15 (vmctx). Order is allocation preference.
const GPR_ORDER: [u8; 11] = [0, 1, 2, 3, 6, 7, 8, 9, 10, 12, 13];
const GPR_POOL: u16 = {
    let mut m = 0u16;
    let mut i = 0;
    while i < GPR_ORDER.len() {
        m |= 1 << GPR_ORDER[i];
        i += 1;
    }
    m
};
/// xmm0..xmm14.
const XMM_POOL: u16 = 0x7fff;

/// Which allocatable registers are free.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegSet {
    gpr: u16,
    xmm: u16,
}

impl Default for RegSet {
    fn default() -> Self {
        RegSet {
            gpr: GPR_POOL,
            xmm: XMM_POOL,
        }
    }
}

impl RegSet {
    /// Takes any free GPR.
    pub fn take_gpr(&mut self) -> Option<u8> {
        let r = GPR_ORDER
            .iter()
            .copied()
            .find(|&r| self.gpr & (1 << r) != 0)?;
        self.gpr &= !(1 << r);
        Some(r)
    }

    /// Takes any free XMM register.
    pub fn take_xmm(&mut self) -> Option<u8> {
        if self.xmm == 0 {
            return None;
        }
        let r = self.xmm.trailing_zeros() as u8;
        self.xmm &= !(1 << r);
        Some(r)
    }

    pub fn gpr_is_free(&self, r: u8) -> bool {
        self.gpr & (1 << r) != 0
    }

    pub fn xmm_is_free(&self, r: u8) -> bool {
        self.xmm & (1 << r) != 0
    }

    /// Marks a specific free GPR as taken.
    pub fn claim_gpr(&mut self, r: u8) {
        debug_assert!(self.gpr_is_free(r));
        self.gpr &= !(1 << r);
    }

    /// Marks a specific free XMM register as taken.
    pub fn claim_xmm(&mut self, r: u8) {
        debug_assert!(self.xmm_is_free(r));
        self.xmm &= !(1 << r);
    }

    pub fn free_gpr(&mut self, r: u8) {
        debug_assert!(
            GPR_POOL & (1 << r) != 0 && !self.gpr_is_free(r),
            "double free of gpr {r}"
        );
        self.gpr |= 1 << r;
    }

    pub fn free_xmm(&mut self, r: u8) {
        debug_assert!(
            XMM_POOL & (1 << r) != 0 && !self.xmm_is_free(r),
            "double free of xmm {r}"
        );
        self.xmm |= 1 << r;
    }
}
