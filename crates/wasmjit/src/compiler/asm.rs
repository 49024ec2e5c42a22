//! The assembler wrapper: one macro that fixes the architecture and names our
//! fixed registers, and condition codes with their jump/set/cmov forms.
//!
//! Register conventions inside generated code:
//! - `r15` (`vmctx`): the instance's `VMContext` for the whole function;
//! - `r14` (`membase`): base address of memory 0;
//! - `r11` and `xmm15`: scratch, never allocated to wasm values;
//! - `rbp`: frame pointer, `rsp`: fixed below the frame.

use dynasmrt::{x64::X64Relocation, DynamicLabel, VecAssembler};

/// The assembler every function of a module is emitted into.
pub type Asm = VecAssembler<X64Relocation>;

/// `dynasm!` for x64 with the engine's register aliases.
macro_rules! asm {
    ($a:expr; $($t:tt)*) => {{
        #[allow(unused_imports)]
        use dynasmrt::{DynasmApi as _, DynasmLabelApi as _};
        dynasmrt::dynasm!($a
            ; .arch x64
            ; .alias vmctx, r15
            ; .alias membase, r14
            ; $($t)*
        )
    }};
}
pub(crate) use asm;

/// An x86 condition code, as produced by a comparison and consumed by
/// `jcc`/`setcc`/`cmovcc`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cc {
    E,
    Ne,
    L,
    Le,
    G,
    Ge,
    B,
    Be,
    A,
    Ae,
    P,
    Np,
}

impl Cc {
    /// The condition that holds exactly when `self` does not.
    pub fn negate(self) -> Cc {
        use Cc::*;
        match self {
            E => Ne,
            Ne => E,
            L => Ge,
            Ge => L,
            G => Le,
            Le => G,
            B => Ae,
            Ae => B,
            A => Be,
            Be => A,
            P => Np,
            Np => P,
        }
    }

    /// The condition for the same comparison with its operands swapped.
    pub fn swap(self) -> Cc {
        use Cc::*;
        match self {
            L => G,
            G => L,
            Le => Ge,
            Ge => Le,
            B => A,
            A => B,
            Be => Ae,
            Ae => Be,
            c => c,
        }
    }
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

/// `setcc r8` then zero-extend into the full register.
pub fn setcc(a: &mut Asm, cc: Cc, r: u8) {
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

/// `cmovcc dst, src` (64-bit).
pub fn cmov(a: &mut Asm, cc: Cc, dst: u8, src: u8) {
    match cc {
        Cc::E => asm!(a; cmove Rq(dst), Rq(src)),
        Cc::Ne => asm!(a; cmovne Rq(dst), Rq(src)),
        Cc::L => asm!(a; cmovl Rq(dst), Rq(src)),
        Cc::Le => asm!(a; cmovle Rq(dst), Rq(src)),
        Cc::G => asm!(a; cmovg Rq(dst), Rq(src)),
        Cc::Ge => asm!(a; cmovge Rq(dst), Rq(src)),
        Cc::B => asm!(a; cmovb Rq(dst), Rq(src)),
        Cc::Be => asm!(a; cmovbe Rq(dst), Rq(src)),
        Cc::A => asm!(a; cmova Rq(dst), Rq(src)),
        Cc::Ae => asm!(a; cmovae Rq(dst), Rq(src)),
        Cc::P => asm!(a; cmovp Rq(dst), Rq(src)),
        Cc::Np => asm!(a; cmovnp Rq(dst), Rq(src)),
    }
}
