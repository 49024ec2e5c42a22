//! [`SimdAssembler`] for x86-64: the trait implementation, which
//! dispatches to the AVX forms (`simd_avx.rs`) or the SSE ones shared with
//! 32-bit x86 (`isa/x86/sse.rs`, `sse_lanes.rs`), and the forms of x86-64
//! alone: `i64` lanes to and from 64-bit GPRs, memory, frame and global
//! accesses, and the constant pool (RIP-relative).

use crate::compiler::masm::{Cell, FrameBase, HeapAddr, Reg};
use crate::compiler::simd_masm::{
    ConstPool, Lanes, ShiftCount, SimdAssembler, VBin, VLoad, VShift, VUn,
};
use crate::environ::isa::SimdIsa;
use dynasmrt::{DynamicLabel, DynasmApi as _};

use super::asm::{asm, Asm, Cc};
use super::memory::mem;
use super::regs::XSCRATCH;
use super::sse_lanes::{self, copy};
use super::{simd_avx, sse};

use Lanes::{F32, F64, I16, I32, I64, I8};

const X: u8 = XSCRATCH;

impl SimdAssembler for Asm {
    fn bin_temps(op: VBin) -> usize {
        sse::bin_temps(op)
    }

    fn un_temps(op: VUn) -> usize {
        sse::un_temps(op)
    }

    fn v128_bin(&mut self, isa: SimdIsa, op: VBin, dst: Reg, a: Reg, b: Reg, tmp: &[Reg]) {
        if isa == SimdIsa::Avx && simd_avx::v128_bin(self, op, dst, a, b) {
            return;
        }
        copy(self, dst, a);
        sse::v128_bin(self, op, dst, b, tmp);
    }

    fn has_bin_mem(isa: SimdIsa, op: VBin) -> bool {
        isa == SimdIsa::Avx && simd_avx::has_bin_mem(op)
    }

    fn v128_bin_mem(&mut self, op: VBin, dst: Reg, a: Reg, addr: HeapAddr) {
        simd_avx::v128_bin_mem(self, op, dst, a, addr);
    }

    fn v128_un(&mut self, isa: SimdIsa, op: VUn, dst: Reg, src: Reg, tmp: &[Reg]) {
        if isa == SimdIsa::Avx && simd_avx::v128_un(self, op, dst, src) {
            return;
        }
        copy(self, dst, src);
        sse::v128_un(self, op, dst, tmp);
    }

    fn v128_shift(
        &mut self,
        isa: SimdIsa,
        lanes: Lanes,
        op: VShift,
        dst: Reg,
        src: Reg,
        count: ShiftCount,
        tmp: &[Reg],
        pool: &mut ConstPool<DynamicLabel>,
    ) {
        if isa == SimdIsa::Avx {
            let mut label = |bits: u128| pool.label(bits, || self.new_dynamic_label());
            let mask = simd_avx::shift_mask(lanes, op, count).map(&mut label);
            if simd_avx::v128_shift(self, lanes, op, dst, src, count, mask) {
                return;
            }
        }
        copy(self, dst, src);
        sse::v128_shift(self, lanes, op, dst, count, tmp);
    }

    fn v128_bitselect(&mut self, isa: SimdIsa, dst: Reg, a: Reg, b: Reg, mask: Reg) {
        // ((a ^ b) & m) ^ b.
        if isa == SimdIsa::Avx {
            asm!(self
                ; vpxor Rx(dst), Rx(a), Rx(b)
                ; vpand Rx(dst), Rx(dst), Rx(mask)
                ; vpxor Rx(dst), Rx(dst), Rx(b)
            );
            return;
        }
        sse_lanes::bitselect(self, dst, a, b, mask);
    }

    fn v128_madd(&mut self, isa: SimdIsa, lanes: Lanes, negate: bool, dst: Reg, a: Reg, b: Reg) {
        if isa == SimdIsa::Avx {
            return simd_avx::v128_madd(self, lanes, negate, dst, a, b);
        }
        sse_lanes::madd(self, lanes, negate, dst, a, b);
    }

    fn v128_shuffle(
        &mut self,
        isa: SimdIsa,
        dst: Reg,
        a: Reg,
        b: Reg,
        lanes: [u8; 16],
        tmp: &[Reg],
        pool: &mut ConstPool<DynamicLabel>,
    ) {
        let any_b = lanes.iter().any(|&l| l >= 16);
        let any_a = lanes.iter().any(|&l| l < 16);
        let mut label = |bits: u128| pool.label(bits, || self.new_dynamic_label());
        let (mb, ma) = (
            any_b.then(|| label(sse_lanes::shuffle_mask(&lanes, true))),
            any_a.then(|| label(sse_lanes::shuffle_mask(&lanes, false))),
        );
        // The masks are read unaligned (movdqu, or a VEX memory operand):
        // a pool is aligned within its compilation chunk, which need not
        // be within the module's code.
        if isa == SimdIsa::Avx {
            return simd_avx::v128_shuffle(self, dst, a, b, ma, mb, tmp);
        }
        sse_lanes::shuffle(
            self,
            dst,
            a,
            b,
            ma,
            mb,
            tmp,
            |s, x, m| asm!(s; movdqu Rx(x), [=>m]),
        );
    }

    fn v128_const(&mut self, dst: Reg, bits: u128, pool: &mut ConstPool<DynamicLabel>) {
        if bits == 0 || bits == u128::MAX {
            return sse::const128(self, dst, bits);
        }
        let l = pool.label(bits, || self.new_dynamic_label());
        asm!(self; movdqu Rx(dst), [=>l]);
    }

    fn v128_emit_pool(&mut self, pool: &ConstPool<DynamicLabel>) {
        if pool.entries.is_empty() {
            return;
        }
        // 16-byte aligned within the chunk of functions compiled together
        // (`compiler/link.rs`), which is usually aligned in the module's code
        // too; loads use movdqu, so it need not be.
        while !self.offset().0.is_multiple_of(16) {
            self.push(0xcc);
        }
        for &(l, bits) in &pool.entries {
            asm!(self; =>l);
            self.extend(bits.to_le_bytes());
        }
    }

    fn v128_splat(&mut self, isa: SimdIsa, lanes: Lanes, dst: Reg, src: Reg) {
        match lanes {
            I8 | I16 if isa == SimdIsa::Avx => simd_avx::splat(self, lanes, dst, src),
            I64 => asm!(self; movq Rx(dst), Rq(src) ; punpcklqdq Rx(dst), Rx(dst)),
            _ => sse_lanes::splat(self, lanes, dst, src),
        }
    }

    fn v128_extract(&mut self, lanes: Lanes, signed: bool, dst: Reg, src: Reg, lane: u8) {
        match lanes {
            I64 if lane == 0 => asm!(self; movq Rq(dst), Rx(src)),
            I64 => asm!(self; pextrq Rq(dst), Rx(src), lane as i8),
            _ => sse_lanes::extract(self, lanes, signed, dst, src, lane),
        }
    }

    fn v128_replace(&mut self, lanes: Lanes, dst: Reg, src: Reg, lane: u8) {
        match lanes {
            I64 => asm!(self; pinsrq Rx(dst), Rq(src), lane as i8),
            _ => sse_lanes::replace(self, lanes, dst, src, lane),
        }
    }

    fn v128_test(&mut self, lanes: Lanes, all: bool, src: Reg) -> Cc {
        sse_lanes::test(self, lanes, all, src)
    }

    fn v128_bitmask(&mut self, lanes: Lanes, dst: Reg, src: Reg) {
        sse_lanes::bitmask(self, lanes, dst, src)
    }

    fn v128_heap_load(&mut self, isa: SimdIsa, kind: VLoad, d: Reg, addr: HeapAddr) {
        match kind {
            VLoad::Splat(l) if isa == SimdIsa::Avx => simd_avx::splat_load(self, l, d, addr),
            VLoad::Full => mem!(self, addr; [movdqu Rx(d),] []),
            VLoad::ExtendS(I16) => mem!(self, addr; [pmovsxbw Rx(d), QWORD] []),
            VLoad::ExtendS(I32) => mem!(self, addr; [pmovsxwd Rx(d), QWORD] []),
            VLoad::ExtendS(_) => mem!(self, addr; [pmovsxdq Rx(d), QWORD] []),
            VLoad::ExtendU(I16) => mem!(self, addr; [pmovzxbw Rx(d), QWORD] []),
            VLoad::ExtendU(I32) => mem!(self, addr; [pmovzxwd Rx(d), QWORD] []),
            VLoad::ExtendU(_) => mem!(self, addr; [pmovzxdq Rx(d), QWORD] []),
            VLoad::Splat(I8) => {
                mem!(self, addr; [pinsrb Rx(d), BYTE] [, 0]);
                sse::zero(self, X);
                asm!(self; pshufb Rx(d), Rx(X));
            }
            VLoad::Splat(I16) => {
                mem!(self, addr; [pinsrw Rx(d), WORD] [, 0]);
                asm!(self; pshuflw Rx(d), Rx(d), 0 ; pshufd Rx(d), Rx(d), 0);
            }
            VLoad::Splat(I32) => {
                mem!(self, addr; [movd Rx(d), DWORD] []);
                asm!(self; pshufd Rx(d), Rx(d), 0);
            }
            // SSE3's movddup: the low 8 bytes to both halves.
            VLoad::Splat(_) => mem!(self, addr; [movddup Rx(d), QWORD] []),
            VLoad::Zero(I32) => mem!(self, addr; [movd Rx(d), DWORD] []),
            VLoad::Zero(_) => mem!(self, addr; [movq Rx(d), QWORD] []),
        }
    }

    fn v128_heap_store(&mut self, src: Reg, addr: HeapAddr) {
        mem!(self, addr; [movdqu] [, Rx(src)]);
    }

    fn v128_load_lane(&mut self, lanes: Lanes, d: Reg, addr: HeapAddr, lane: u8) {
        let l = lane as i8;
        match lanes {
            I8 => mem!(self, addr; [pinsrb Rx(d), BYTE] [, l]),
            I16 => mem!(self, addr; [pinsrw Rx(d), WORD] [, l]),
            I32 | F32 => mem!(self, addr; [pinsrd Rx(d), DWORD] [, l]),
            I64 | F64 => mem!(self, addr; [pinsrq Rx(d), QWORD] [, l]),
        }
    }

    fn v128_store_lane(&mut self, lanes: Lanes, s: Reg, addr: HeapAddr, lane: u8) {
        let l = lane as i8;
        match lanes {
            I8 => mem!(self, addr; [pextrb BYTE] [, Rx(s), l]),
            I16 => mem!(self, addr; [pextrw WORD] [, Rx(s), l]),
            I32 | F32 => mem!(self, addr; [pextrd DWORD] [, Rx(s), l]),
            I64 | F64 => mem!(self, addr; [pextrq QWORD] [, Rx(s), l]),
        }
    }

    fn v128_frame_load(&mut self, dst: Reg, base: FrameBase, disp: i32) {
        match base {
            FrameBase::Fp => asm!(self; movdqu Rx(dst), [rbp + disp]),
            FrameBase::Sp => asm!(self; movdqu Rx(dst), [rsp + disp]),
        }
    }

    fn v128_frame_store(&mut self, src: Reg, base: FrameBase, disp: i32) {
        match base {
            FrameBase::Fp => asm!(self; movdqu [rbp + disp], Rx(src)),
            FrameBase::Sp => asm!(self; movdqu [rsp + disp], Rx(src)),
        }
    }

    fn v128_load_cell(&mut self, dst: Reg, cell: Cell) {
        match cell {
            Cell::Vmctx(o) => asm!(self; movdqu Rx(dst), [vmctx + o]),
            Cell::At(b) => asm!(self; movdqu Rx(dst), [Rq(b)]),
        }
    }

    fn v128_store_cell(&mut self, src: Reg, cell: Cell) {
        match cell {
            Cell::Vmctx(o) => asm!(self; movdqu [vmctx + o], Rx(src)),
            Cell::At(b) => asm!(self; movdqu [Rq(b)], Rx(src)),
        }
    }
}
