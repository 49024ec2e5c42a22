//! The assembler wrapper for 32-bit x86: one macro that fixes the
//! architecture and names the fixed registers, condition codes (shared
//! with x86-64: `isa::x64::asm::Cc`), and the record of operations not
//! implemented yet.
//!
//! Register conventions inside generated code (docs/architecture.md,
//! "Register pairs" and "32-bit x86"):
//! - `esi` (`vmctx`): the instance's `VMContext` for the whole function,
//!   also saved at `[ebp - 8]` by the prologue;
//! - `edi`: scratch, never holds a wasm value (memory 0's base is loaded
//!   into it at each access);
//! - `eax`, `ecx`, `edx`, `ebx`: values, alone or as `i64` pairs;
//! - `xmm7`: float scratch; `ebp`: frame pointer; `esp`: fixed below the
//!   frame, 16-byte aligned in the body, with 8 bytes between it and the
//!   outgoing argument slots (`FrameBase::Sp` offsets are shifted by 8).

use std::cell::Cell;

use dynasmrt::{x86::X86Relocation, DynamicLabel, VecAssembler};

pub use crate::compiler::isa::x64::asm::Cc;

/// The assembler every function of a module is emitted into.
pub type Asm = VecAssembler<X86Relocation>;

pub const EAX: u8 = 0;
pub const ECX: u8 = 1;
pub const EDX: u8 = 2;
pub const EBX: u8 = 3;
pub const ESI: u8 = 6;
/// Scratch GPR; never holds a wasm value.
pub const SCRATCH: u8 = 7;
/// Scratch XMM register; never holds a wasm value.
pub const XSCRATCH: u8 = 7;

/// `dynasm!` for x86 with the engine's register aliases.
macro_rules! asm {
    ($a:expr; $($t:tt)*) => {{
        #[allow(unused_imports)]
        use dynasmrt::{DynasmApi as _, DynasmLabelApi as _};
        dynasmrt::dynasm!($a
            ; .arch x86
            ; .alias vmctx, esi
            ; $($t)*
        )
    }};
}
pub(crate) use asm;

/// Emits the scalar single (`$s`) or double (`$d`) form of an SSE
/// instruction `op dst, src` for any `FOpnd` (register or frame slot).
macro_rules! sse {
    ($a:expr, $single:expr, $s:ident / $d:ident, $dst:expr, $src:expr) => {
        match ($single, $src) {
            (true, $crate::compiler::masm::FOpnd::Reg(r)) => asm!($a; $s Rx($dst), Rx(r)),
            (true, $crate::compiler::masm::FOpnd::Mem(disp)) => asm!($a; $s Rx($dst), DWORD [ebp + disp]),
            (false, $crate::compiler::masm::FOpnd::Reg(r)) => asm!($a; $d Rx($dst), Rx(r)),
            (false, $crate::compiler::masm::FOpnd::Mem(disp)) => asm!($a; $d Rx($dst), QWORD [ebp + disp]),
            (_, $crate::compiler::masm::FOpnd::Pool(_)) => unreachable!("no constant pool on ia32 (FLOAT_POOL)"),
        }
    };
}
pub(crate) use sse;

thread_local! {
    /// The first operation of the function being compiled that this
    /// backend does not implement yet.
    static UNSUPPORTED: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// Records that the function needs `what`, which this backend cannot
/// emit yet (the code emitted in its place is never run: the function
/// fails to compile).
pub fn unsupported(what: &'static str) {
    UNSUPPORTED.with(|u| {
        if u.get().is_none() {
            u.set(Some(what));
        }
    });
}

/// The recorded operation, if any, cleared.
pub fn take_unsupported() -> Option<&'static str> {
    UNSUPPORTED.with(|u| u.take())
}

/// `jcc label`.
pub fn jcc(a: &mut Asm, cc: Cc, l: DynamicLabel) {
    match cc {
        Cc::E => asm!(a; je =>l),
        Cc::Ne => asm!(a; jne =>l),
        Cc::L => asm!(a; jl =>l),
        Cc::Le => asm!(a; jle =>l),
        Cc::G => asm!(a; jg =>l),
        Cc::Ge => asm!(a; jge =>l),
        Cc::B => asm!(a; jb =>l),
        Cc::Be => asm!(a; jbe =>l),
        Cc::A => asm!(a; ja =>l),
        Cc::Ae => asm!(a; jae =>l),
        Cc::P => asm!(a; jp =>l),
        Cc::Np => asm!(a; jnp =>l),
    }
}

/// `r = cc ? 1 : 0`, flags intact: `setcc` for registers with a byte form
/// (eax..ebx), else a move and a conditional jump over a second move.
pub fn setcc(a: &mut Asm, cc: Cc, r: u8) {
    if r >= 4 {
        let skip = a.new_dynamic_label();
        asm!(a; mov Rd(r), 0);
        jcc(a, cc.negate_cc(), skip);
        asm!(a; mov Rd(r), 1 ; =>skip);
        return;
    }
    match cc {
        Cc::E => asm!(a; sete Rb(r)),
        Cc::Ne => asm!(a; setne Rb(r)),
        Cc::L => asm!(a; setl Rb(r)),
        Cc::Le => asm!(a; setle Rb(r)),
        Cc::G => asm!(a; setg Rb(r)),
        Cc::Ge => asm!(a; setge Rb(r)),
        Cc::B => asm!(a; setb Rb(r)),
        Cc::Be => asm!(a; setbe Rb(r)),
        Cc::A => asm!(a; seta Rb(r)),
        Cc::Ae => asm!(a; setae Rb(r)),
        Cc::P => asm!(a; setp Rb(r)),
        Cc::Np => asm!(a; setnp Rb(r)),
    }
    asm!(a; movzx Rd(r), Rb(r));
}

/// `cmovcc dst, src` (32-bit).
pub fn cmov32(a: &mut Asm, cc: Cc, dst: u8, src: u8) {
    match cc {
        Cc::E => asm!(a; cmove Rd(dst), Rd(src)),
        Cc::Ne => asm!(a; cmovne Rd(dst), Rd(src)),
        Cc::L => asm!(a; cmovl Rd(dst), Rd(src)),
        Cc::Le => asm!(a; cmovle Rd(dst), Rd(src)),
        Cc::G => asm!(a; cmovg Rd(dst), Rd(src)),
        Cc::Ge => asm!(a; cmovge Rd(dst), Rd(src)),
        Cc::B => asm!(a; cmovb Rd(dst), Rd(src)),
        Cc::Be => asm!(a; cmovbe Rd(dst), Rd(src)),
        Cc::A => asm!(a; cmova Rd(dst), Rd(src)),
        Cc::Ae => asm!(a; cmovae Rd(dst), Rd(src)),
        Cc::P => asm!(a; cmovp Rd(dst), Rd(src)),
        Cc::Np => asm!(a; cmovnp Rd(dst), Rd(src)),
    }
}

trait NegateCc {
    fn negate_cc(self) -> Cc;
}

impl NegateCc for Cc {
    fn negate_cc(self) -> Cc {
        crate::compiler::masm::CondCode::negate(self)
    }
}
