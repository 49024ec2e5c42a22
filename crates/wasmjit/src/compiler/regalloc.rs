//! The register allocator's free sets: which of the backend's allocatable
//! registers (`MacroAssembler::ALLOC_GPRS`, `ALLOC_GPRS_I64`,
//! `ALLOC_FLOATS`, in order of preference) hold no value. The sets count
//! machine registers (`masm::reg_units`), so an `i64` in a register pair
//! (a 32-bit target) takes both of its halves.

use super::masm::{reg_units, MacroAssembler, Reg};
use super::Target;

const GPRS: &[Reg] = <Target as MacroAssembler>::ALLOC_GPRS;
const GPRS_I64: &[Reg] = <Target as MacroAssembler>::ALLOC_GPRS_I64;
const FLOATS: &[Reg] = <Target as MacroAssembler>::ALLOC_FLOATS;

const fn pool(regs: &[Reg]) -> u32 {
    let mut m = 0u32;
    let mut i = 0;
    while i < regs.len() {
        m |= reg_units(regs[i]);
        i += 1;
    }
    m
}

const GPR_POOL: u32 = pool(GPRS) | pool(GPRS_I64);
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
    /// Takes any free GPR (for a value of at most 32 bits, a reference or,
    /// on a 64-bit target, any integer).
    pub fn take_gpr(&mut self) -> Option<u8> {
        self.take_gpr_from(GPRS)
    }

    /// Takes any free register for an `i64` value: a GPR, or a pair of
    /// them on a 32-bit target.
    pub fn take_gpr_i64(&mut self) -> Option<u8> {
        self.take_gpr_from(GPRS_I64)
    }

    fn take_gpr_from(&mut self, order: &[Reg]) -> Option<u8> {
        let r = order.iter().copied().find(|&r| self.gpr_is_free(r))?;
        self.gpr &= !reg_units(r);
        Some(r)
    }

    /// Takes any free float register.
    pub fn take_fpr(&mut self) -> Option<u8> {
        let r = FLOATS.iter().copied().find(|&r| self.fpr & (1 << r) != 0)?;
        self.fpr &= !(1 << r);
        Some(r)
    }

    /// Whether every machine register of `r` (one, or a pair's two) is free.
    pub fn gpr_is_free(&self, r: u8) -> bool {
        self.gpr & reg_units(r) == reg_units(r)
    }

    /// How many float registers are free.
    pub fn free_fprs(&self) -> usize {
        self.fpr.count_ones() as usize
    }

    pub fn fpr_is_free(&self, r: u8) -> bool {
        self.fpr & (1 << r) != 0
    }

    /// Marks a specific free GPR (or pair) as taken.
    pub fn claim_gpr(&mut self, r: u8) {
        debug_assert!(self.gpr_is_free(r));
        self.gpr &= !reg_units(r);
    }

    /// Marks a specific free float register as taken.
    pub fn claim_fpr(&mut self, r: u8) {
        debug_assert!(self.fpr_is_free(r));
        self.fpr &= !(1 << r);
    }

    pub fn free_gpr(&mut self, r: u8) {
        debug_assert!(
            GPR_POOL & reg_units(r) == reg_units(r) && self.gpr & reg_units(r) == 0,
            "double free of gpr {r:#x}"
        );
        self.gpr |= reg_units(r);
    }

    pub fn free_fpr(&mut self, r: u8) {
        debug_assert!(
            FLOAT_POOL & (1 << r) != 0 && !self.fpr_is_free(r),
            "double free of float register {r}"
        );
        self.fpr |= 1 << r;
    }
}
