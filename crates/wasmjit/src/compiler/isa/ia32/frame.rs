//! Function entry, trap exits and integer division for 32-bit x86: the
//! `MacroAssembler` operations whose sequences are fixed by the frame
//! layout (`compiler/func.rs`, `masm.rs`) and the trap protocol
//! (`runtime/stubs.rs`).

use dynasmrt::{DynamicLabel, DynasmApi as _};

use crate::compiler::masm::{DivKind, OperandSize, Reg};
use crate::environ::builtins::Builtin;
use crate::environ::vmoffsets::{PtrSize, VMCTX_BUILTINS_OFF, VMCTX_STACK_LIMIT_OFF};

use super::asm::SCRATCH;
use super::asm::{asm, unsupported, Asm};
use super::pair::lo;

use OperandSize::S64;

/// `call rel32` with a zero displacement, filled in when the module's
/// code is linked (`compiler/link.rs`); returns the displacement's offset.
pub(super) fn call_rel32(a: &mut Asm) -> usize {
    a.push(0xe8);
    a.push_i32(0);
    a.offset().0 - 4
}

/// As on x86-64: the new stack pointer is checked against the limit
/// before esp moves. The context is saved at `[ebp - 8]`.
pub(super) fn prologue(
    a: &mut Asm,
    entry: DynamicLabel,
    overflow: DynamicLabel,
    recheck: DynamicLabel,
) -> usize {
    asm!(a
        ; =>entry
        ; push ebp
        ; mov ebp, esp
        ; =>recheck
        ; lea Rd(SCRATCH), [esp - 0x7fff_fff0]
    );
    let patch = a.offset().0 - 4;
    asm!(a
        ; cmp Rd(SCRATCH), [vmctx + VMCTX_STACK_LIMIT_OFF]
        ; jb =>overflow
        ; mov esp, Rd(SCRATCH)
        ; mov [ebp - 8], vmctx
    );
    patch
}

/// The frame plus the 8-byte gap above esp (keeps esp 16-byte aligned:
/// the return address and saved ebp take the other 8).
pub(super) fn patch_frame_size(a: &mut Asm, at: usize, bytes: u32) {
    let mut m = a.alter();
    m.goto(dynasmrt::AssemblyOffset(at));
    m.push_i32(-(bytes as i32 + 8));
}

/// Zeroes the 8-byte slots at these `ebp` offsets (uninitialised locals).
pub(super) fn zero_frame_slots(a: &mut Asm, offsets: &[i32]) {
    if offsets.is_empty() {
        return;
    }
    asm!(a; xor eax, eax);
    for &off in offsets {
        asm!(a; mov [ebp + off], eax ; mov [ebp + off + 4], eax);
    }
}

/// Zeroes `n` 8-byte slots from `ebp + lowest` up (`rep stosd`).
pub(super) fn zero_frame_range(a: &mut Asm, lowest: i32, n: u32) {
    asm!(a
        ; xor eax, eax
        ; lea edi, [ebp + lowest]
        ; mov ecx, (2 * n) as i32
        ; rep stosd
    );
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
        ; pop edx
        ; dec edx
        ; mov ecx, [vmctx + VMCTX_BUILTINS_OFF]
        ; jmp DWORD [ecx + Builtin::TrapExit.offset(PtrSize::HOST)]
    );
}

/// One compare with the context's stack-limit word; needs no register.
pub(super) fn interrupt_check(a: &mut Asm, l: DynamicLabel) {
    asm!(a
        ; cmp esp, [vmctx + VMCTX_STACK_LIMIT_OFF]
        ; jb =>l
    );
}

/// `i32` division and remainder of `eax` by `r` (result in `eax` or
/// `edx`): a zero divisor jumps to `div0`, `i32::MIN / -1` to `overflow`,
/// and `i32::MIN % -1` is 0 without dividing. `i64` ones are unsupported.
pub(super) fn div(
    a: &mut Asm,
    size: OperandSize,
    kind: DivKind,
    r: Reg,
    const_divisor: Option<i64>,
    div0: DynamicLabel,
    overflow: Option<DynamicLabel>,
) {
    if size == S64 {
        return unsupported("i64 division and remainder on 32-bit x86");
    }
    let r = lo(r);
    if const_divisor.is_none() {
        asm!(a; test Rd(r), Rd(r) ; jz =>div0);
    } else if const_divisor == Some(0) {
        asm!(a; jmp =>div0);
    }
    let maybe_minus_one = const_divisor.is_none() || const_divisor == Some(-1);
    match kind {
        DivKind::DivS => {
            if let Some(ovf) = overflow {
                let ok = a.new_dynamic_label();
                asm!(a
                    ; cmp Rd(r), -1
                    ; jne =>ok
                    ; cmp eax, i32::MIN
                    ; je =>ovf
                    ; =>ok
                );
            }
            asm!(a; cdq ; idiv Rd(r));
        }
        DivKind::RemS => {
            let done = a.new_dynamic_label();
            if maybe_minus_one {
                let go = a.new_dynamic_label();
                asm!(a; cmp Rd(r), -1 ; jne =>go ; mov edx, 0 ; jmp =>done ; =>go);
            }
            asm!(a; cdq ; idiv Rd(r) ; =>done);
        }
        DivKind::DivU | DivKind::RemU => asm!(a; mov edx, 0 ; div Rd(r)),
    }
}
