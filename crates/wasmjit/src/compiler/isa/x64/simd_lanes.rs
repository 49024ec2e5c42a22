//! [`SimdAssembler`] for x86-64, the rest: lane access, splats, shuffles,
//! tests and bitmasks, memory and frame accesses, and the trait
//! implementation that dispatches to `simd.rs`.

use crate::compiler::masm::{Cell, FrameBase, HeapAddr, Reg};
use crate::compiler::simd_masm::{
    ConstPool, Lanes, ShiftCount, SimdAssembler, VBin, VLoad, VShift, VUn,
};
use crate::environ::isa::SimdIsa;
use dynasmrt::{DynamicLabel, DynasmApi as _};

use super::asm::{asm, Asm, Cc};
use super::memory::mem;
use super::regs::XSCRATCH;
use super::{simd, simd_avx};

/// `dst = src` unless they are the same register (the copy an SSE
/// two-operand form needs to keep its first operand).
fn copy(a: &mut Asm, dst: Reg, src: Reg) {
    if dst != src {
        asm!(a; movaps Rx(dst), Rx(src));
    }
}

use Lanes::{F32, F64, I16, I32, I64, I8};

const X: u8 = XSCRATCH;

impl SimdAssembler for Asm {
    fn bin_temps(op: VBin) -> usize {
        simd::bin_temps(op)
    }

    fn un_temps(op: VUn) -> usize {
        simd::un_temps(op)
    }

    fn v128_bin(&mut self, isa: SimdIsa, op: VBin, dst: Reg, a: Reg, b: Reg, tmp: &[Reg]) {
        if isa == SimdIsa::Avx && simd_avx::v128_bin(self, op, dst, a, b) {
            return;
        }
        copy(self, dst, a);
        simd::v128_bin(self, op, dst, b, tmp);
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
        simd::v128_un(self, op, dst, tmp);
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
        simd::v128_shift(self, lanes, op, dst, count, tmp);
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
        copy(self, dst, a);
        asm!(self
            ; pxor Rx(dst), Rx(b)
            ; pand Rx(dst), Rx(mask)
            ; pxor Rx(dst), Rx(b)
        );
    }

    fn v128_madd(&mut self, isa: SimdIsa, lanes: Lanes, negate: bool, dst: Reg, a: Reg, b: Reg) {
        if isa == SimdIsa::Avx {
            return simd_avx::v128_madd(self, lanes, negate, dst, a, b);
        }
        asm!(self; movaps Rx(X), Rx(a));
        match (lanes, negate) {
            (F32, false) => asm!(self; mulps Rx(X), Rx(b) ; addps Rx(dst), Rx(X)),
            (F32, true) => asm!(self; mulps Rx(X), Rx(b) ; subps Rx(dst), Rx(X)),
            (_, false) => asm!(self; mulpd Rx(X), Rx(b) ; addpd Rx(dst), Rx(X)),
            (_, true) => asm!(self; mulpd Rx(X), Rx(b) ; subpd Rx(dst), Rx(X)),
        }
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
        // pshufb each input with the lanes it provides (0x80 zeroes a
        // lane), then OR.
        let mask = |from_b: bool| {
            let mut m = [0x80u8; 16];
            for (i, &l) in lanes.iter().enumerate() {
                if (l >= 16) == from_b {
                    m[i] = l & 15;
                }
            }
            u128::from_le_bytes(m)
        };
        let any_b = lanes.iter().any(|&l| l >= 16);
        let any_a = lanes.iter().any(|&l| l < 16);
        let mut label = |bits: u128| pool.label(bits, || self.new_dynamic_label());
        let (mb, ma) = (
            any_b.then(|| label(mask(true))),
            any_a.then(|| label(mask(false))),
        );
        // The masks are read unaligned (movdqu, or a VEX memory operand):
        // a pool is aligned within its compilation chunk, which need not
        // be within the module's code.
        if isa == SimdIsa::Avx {
            return simd_avx::v128_shuffle(self, dst, a, b, ma, mb, tmp);
        }
        match (ma, mb) {
            (Some(m), None) => {
                copy(self, dst, a);
                asm!(self; movdqu Rx(X), [=>m] ; pshufb Rx(dst), Rx(X));
            }
            (None, Some(m)) => asm!(self
                ; movaps Rx(dst), Rx(b)
                ; movdqu Rx(X), [=>m]
                ; pshufb Rx(dst), Rx(X)
            ),
            (Some(ma), Some(mb)) => {
                copy(self, dst, a);
                let t = tmp[0];
                asm!(self
                    ; movaps Rx(t), Rx(b)
                    ; movdqu Rx(X), [=>mb]
                    ; pshufb Rx(t), Rx(X)
                    ; movdqu Rx(X), [=>ma]
                    ; pshufb Rx(dst), Rx(X)
                    ; por Rx(dst), Rx(t)
                );
            }
            (None, None) => unreachable!("a shuffle has 16 lanes"),
        }
    }

    fn v128_const(&mut self, dst: Reg, bits: u128, pool: &mut ConstPool<DynamicLabel>) {
        if bits == 0 || bits == u128::MAX {
            return simd::const128(self, dst, bits);
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

    fn v128_splat(&mut self, lanes: Lanes, dst: Reg, src: Reg) {
        match lanes {
            I8 => {
                simd::zero(self, X);
                asm!(self; movd Rx(dst), Rd(src) ; pshufb Rx(dst), Rx(X));
            }
            I16 => asm!(self
                ; movd Rx(dst), Rd(src)
                ; pshuflw Rx(dst), Rx(dst), 0
                ; pshufd Rx(dst), Rx(dst), 0
            ),
            I32 => asm!(self; movd Rx(dst), Rd(src) ; pshufd Rx(dst), Rx(dst), 0),
            I64 => asm!(self; movq Rx(dst), Rq(src) ; punpcklqdq Rx(dst), Rx(dst)),
            F32 => asm!(self; pshufd Rx(dst), Rx(src), 0),
            F64 => asm!(self; pshufd Rx(dst), Rx(src), 0x44),
        }
    }

    fn v128_extract(&mut self, lanes: Lanes, signed: bool, dst: Reg, src: Reg, lane: u8) {
        let l = lane as i8;
        match lanes {
            I8 => {
                asm!(self; pextrb Rd(dst), Rx(src), l);
                if signed {
                    asm!(self; movsx Rd(dst), Rb(dst));
                }
            }
            I16 => {
                asm!(self; pextrw Rd(dst), Rx(src), l);
                if signed {
                    asm!(self; movsx Rd(dst), Rw(dst));
                }
            }
            I32 if lane == 0 => asm!(self; movd Rd(dst), Rx(src)),
            I32 => asm!(self; pextrd Rd(dst), Rx(src), l),
            I64 if lane == 0 => asm!(self; movq Rq(dst), Rx(src)),
            I64 => asm!(self; pextrq Rq(dst), Rx(src), l),
            F32 | F64 if lane == 0 => {
                if dst != src {
                    asm!(self; movaps Rx(dst), Rx(src));
                }
            }
            F32 => asm!(self; pshufd Rx(dst), Rx(src), l),
            F64 => asm!(self; pshufd Rx(dst), Rx(src), 0xeeu8 as i8),
        }
    }

    fn v128_replace(&mut self, lanes: Lanes, dst: Reg, src: Reg, lane: u8) {
        let l = lane as i8;
        match lanes {
            I8 => asm!(self; pinsrb Rx(dst), Rd(src), l),
            I16 => asm!(self; pinsrw Rx(dst), Rd(src), l),
            I32 => asm!(self; pinsrd Rx(dst), Rd(src), l),
            I64 => asm!(self; pinsrq Rx(dst), Rq(src), l),
            F32 => asm!(self; insertps Rx(dst), Rx(src), (l << 4)),
            F64 if lane == 0 => asm!(self; movsd Rx(dst), Rx(src)),
            F64 => asm!(self; unpcklpd Rx(dst), Rx(src)),
        }
    }

    fn v128_test(&mut self, lanes: Lanes, all: bool, src: Reg) -> Cc {
        if !all {
            asm!(self; ptest Rx(src), Rx(src));
            return Cc::Ne;
        }
        // All lanes non-zero: no lane equals zero.
        simd::zero(self, X);
        match lanes {
            I8 => asm!(self; pcmpeqb Rx(X), Rx(src)),
            I16 => asm!(self; pcmpeqw Rx(X), Rx(src)),
            I32 => asm!(self; pcmpeqd Rx(X), Rx(src)),
            _ => asm!(self; pcmpeqq Rx(X), Rx(src)),
        }
        asm!(self; ptest Rx(X), Rx(X));
        Cc::E
    }

    fn v128_bitmask(&mut self, lanes: Lanes, dst: Reg, src: Reg) {
        match lanes {
            I8 => asm!(self; pmovmskb Rd(dst), Rx(src)),
            I16 => asm!(self
                ; movaps Rx(X), Rx(src)
                ; packsswb Rx(X), Rx(X)
                ; pmovmskb Rd(dst), Rx(X)
                ; and Rd(dst), 0xff
            ),
            I32 | F32 => asm!(self; movmskps Rd(dst), Rx(src)),
            I64 | F64 => asm!(self; movmskpd Rd(dst), Rx(src)),
        }
    }

    fn v128_heap_load(&mut self, kind: VLoad, d: Reg, addr: HeapAddr) {
        match kind {
            VLoad::Full => mem!(self, addr; [movdqu Rx(d),] []),
            VLoad::ExtendS(I16) => mem!(self, addr; [pmovsxbw Rx(d), QWORD] []),
            VLoad::ExtendS(I32) => mem!(self, addr; [pmovsxwd Rx(d), QWORD] []),
            VLoad::ExtendS(_) => mem!(self, addr; [pmovsxdq Rx(d), QWORD] []),
            VLoad::ExtendU(I16) => mem!(self, addr; [pmovzxbw Rx(d), QWORD] []),
            VLoad::ExtendU(I32) => mem!(self, addr; [pmovzxwd Rx(d), QWORD] []),
            VLoad::ExtendU(_) => mem!(self, addr; [pmovzxdq Rx(d), QWORD] []),
            VLoad::Splat(I8) => {
                mem!(self, addr; [pinsrb Rx(d), BYTE] [, 0]);
                simd::zero(self, X);
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
            VLoad::Splat(_) => {
                mem!(self, addr; [movq Rx(d), QWORD] []);
                asm!(self; punpcklqdq Rx(d), Rx(d));
            }
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
