//! Function entry, trap exits and integer division for x86-64: the
//! `MacroAssembler` operations whose sequences are fixed by the frame
//! layout (`compiler/func.rs`) and the trap protocol (`runtime/stubs.rs`).

use dynasmrt::{DynamicLabel, DynasmApi as _};

use crate::compiler::masm::{DivKind, OperandSize};
use crate::environ::builtins::Builtin;
use crate::environ::vmoffsets::{PtrSize, VMCTX_BUILTINS_OFF, VMCTX_STACK_LIMIT_OFF};

use super::asm::{asm, Asm};
use super::regs::{RAX, RDX, SCRATCH};

// The stack-limit word's offset, spelled as a literal below so that dynasm
// encodes it as an 8-bit displacement (it always encodes an expression as
// 32 bits).
const _: () = assert!(VMCTX_STACK_LIMIT_OFF == 0x18);

/// The new stack pointer is checked against the limit before rsp moves: a
/// frame larger than the room left would otherwise put rsp past the
/// stack's guard page, and the trap exit's `call` (or the frame's own
/// stores) would write into whatever is mapped there.
pub(super) fn prologue(
    a: &mut Asm,
    entry: DynamicLabel,
    overflow: DynamicLabel,
    recheck: DynamicLabel,
) -> usize {
    asm!(a
        ; =>entry
        ; push rbp
        ; mov rbp, rsp
        ; =>recheck
        ; lea Rq(SCRATCH), [rsp - 0x7fff_fff0]
    );
    let patch = a.offset().0 - 4;
    asm!(a
        ; cmp Rq(SCRATCH), [vmctx + 0x18]
        ; jb =>overflow
        ; mov rsp, Rq(SCRATCH)
    );
    patch
}

/// The prologue of a function that calls nothing: no stack check yet.
/// Seven bytes after `push rbp; mov rbp, rsp` become `sub rsp, frame` or a
/// jump to an out-of-line check (`leaf_frame`); returns their offset.
pub(super) fn leaf_prologue(a: &mut Asm, entry: DynamicLabel) -> usize {
    asm!(a
        ; =>entry
        ; push rbp
        ; mov rbp, rsp
        ; sub rsp, 0x7fff_fff0
    );
    a.offset().0 - 7
}

/// Completes [`leaf_prologue`] at `at`: `sub rsp, bytes` when `checked`
/// is false, else a jump to a stack check emitted here (the prologue's,
/// ending with a jump back).
pub(super) fn leaf_frame(
    a: &mut Asm,
    at: usize,
    bytes: u32,
    checked: bool,
    overflow: DynamicLabel,
    recheck: DynamicLabel,
) {
    if !checked {
        let mut m = a.alter();
        m.goto(dynasmrt::AssemblyOffset(at + 3));
        m.push_i32(bytes as i32);
        return;
    }
    let check = a.offset().0;
    asm!(a
        ; =>recheck
        ; lea Rq(SCRATCH), [rsp - bytes as i32]
        ; cmp Rq(SCRATCH), [vmctx + 0x18]
        ; jb =>overflow
        ; mov rsp, Rq(SCRATCH)
    );
    let back = (at + 7) as i64 - (a.offset().0 as i64 + 5);
    a.push(0xe9);
    a.push_i32(back as i32);
    let mut m = a.alter();
    m.goto(dynasmrt::AssemblyOffset(at));
    m.push(0xe9);
    m.push_i32((check as i64 - (at as i64 + 5)) as i32);
    m.push(0x66);
    m.push(0x90);
}

/// The displacement of the prologue's `lea r11, [rsp - frame]`.
pub(super) fn patch_frame_size(a: &mut Asm, at: usize, bytes: u32) {
    let mut m = a.alter();
    m.goto(dynasmrt::AssemblyOffset(at));
    m.push_i32(-(bytes as i32));
}

pub(super) fn zero_frame_slots(a: &mut Asm, offsets: &[i32]) {
    if offsets.is_empty() {
        return;
    }
    asm!(a; xor eax, eax);
    for &off in offsets {
        asm!(a; mov QWORD [rbp + off], rax);
    }
}

/// A loop over rax, rcx and r11 only: parameters may be in rdi and rsi
/// (`regs::PARAM_GPRS`), which `rep stosq` would take.
pub(super) fn zero_frame_range(a: &mut Asm, lowest: i32, n: u32) {
    let top = a.new_dynamic_label();
    asm!(a
        ; xor eax, eax
        ; lea Rq(SCRATCH), [rbp + lowest - 8]
        ; mov ecx, n as i32
        ; =>top
        ; mov [Rq(SCRATCH) + rcx * 8], rax
        ; dec ecx
        ; jnz =>top
    );
}

/// `call rel32` with a zero displacement, filled in when the module's
/// code is linked (`compiler/link.rs`); returns the displacement's offset.
pub(super) fn call_rel32(a: &mut Asm) -> usize {
    a.push(0xe8);
    a.push_i32(0);
    a.offset().0 - 4
}

/// Returns the offset of the displacement of its call of the module's
/// trap stub (linked like a call of a function).
pub(super) fn trap_exit(a: &mut Asm, l: DynamicLabel, code: Option<u32>) -> usize {
    asm!(a; =>l);
    if let Some(code) = code {
        asm!(a; mov eax, code as i32);
    }
    call_rel32(a)
}

/// Functions reach the stub through their own exits (`trap_exit`), which
/// leave a return address in the function on the stack: the pc of the trap.
pub(super) fn module_trap_stub(a: &mut Asm) {
    asm!(a
        ; pop rdx
        ; dec rdx
        ; mov rcx, [r15 + VMCTX_BUILTINS_OFF]
        ; jmp QWORD [rcx + Builtin::TrapExit.offset(PtrSize::HOST)]
    );
}

/// A stack-limit check's exit: the module's check stub, then the check
/// again (after a hand-over; the stub leaves by the trap exit otherwise).
/// Returns the offset of the call's displacement.
pub(super) fn check_exit(a: &mut Asm, l: DynamicLabel, recheck: DynamicLabel) -> usize {
    asm!(a; =>l);
    let at = call_rel32(a);
    asm!(a; jmp =>recheck);
    at
}

/// Bytes of [`module_check_stub`]'s save area of xmm0-15.
const CHECK_XMM_BYTES: i32 = 16 * 16;

/// The module's check stub, called by [`check_exit`] with the registers
/// of the code at the failed check live: saves those the System V ABI
/// lets a callee change (rax, rcx, rdx, rsi, rdi, r8-r11, xmm0-15), calls
/// `Builtin::StackCheck` with the context, and returns with them restored
/// when it returns 0; else jumps to the trap exit with its code in eax and
/// the return address (in the check exit) as the pc of the trap.
pub(super) fn module_check_stub(a: &mut Asm) {
    asm!(a
        ; push rax
        ; push rcx
        ; push rdx
        ; push rsi
        ; push rdi
        ; push r8
        ; push r9
        ; push r10
        ; push r11
        ; push rbx
        ; mov rbx, rsp
        ; sub rsp, CHECK_XMM_BYTES
        ; and rsp, -16
    );
    for x in 0..16u8 {
        let d = 16 * x as i32;
        asm!(a; movdqu [rsp + d], Rx(x));
    }
    asm!(a
        ; mov rdi, vmctx
        ; mov rax, [vmctx + VMCTX_BUILTINS_OFF]
        ; call QWORD [rax + Builtin::StackCheck.offset(PtrSize::HOST)]
    );
    for x in 0..16u8 {
        let d = 16 * x as i32;
        asm!(a; movdqu Rx(x), [rsp + d]);
    }
    asm!(a
        ; mov rsp, rbx
        ; test eax, eax
        ; jnz >trap
        ; pop rbx
        ; pop r11
        ; pop r10
        ; pop r9
        ; pop r8
        ; pop rdi
        ; pop rsi
        ; pop rdx
        ; pop rcx
        ; pop rax
        ; ret
        ; trap:
        ; add rsp, 10 * 8
        ; pop rdx
        ; dec rdx
        ; mov rcx, [vmctx + VMCTX_BUILTINS_OFF]
        ; jmp QWORD [rcx + Builtin::TrapExit.offset(PtrSize::HOST)]
    );
}

/// One compare with the context's stack-limit word; needs no register.
pub(super) fn interrupt_check(a: &mut Asm, l: DynamicLabel) {
    asm!(a
        ; cmp rsp, [vmctx + 0x18]
        ; jb =>l
    );
}

pub(super) fn div(
    a: &mut Asm,
    size: OperandSize,
    kind: DivKind,
    r: u8,
    const_divisor: Option<i64>,
    div0: DynamicLabel,
    overflow: Option<DynamicLabel>,
) {
    let wide = size == OperandSize::S64;
    if const_divisor.is_none() {
        if wide {
            asm!(a; test Rq(r), Rq(r) ; jz =>div0);
        } else {
            asm!(a; test Rd(r), Rd(r) ; jz =>div0);
        }
    } else if const_divisor == Some(0) {
        asm!(a; jmp =>div0);
    }
    let maybe_minus_one = const_divisor.is_none() || const_divisor == Some(-1);
    match kind {
        DivKind::DivS => {
            if let Some(ovf) = overflow {
                let ok = a.new_dynamic_label();
                if wide {
                    asm!(a
                        ; cmp Rq(r), -1
                        ; jne =>ok
                        ; mov Rq(RDX), QWORD i64::MIN
                        ; cmp Rq(RAX), Rq(RDX)
                        ; je =>ovf
                        ; =>ok
                    );
                } else {
                    asm!(a
                        ; cmp Rd(r), -1
                        ; jne =>ok
                        ; cmp Rd(RAX), i32::MIN
                        ; je =>ovf
                        ; =>ok
                    );
                }
            }
            if wide {
                asm!(a; cqo ; idiv Rq(r));
            } else {
                asm!(a; cdq ; idiv Rd(r));
            }
        }
        DivKind::RemS => {
            let done = a.new_dynamic_label();
            if maybe_minus_one {
                let go = a.new_dynamic_label();
                if wide {
                    asm!(a; cmp Rq(r), -1 ; jne =>go ; mov Rd(RDX), 0 ; jmp =>done ; =>go);
                } else {
                    asm!(a; cmp Rd(r), -1 ; jne =>go ; mov Rd(RDX), 0 ; jmp =>done ; =>go);
                }
            }
            if wide {
                asm!(a; cqo ; idiv Rq(r) ; =>done);
            } else {
                asm!(a; cdq ; idiv Rd(r) ; =>done);
            }
        }
        DivKind::DivU | DivKind::RemU => {
            if wide {
                asm!(a; mov Rd(RDX), 0 ; div Rq(r));
            } else {
                asm!(a; mov Rd(RDX), 0 ; div Rd(r));
            }
        }
    }
}
