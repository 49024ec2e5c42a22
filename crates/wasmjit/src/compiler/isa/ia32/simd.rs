//! [`SimdAssembler`] for 32-bit x86: the SSE4.1 forms shared with x86-64
//! (`isa/x86/sse.rs`, `sse_lanes.rs`) on xmm0–xmm6 (`xmm7` is the
//! scratch); engines on this ISA are [`SimdIsa::Sse41`] (`Engine` refuses
//! AVX here), and what differs from x86-64 is:
//! - `i64` lanes to and from register pairs as two 32-bit lanes
//!   (`pinsrd`/`pextrd`), and to and from memory with `movlps`/`movhps`;
//! - no pc-relative addressing, so no constant pool: a constant (and a
//!   shuffle's masks) is built in its register from 32-bit immediates
//!   (`sse::const128`);
//! - memory 0's base reloaded into `edi` before each access, as the scalar
//!   accesses do (`memory.rs`), after the generator's explicit bounds
//!   check.

use dynasmrt::DynamicLabel;

use crate::compiler::masm::{Cell, FrameBase, HeapAddr, Reg};
use crate::compiler::simd_masm::{
    ConstPool, Lanes, ShiftCount, SimdAssembler, VBin, VLoad, VShift, VUn,
};
use crate::environ::isa::SimdIsa;

use super::asm::{asm, Asm, Cc, SCRATCH, XSCRATCH};
use super::masm::frame;
use super::memory::{load_base, mem};
use super::pair::{halves, lo};
use super::sse;
use super::sse_lanes::{self, copy};

use Lanes::{F32, F64, I16, I32, I64, I8};

const X: u8 = XSCRATCH;

impl SimdAssembler for Asm {
    fn bin_temps(op: VBin) -> usize {
        sse::bin_temps(op)
    }

    fn un_temps(op: VUn) -> usize {
        sse::un_temps(op)
    }

    fn v128_bin(&mut self, _: SimdIsa, op: VBin, dst: Reg, a: Reg, b: Reg, tmp: &[Reg]) {
        copy(self, dst, a);
        sse::v128_bin(self, op, dst, b, tmp);
    }

    fn has_bin_mem(_: SimdIsa, _: VBin) -> bool {
        false
    }

    fn v128_bin_mem(&mut self, op: VBin, _: Reg, _: Reg, _: HeapAddr) {
        unreachable!("no memory-operand form of {op:?} on 32-bit x86 (has_bin_mem)")
    }

    fn v128_un(&mut self, _: SimdIsa, op: VUn, dst: Reg, src: Reg, tmp: &[Reg]) {
        copy(self, dst, src);
        sse::v128_un(self, op, dst, tmp);
    }

    fn v128_shift(
        &mut self,
        _: SimdIsa,
        lanes: Lanes,
        op: VShift,
        dst: Reg,
        src: Reg,
        count: ShiftCount,
        tmp: &[Reg],
        _: &mut ConstPool<DynamicLabel>,
    ) {
        copy(self, dst, src);
        sse::v128_shift(self, lanes, op, dst, count, tmp);
    }

    fn v128_bitselect(&mut self, _: SimdIsa, dst: Reg, a: Reg, b: Reg, mask: Reg) {
        sse_lanes::bitselect(self, dst, a, b, mask);
    }

    fn v128_madd(&mut self, _: SimdIsa, lanes: Lanes, negate: bool, dst: Reg, a: Reg, b: Reg) {
        sse_lanes::madd(self, lanes, negate, dst, a, b);
    }

    fn v128_shuffle(
        &mut self,
        _: SimdIsa,
        dst: Reg,
        a: Reg,
        b: Reg,
        lanes: [u8; 16],
        tmp: &[Reg],
        _: &mut ConstPool<DynamicLabel>,
    ) {
        let any_b = lanes.iter().any(|&l| l >= 16);
        let any_a = lanes.iter().any(|&l| l < 16);
        let mb = any_b.then(|| sse_lanes::shuffle_mask(&lanes, true));
        let ma = any_a.then(|| sse_lanes::shuffle_mask(&lanes, false));
        sse_lanes::shuffle(self, dst, a, b, ma, mb, tmp, sse::const128);
    }

    fn v128_const(&mut self, dst: Reg, bits: u128, _: &mut ConstPool<DynamicLabel>) {
        sse::const128(self, dst, bits);
    }

    fn v128_emit_pool(&mut self, pool: &ConstPool<DynamicLabel>) {
        debug_assert!(pool.entries.is_empty(), "no constant pool on 32-bit x86");
    }

    fn v128_splat(&mut self, _: SimdIsa, lanes: Lanes, dst: Reg, src: Reg) {
        match lanes {
            I64 => {
                let (l, h) = halves(src);
                asm!(self
                    ; movd Rx(dst), Rd(l)
                    ; pinsrd Rx(dst), Rd(h), 1
                    ; punpcklqdq Rx(dst), Rx(dst)
                );
            }
            _ => sse_lanes::splat(self, lanes, dst, src),
        }
    }

    fn v128_extract(&mut self, lanes: Lanes, signed: bool, dst: Reg, src: Reg, lane: u8) {
        match lanes {
            I64 => {
                let (l, h) = halves(dst);
                if lane == 0 {
                    asm!(self; movd Rd(l), Rx(src));
                } else {
                    asm!(self; pextrd Rd(l), Rx(src), (2 * lane) as i8);
                }
                asm!(self; pextrd Rd(h), Rx(src), (2 * lane + 1) as i8);
            }
            _ => sse_lanes::extract(self, lanes, signed, dst, src, lane),
        }
    }

    fn v128_replace(&mut self, lanes: Lanes, dst: Reg, src: Reg, lane: u8) {
        match lanes {
            I64 => {
                let (l, h) = halves(src);
                asm!(self
                    ; pinsrd Rx(dst), Rd(l), (2 * lane) as i8
                    ; pinsrd Rx(dst), Rd(h), (2 * lane + 1) as i8
                );
            }
            _ => sse_lanes::replace(self, lanes, dst, src, lane),
        }
    }

    fn v128_test(&mut self, lanes: Lanes, all: bool, src: Reg) -> Cc {
        sse_lanes::test(self, lanes, all, src)
    }

    fn v128_bitmask(&mut self, lanes: Lanes, dst: Reg, src: Reg) {
        sse_lanes::bitmask(self, lanes, dst, src)
    }

    fn v128_heap_load(&mut self, _: SimdIsa, kind: VLoad, d: Reg, addr: HeapAddr) {
        load_base(self, addr);
        match kind {
            VLoad::Full => mem!(self, addr, 0, [movdqu Rx(d),] []),
            VLoad::ExtendS(I16) => mem!(self, addr, 0, [pmovsxbw Rx(d), QWORD] []),
            VLoad::ExtendS(I32) => mem!(self, addr, 0, [pmovsxwd Rx(d), QWORD] []),
            VLoad::ExtendS(_) => mem!(self, addr, 0, [pmovsxdq Rx(d), QWORD] []),
            VLoad::ExtendU(I16) => mem!(self, addr, 0, [pmovzxbw Rx(d), QWORD] []),
            VLoad::ExtendU(I32) => mem!(self, addr, 0, [pmovzxwd Rx(d), QWORD] []),
            VLoad::ExtendU(_) => mem!(self, addr, 0, [pmovzxdq Rx(d), QWORD] []),
            VLoad::Splat(I8) => {
                mem!(self, addr, 0, [pinsrb Rx(d), BYTE] [, 0]);
                sse::zero(self, X);
                asm!(self; pshufb Rx(d), Rx(X));
            }
            VLoad::Splat(I16) => {
                mem!(self, addr, 0, [pinsrw Rx(d), WORD] [, 0]);
                asm!(self; pshuflw Rx(d), Rx(d), 0 ; pshufd Rx(d), Rx(d), 0);
            }
            VLoad::Splat(I32) => {
                mem!(self, addr, 0, [movd Rx(d), DWORD] []);
                asm!(self; pshufd Rx(d), Rx(d), 0);
            }
            VLoad::Splat(_) => {
                mem!(self, addr, 0, [movq Rx(d), QWORD] []);
                asm!(self; punpcklqdq Rx(d), Rx(d));
            }
            VLoad::Zero(I32) => mem!(self, addr, 0, [movd Rx(d), DWORD] []),
            VLoad::Zero(_) => mem!(self, addr, 0, [movq Rx(d), QWORD] []),
        }
    }

    fn v128_heap_store(&mut self, src: Reg, addr: HeapAddr) {
        load_base(self, addr);
        mem!(self, addr, 0, [movdqu] [, Rx(src)]);
    }

    fn v128_load_lane(&mut self, lanes: Lanes, d: Reg, addr: HeapAddr, lane: u8) {
        load_base(self, addr);
        let l = lane as i8;
        match lanes {
            I8 => mem!(self, addr, 0, [pinsrb Rx(d), BYTE] [, l]),
            I16 => mem!(self, addr, 0, [pinsrw Rx(d), WORD] [, l]),
            I32 | F32 => mem!(self, addr, 0, [pinsrd Rx(d), DWORD] [, l]),
            I64 | F64 if lane == 0 => mem!(self, addr, 0, [movlps Rx(d), QWORD] []),
            I64 | F64 => mem!(self, addr, 0, [movhps Rx(d), QWORD] []),
        }
    }

    fn v128_store_lane(&mut self, lanes: Lanes, s: Reg, addr: HeapAddr, lane: u8) {
        load_base(self, addr);
        let l = lane as i8;
        match lanes {
            I8 => mem!(self, addr, 0, [pextrb BYTE] [, Rx(s), l]),
            I16 => mem!(self, addr, 0, [pextrw WORD] [, Rx(s), l]),
            I32 | F32 => mem!(self, addr, 0, [pextrd DWORD] [, Rx(s), l]),
            I64 | F64 if lane == 0 => mem!(self, addr, 0, [movlps QWORD] [, Rx(s)]),
            I64 | F64 => mem!(self, addr, 0, [movhps QWORD] [, Rx(s)]),
        }
    }

    fn v128_frame_load(&mut self, dst: Reg, base: FrameBase, disp: i32) {
        let (b, d) = frame(base, disp);
        asm!(self; movdqu Rx(dst), [Rd(b) + d]);
    }

    fn v128_frame_store(&mut self, src: Reg, base: FrameBase, disp: i32) {
        let (b, d) = frame(base, disp);
        asm!(self; movdqu [Rd(b) + d], Rx(src));
    }

    fn v128_load_cell(&mut self, dst: Reg, cell: Cell) {
        match cell {
            Cell::Vmctx(o) => asm!(self; movdqu Rx(dst), [vmctx + o]),
            Cell::At(b) => asm!(self; movdqu Rx(dst), [Rd(b)]),
        }
    }

    fn v128_store_cell(&mut self, src: Reg, cell: Cell) {
        match cell {
            Cell::Vmctx(o) => asm!(self; movdqu [vmctx + o], Rx(src)),
            Cell::At(b) => asm!(self; movdqu [Rd(b)], Rx(src)),
        }
    }
}
