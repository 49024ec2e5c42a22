//! `SimdAssembler` for 32-bit x86: none of it is implemented yet. The
//! generator refuses every function with a `v128` value before emitting
//! anything (`SimdAssembler::SUPPORTED` is false: an `Unsupported` error
//! naming fixed-width SIMD), so these operations are never reached.

use dynasmrt::DynamicLabel;

use crate::compiler::masm::{Cell, FrameBase, HeapAddr, Reg};
use crate::compiler::simd_masm::{
    ConstPool, Lanes, ShiftCount, SimdAssembler, VBin, VLoad, VShift, VUn,
};
use crate::environ::isa::SimdIsa;

use super::asm::{Asm, Cc};

const NEVER: &str = "v128 code is refused before emission on 32-bit x86";

impl SimdAssembler for Asm {
    const SUPPORTED: bool = false;

    fn bin_temps(_: VBin) -> usize {
        unreachable!("{NEVER}")
    }
    fn un_temps(_: VUn) -> usize {
        unreachable!("{NEVER}")
    }
    fn v128_bin(&mut self, _: SimdIsa, _: VBin, _: Reg, _: Reg, _: Reg, _: &[Reg]) {
        unreachable!("{NEVER}")
    }
    fn has_bin_mem(_: SimdIsa, _: VBin) -> bool {
        false
    }
    fn v128_bin_mem(&mut self, _: VBin, _: Reg, _: Reg, _: HeapAddr) {
        unreachable!("{NEVER}")
    }
    fn v128_un(&mut self, _: SimdIsa, _: VUn, _: Reg, _: Reg, _: &[Reg]) {
        unreachable!("{NEVER}")
    }
    fn v128_shift(
        &mut self,
        _: SimdIsa,
        _: Lanes,
        _: VShift,
        _: Reg,
        _: Reg,
        _: ShiftCount,
        _: &[Reg],
        _: &mut ConstPool<DynamicLabel>,
    ) {
        unreachable!("{NEVER}")
    }
    fn v128_bitselect(&mut self, _: SimdIsa, _: Reg, _: Reg, _: Reg, _: Reg) {
        unreachable!("{NEVER}")
    }
    fn v128_madd(&mut self, _: SimdIsa, _: Lanes, _: bool, _: Reg, _: Reg, _: Reg) {
        unreachable!("{NEVER}")
    }
    fn v128_shuffle(
        &mut self,
        _: SimdIsa,
        _: Reg,
        _: Reg,
        _: Reg,
        _: [u8; 16],
        _: &[Reg],
        _: &mut ConstPool<DynamicLabel>,
    ) {
        unreachable!("{NEVER}")
    }
    fn v128_const(&mut self, _: Reg, _: u128, _: &mut ConstPool<DynamicLabel>) {
        unreachable!("{NEVER}")
    }
    fn v128_emit_pool(&mut self, _: &ConstPool<DynamicLabel>) {}
    fn v128_splat(&mut self, _: Lanes, _: Reg, _: Reg) {
        unreachable!("{NEVER}")
    }
    fn v128_extract(&mut self, _: Lanes, _: bool, _: Reg, _: Reg, _: u8) {
        unreachable!("{NEVER}")
    }
    fn v128_replace(&mut self, _: Lanes, _: Reg, _: Reg, _: u8) {
        unreachable!("{NEVER}")
    }
    fn v128_test(&mut self, _: Lanes, _: bool, _: Reg) -> Cc {
        unreachable!("{NEVER}")
    }
    fn v128_bitmask(&mut self, _: Lanes, _: Reg, _: Reg) {
        unreachable!("{NEVER}")
    }
    fn v128_heap_load(&mut self, _: VLoad, _: Reg, _: HeapAddr) {
        unreachable!("{NEVER}")
    }
    fn v128_heap_store(&mut self, _: Reg, _: HeapAddr) {
        unreachable!("{NEVER}")
    }
    fn v128_load_lane(&mut self, _: Lanes, _: Reg, _: HeapAddr, _: u8) {
        unreachable!("{NEVER}")
    }
    fn v128_store_lane(&mut self, _: Lanes, _: Reg, _: HeapAddr, _: u8) {
        unreachable!("{NEVER}")
    }
    fn v128_frame_load(&mut self, _: Reg, _: FrameBase, _: i32) {
        unreachable!("{NEVER}")
    }
    fn v128_frame_store(&mut self, _: Reg, _: FrameBase, _: i32) {
        unreachable!("{NEVER}")
    }
    fn v128_load_cell(&mut self, _: Reg, _: Cell) {
        unreachable!("{NEVER}")
    }
    fn v128_store_cell(&mut self, _: Reg, _: Cell) {
        unreachable!("{NEVER}")
    }
}
