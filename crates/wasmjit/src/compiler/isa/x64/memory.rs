//! Linear-memory accesses for x86-64 (`MacroAssembler::heap_load`,
//! `heap_store`): `[membase + index + disp]`, no bounds check.

use crate::compiler::masm::{HeapAddr, MemLoad, OperandSize, Reg, StoreSrc};

use super::asm::{asm, Asm};

use OperandSize::{S32, S64};

pub(super) fn heap_load(a: &mut Asm, k: MemLoad, dst: Reg, addr: HeapAddr) {
    // `mem!([head tokens] [tail tokens])` puts the memory operand between them.
    macro_rules! mem {
        ([$($pre:tt)*] [$($post:tt)*]) => {
            match addr.index {
                Some(i) => asm!(a; $($pre)* [membase + Rq(i) + addr.disp] $($post)*),
                None => asm!(a; $($pre)* [membase + addr.disp] $($post)*),
            }
        };
    }
    match (k.float, k.size, k.bytes, k.signed) {
        (true, S32, _, _) => mem!([movss Rx(dst),] []),
        (true, S64, _, _) => mem!([movsd Rx(dst),] []),
        (false, _, 1, false) => mem!([movzx Rd(dst), BYTE] []),
        (false, S32, 1, true) => mem!([movsx Rd(dst), BYTE] []),
        (false, S64, 1, true) => mem!([movsx Rq(dst), BYTE] []),
        (false, _, 2, false) => mem!([movzx Rd(dst), WORD] []),
        (false, S32, 2, true) => mem!([movsx Rd(dst), WORD] []),
        (false, S64, 2, true) => mem!([movsx Rq(dst), WORD] []),
        (false, S32, 4, _) | (false, S64, 4, false) => mem!([mov Rd(dst), DWORD] []),
        (false, S64, 4, true) => mem!([movsxd Rq(dst), DWORD] []),
        (false, S64, 8, _) => mem!([mov Rq(dst), QWORD] []),
        _ => unreachable!("no such load"),
    }
}

pub(super) fn heap_store(a: &mut Asm, bytes: u8, src: StoreSrc, addr: HeapAddr) {
    macro_rules! mem {
        ([$($pre:tt)*] [$($post:tt)*]) => {
            match addr.index {
                Some(i) => asm!(a; $($pre)* [membase + Rq(i) + addr.disp] $($post)*),
                None => asm!(a; $($pre)* [membase + addr.disp] $($post)*),
            }
        };
    }
    match (src, bytes) {
        (StoreSrc::Imm(c), 1) => mem!([mov BYTE] [, c as i8]),
        (StoreSrc::Imm(c), 2) => mem!([mov WORD] [, c as i16]),
        (StoreSrc::Imm(c), 4) => mem!([mov DWORD] [, c as i32]),
        (StoreSrc::Imm(c), 8) => mem!([mov QWORD] [, c as i32]),
        (StoreSrc::Gpr(r), 1) => mem!([mov] [, Rb(r)]),
        (StoreSrc::Gpr(r), 2) => mem!([mov] [, Rw(r)]),
        (StoreSrc::Gpr(r), 4) => mem!([mov] [, Rd(r)]),
        (StoreSrc::Gpr(r), 8) => mem!([mov] [, Rq(r)]),
        (StoreSrc::Float(x), 4) => mem!([movss] [, Rx(x)]),
        (StoreSrc::Float(x), 8) => mem!([movsd] [, Rx(x)]),
        _ => unreachable!("no such store"),
    }
}
