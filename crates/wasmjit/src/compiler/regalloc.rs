//! The register allocator's free sets: which of the backend's allocatable
//! registers (`MacroAssembler::ALLOC_GPRS`, `ALLOC_FLOATS`, in order of
//! preference) hold no value.

use super::masm::{MacroAssembler, Reg};
use super::Target;

const GPRS: &[Reg] = <Target as MacroAssembler>::ALLOC_GPRS;
const FLOATS: &[Reg] = <Target as MacroAssembler>::ALLOC_FLOATS;

const fn pool(regs: &[Reg]) -> u32 {
    let mut m = 0u32;
    let mut i = 0;
    while i < regs.len() {
        m |= 1 << regs[i];
        i += 1;
    }
    m
}

const GPR_POOL: u32 = pool(GPRS);
const FLOAT_POOL: u32 = pool(FLOATS);

/// Which allocatable registers are free.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegSet {
    gpr: u32,
    fpr: u32,
}

impl Default for RegSet {
    fn default() -> Self {
        RegSet {
            gpr: GPR_POOL,
            fpr: FLOAT_POOL,
        }
    }
}

impl RegSet {
    /// Takes any free GPR.
    pub fn take_gpr(&mut self) -> Option<u8> {
        let r = GPRS.iter().copied().find(|&r| self.gpr & (1 << r) != 0)?;
        self.gpr &= !(1 << r);
        Some(r)
    }

    /// Takes any free float register.
    pub fn take_fpr(&mut self) -> Option<u8> {
        let r = FLOATS.iter().copied().find(|&r| self.fpr & (1 << r) != 0)?;
        self.fpr &= !(1 << r);
        Some(r)
    }

    pub fn gpr_is_free(&self, r: u8) -> bool {
        self.gpr & (1 << r) != 0
    }

    pub fn fpr_is_free(&self, r: u8) -> bool {
        self.fpr & (1 << r) != 0
    }

    /// Marks a specific free GPR as taken.
    pub fn claim_gpr(&mut self, r: u8) {
        debug_assert!(self.gpr_is_free(r));
        self.gpr &= !(1 << r);
    }

    /// Marks a specific free float register as taken.
    pub fn claim_fpr(&mut self, r: u8) {
        debug_assert!(self.fpr_is_free(r));
        self.fpr &= !(1 << r);
    }

    pub fn free_gpr(&mut self, r: u8) {
        debug_assert!(
            GPR_POOL & (1 << r) != 0 && !self.gpr_is_free(r),
            "double free of gpr {r}"
        );
        self.gpr |= 1 << r;
    }

    pub fn free_fpr(&mut self, r: u8) {
        debug_assert!(
            FLOAT_POOL & (1 << r) != 0 && !self.fpr_is_free(r),
            "double free of float register {r}"
        );
        self.fpr |= 1 << r;
    }
}
