//! Linear-memory accesses for 32-bit x86: every access is checked
//! explicitly first (a 32-bit process has no room for guard regions), with
//! one compare of the index with the word of `VMMemory::limits` for the
//! access's end (`runtime/vm.rs`; ends past its table compare with the size
//! minus the end). Memory 0's base is loaded from its `VMMemory` into the
//! scratch register at each access (`[edi + index + disp]`; growing may move
//! a memory in a 32-bit process, `runtime/memory.rs`), by its bounds check
//! when there is one, which has the `VMMemory` at hand; another memory's by
//! the generator into a register of its own (`[base + index + disp]`).
//!
//! ```text
//!  memory 0, end e <= MEMORY_LIMITS:  mov edi, [esi + mem0]
//!                                     cmp idx, [edi + limits + 4 * (e - 1)]
//!                                     jae oob
//!                                     mov edi, [edi]          ; the base
//!                                     mov eax, [edi + idx + offset]
//!  another memory (VMMemory in ebx):  cmp idx, [ebx + limits + 4 * (e - 1)]
//!                                     jae oob
//!                                     mov ebx, [ebx]          ; the generator's
//! ```

use dynasmrt::DynamicLabel;

use crate::compiler::masm::{pair_halves, HeapAddr, MemLoad, OperandSize, Reg, StoreSrc};
use crate::environ::vmoffsets::{
    MEMORY_LIMITS, MEMORY_LIMITS_OFF, MEMORY_SIZE_OFF, VMCTX_MEM0_OFF,
};

use super::asm::{asm, Asm, SCRATCH};
use super::pair::{halves, lo};

/// Most bytes a memory can have in a 32-bit process (below 4 GiB).
const MAX_MEMORY_BYTES: u64 = u32::MAX as u64;

/// `jb`/`jae`/`ja oob` unless `index + end <= size` (the size of the
/// `VMMemory` at `memory`, or memory 0's). For memory 0 the check leaves
/// its base in `edi` and returns `Some(edi)` (`None` for an end no memory
/// reaches: a plain `jmp oob`).
pub(super) fn heap_bounds_check(
    a: &mut Asm,
    memory: Option<Reg>,
    index: Option<Reg>,
    end: u64,
    oob: DynamicLabel,
) -> Option<Reg> {
    if end > MAX_MEMORY_BYTES {
        asm!(a; jmp =>oob);
        return None;
    }
    let vm = match memory {
        None => {
            asm!(a; mov Rd(SCRATCH), [vmctx + VMCTX_MEM0_OFF]);
            SCRATCH
        }
        Some(m) => lo(m),
    };
    match index {
        // `index < limits[end - 1]`.
        Some(i) if (1..=MEMORY_LIMITS as u64).contains(&end) => {
            let limit = MEMORY_LIMITS_OFF + 4 * (end as i32 - 1);
            asm!(a
                ; cmp Rd(lo(i)), [Rd(vm) + limit]
                ; jae =>oob
            );
        }
        // `index <= size - end`, the subtraction not borrowing.
        Some(i) => {
            asm!(a
                ; mov Rd(SCRATCH), [Rd(vm) + MEMORY_SIZE_OFF]
                ; sub Rd(SCRATCH), end as u32 as i32
                ; jb =>oob
                ; cmp Rd(lo(i)), Rd(SCRATCH)
                ; ja =>oob
            );
            if memory.is_none() {
                asm!(a; mov Rd(SCRATCH), [vmctx + VMCTX_MEM0_OFF]);
            }
        }
        // `end <= size`.
        None => asm!(a
            ; cmp DWORD [Rd(vm) + MEMORY_SIZE_OFF], end as u32 as i32
            ; jb =>oob
        ),
    }
    memory.is_none().then(|| {
        asm!(a; mov Rd(SCRATCH), [Rd(SCRATCH)]);
        SCRATCH
    })
}

/// `mem!([head] [tail])`: the access `[base + index + disp + extra]`,
/// where the base is the address's register or, for memory 0, `edi`
/// (loaded by `load_base`). Address arithmetic is modulo 2^32, so `disp +
/// extra` wraps (an offset of 2^31 - 1 for the high half of an 8-byte
/// access): the bounds check before it has shown that the whole sum is
/// below the memory's size.
macro_rules! mem {
    ($a:expr, $addr:expr, $extra:expr, [$($pre:tt)*] [$($post:tt)*]) => {{
        let disp = $addr.disp.wrapping_add($extra);
        let base = $addr.base.map_or(SCRATCH, lo);
        match $addr.index {
            Some(i) => asm!($a; $($pre)* [Rd(base) + Rd(lo(i)) + disp] $($post)*),
            None => asm!($a; $($pre)* [Rd(base) + disp] $($post)*),
        }
    }};
}
pub(super) use mem;

use OperandSize::{S32, S64};

/// `edi = ` memory 0's base (`VMMemory::base`, at +0) for an access to
/// memory 0 without a bounds check (code for guard pages, which a 32-bit
/// process never runs); otherwise the base is in `addr.base` already.
pub(super) fn load_base(a: &mut Asm, addr: HeapAddr) {
    if addr.base.is_none() {
        asm!(a
            ; mov Rd(SCRATCH), [vmctx + VMCTX_MEM0_OFF]
            ; mov Rd(SCRATCH), [Rd(SCRATCH)]
        );
    }
}

pub(super) fn heap_load(a: &mut Asm, k: MemLoad, dst: Reg, addr: HeapAddr) {
    load_base(a, addr);
    let (l, h) = halves(dst);
    let wide = k.size == S64 && !k.float && pair_halves(dst).is_some();
    match (k.float, k.size, k.bytes, k.signed) {
        (true, S32, _, _) => mem!(a, addr, 0, [movss Rx(dst), DWORD] []),
        (true, S64, _, _) => mem!(a, addr, 0, [movsd Rx(dst), QWORD] []),
        (false, _, 1, false) => mem!(a, addr, 0, [movzx Rd(l), BYTE] []),
        (false, _, 1, true) => mem!(a, addr, 0, [movsx Rd(l), BYTE] []),
        (false, _, 2, false) => mem!(a, addr, 0, [movzx Rd(l), WORD] []),
        (false, _, 2, true) => mem!(a, addr, 0, [movsx Rd(l), WORD] []),
        (false, _, 4, _) => mem!(a, addr, 0, [mov Rd(l), DWORD] []),
        (false, S64, 8, _) => {
            // The high half first: the result never shares a register
            // with the index (the generator gives i64 loads a fresh pair).
            mem!(a, addr, 4, [mov Rd(h), DWORD] []);
            mem!(a, addr, 0, [mov Rd(l), DWORD] []);
            return;
        }
        _ => unreachable!("no such load"),
    }
    if wide {
        if k.signed {
            asm!(a; mov Rd(h), Rd(l) ; sar Rd(h), 31);
        } else {
            asm!(a; mov Rd(h), 0);
        }
    }
}

pub(super) fn heap_store(a: &mut Asm, bytes: u8, src: StoreSrc, addr: HeapAddr) {
    load_base(a, addr);
    match (src, bytes) {
        (StoreSrc::Imm(c), 1) => mem!(a, addr, 0, [mov BYTE] [, c as i8]),
        (StoreSrc::Imm(c), 2) => mem!(a, addr, 0, [mov WORD] [, c as i16]),
        (StoreSrc::Imm(c), 4) => mem!(a, addr, 0, [mov DWORD] [, c as i32]),
        (StoreSrc::Imm(c), 8) => {
            mem!(a, addr, 0, [mov DWORD] [, c as i32]);
            mem!(a, addr, 4, [mov DWORD] [, (c as i32) >> 31]);
        }
        (StoreSrc::Gpr(r), 1) => mem!(a, addr, 0, [mov] [, Rb(lo(r))]),
        (StoreSrc::Gpr(r), 2) => mem!(a, addr, 0, [mov] [, Rw(lo(r))]),
        (StoreSrc::Gpr(r), 4) => mem!(a, addr, 0, [mov] [, Rd(lo(r))]),
        (StoreSrc::Gpr(r), 8) => {
            let (l, h) = halves(r);
            mem!(a, addr, 0, [mov] [, Rd(l)]);
            mem!(a, addr, 4, [mov] [, Rd(h)]);
        }
        (StoreSrc::Float(x), 4) => mem!(a, addr, 0, [movss DWORD] [, Rx(x)]),
        (StoreSrc::Float(x), 8) => mem!(a, addr, 0, [movsd QWORD] [, Rx(x)]),
        _ => unreachable!("no such store"),
    }
}
