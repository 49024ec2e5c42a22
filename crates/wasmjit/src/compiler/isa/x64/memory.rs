//! Linear-memory accesses for x86-64 (`MacroAssembler::heap_load`,
//! `heap_store`): `[membase + index + disp]` for memory 0 (its base pinned
//! in `r14`), `[base + index + disp]` for another memory (its base loaded
//! into a register by the generator), and the explicit bounds check that
//! precedes them without guard pages (`heap_bounds_check`).

use dynasmrt::DynamicLabel;

use crate::compiler::masm::{HeapAddr, MemLoad, OperandSize, Reg, StoreSrc};
use crate::environ::vmoffsets::{MEMORY_SIZE_OFF, VMCTX_MEM0_OFF};

/// `mem!(a, addr; [head tokens] [tail tokens])` puts the linear-memory
/// operand of `addr` (a [`HeapAddr`]) between them (the `v128` accesses'
/// form).
macro_rules! mem {
    ($a:expr, $addr:expr; [$($pre:tt)*] [$($post:tt)*]) => {
        match ($addr.base, $addr.index) {
            (None, Some(i)) => asm!($a; $($pre)* [membase + Rq(i) + $addr.disp] $($post)*),
            (None, None) => asm!($a; $($pre)* [membase + $addr.disp] $($post)*),
            (Some(b), Some(i)) => asm!($a; $($pre)* [Rq(b) + Rq(i) + $addr.disp] $($post)*),
            (Some(b), None) => asm!($a; $($pre)* [Rq(b) + $addr.disp] $($post)*),
        }
    };
}
pub(super) use mem;

use super::asm::{asm, Asm};
use super::regs::SCRATCH;

/// Most bytes a 32-bit memory can have (65536 pages).
const MAX_MEMORY_BYTES: u64 = 1 << 32;

/// `jb oob` unless `index + end <= size`: `scratch = size - end` (in steps
/// that fit an immediate, each checked for a borrow), then `index >
/// scratch` is out of bounds. The size is that of the `VMMemory` at
/// `memory`, or memory 0's. An `end` past any memory's size jumps straight
/// to `oob`.
pub(super) fn heap_bounds_check(
    a: &mut Asm,
    memory: Option<Reg>,
    index: Option<Reg>,
    end: u64,
    oob: DynamicLabel,
) {
    if end > MAX_MEMORY_BYTES {
        asm!(a; jmp =>oob);
        return;
    }
    match memory {
        None => asm!(a
            ; mov Rq(SCRATCH), [vmctx + VMCTX_MEM0_OFF]
            ; mov Rq(SCRATCH), [Rq(SCRATCH) + MEMORY_SIZE_OFF]
        ),
        Some(m) => asm!(a; mov Rq(SCRATCH), [Rq(m) + MEMORY_SIZE_OFF]),
    }
    let mut rest = end;
    while rest > 0 {
        let step = rest.min(i32::MAX as u64);
        asm!(a
            ; sub Rq(SCRATCH), step as i32
            ; jb =>oob
        );
        rest -= step;
    }
    if let Some(i) = index {
        asm!(a
            ; cmp Rq(i), Rq(SCRATCH)
            ; ja =>oob
        );
    }
}

use OperandSize::{S32, S64};

/// `heap_mem!(a, addr, [head tokens] [tail tokens])`: the instruction with
/// the memory operand of `addr` (`[membase + index + disp]`, or `[base +
/// index + disp]` for a memory other than 0) between them. dynasm encodes
/// a runtime displacement in 32 bits: none is given when it is 0.
macro_rules! heap_mem {
    ($a:expr, $addr:expr, [$($pre:tt)*] [$($post:tt)*]) => {
        match ($addr.base, $addr.index) {
            (None, Some(i)) if $addr.disp == 0 => asm!($a; $($pre)* [membase + Rq(i)] $($post)*),
            (Some(b), Some(i)) if $addr.disp == 0 => asm!($a; $($pre)* [Rq(b) + Rq(i)] $($post)*),
            (None, Some(i)) => asm!($a; $($pre)* [membase + Rq(i) + $addr.disp] $($post)*),
            (Some(b), Some(i)) => asm!($a; $($pre)* [Rq(b) + Rq(i) + $addr.disp] $($post)*),
            (None, None) => asm!($a; $($pre)* [membase + $addr.disp] $($post)*),
            (Some(b), None) => asm!($a; $($pre)* [Rq(b) + $addr.disp] $($post)*),
        }
    };
}

pub(super) fn heap_load(a: &mut Asm, k: MemLoad, dst: Reg, addr: HeapAddr) {
    match (k.float, k.size, k.bytes, k.signed) {
        (true, S32, _, _) => heap_mem!(a, addr, [movss Rx(dst),] []),
        (true, S64, _, _) => heap_mem!(a, addr, [movsd Rx(dst),] []),
        (false, _, 1, false) => heap_mem!(a, addr, [movzx Rd(dst), BYTE] []),
        (false, S32, 1, true) => heap_mem!(a, addr, [movsx Rd(dst), BYTE] []),
        (false, S64, 1, true) => heap_mem!(a, addr, [movsx Rq(dst), BYTE] []),
        (false, _, 2, false) => heap_mem!(a, addr, [movzx Rd(dst), WORD] []),
        (false, S32, 2, true) => heap_mem!(a, addr, [movsx Rd(dst), WORD] []),
        (false, S64, 2, true) => heap_mem!(a, addr, [movsx Rq(dst), WORD] []),
        (false, S32, 4, _) | (false, S64, 4, false) => heap_mem!(a, addr, [mov Rd(dst), DWORD] []),
        (false, S64, 4, true) => heap_mem!(a, addr, [movsxd Rq(dst), DWORD] []),
        (false, S64, 8, _) => heap_mem!(a, addr, [mov Rq(dst), QWORD] []),
        _ => unreachable!("no such load"),
    }
}

pub(super) fn heap_store(a: &mut Asm, bytes: u8, src: StoreSrc, addr: HeapAddr) {
    match (src, bytes) {
        (StoreSrc::Imm(c), 1) => heap_mem!(a, addr, [mov BYTE] [, c as i8]),
        (StoreSrc::Imm(c), 2) => heap_mem!(a, addr, [mov WORD] [, c as i16]),
        (StoreSrc::Imm(c), 4) => heap_mem!(a, addr, [mov DWORD] [, c as i32]),
        (StoreSrc::Imm(c), 8) => heap_mem!(a, addr, [mov QWORD] [, c as i32]),
        (StoreSrc::Gpr(r), 1) => heap_mem!(a, addr, [mov] [, Rb(r)]),
        (StoreSrc::Gpr(r), 2) => heap_mem!(a, addr, [mov] [, Rw(r)]),
        (StoreSrc::Gpr(r), 4) => heap_mem!(a, addr, [mov] [, Rd(r)]),
        (StoreSrc::Gpr(r), 8) => heap_mem!(a, addr, [mov] [, Rq(r)]),
        (StoreSrc::Float(x), 4) => heap_mem!(a, addr, [movss] [, Rx(x)]),
        (StoreSrc::Float(x), 8) => heap_mem!(a, addr, [movsd] [, Rx(x)]),
        _ => unreachable!("no such store"),
    }
}
