//! The assembler wrapper: one macro that fixes the architecture and names our
//! fixed registers, and condition codes with their jump/set/cmov forms.
//!
//! Register conventions inside generated code:
//! - `r15` (`vmctx`): the instance's `VMContext` for the whole function;
//! - `r14` (`membase`): base address of memory 0;
//! - `r11` and `xmm15`: scratch, never allocated to wasm values;
//! - `rbp`: frame pointer, `rsp`: fixed below the frame.

use dynasmrt::{x64::X64Relocation, DynamicLabel, VecAssembler};

use crate::compiler::masm::{CondCode, FloatCmp, IntCmp};

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

/// Emits the scalar single (`$s`) or double (`$d`) form of an SSE
/// instruction `op dst, src` for any `FOpnd` (register, pool entry or frame slot; a
/// slot through [`frame_mov::emit_rm`], with a short displacement).
macro_rules! sse {
    ($a:expr, $single:expr, $s:ident / $d:ident, $dst:expr, $src:expr) => {
        match ($single, $src) {
            (true, $crate::compiler::masm::FOpnd::Reg(r)) => asm!($a; $s Rx($dst), Rx(r)),
            (false, $crate::compiler::masm::FOpnd::Reg(r)) => asm!($a; $d Rx($dst), Rx(r)),
            (true, $crate::compiler::masm::FOpnd::Pool(l)) => asm!($a; $s Rx($dst), DWORD [=>l]),
            (false, $crate::compiler::masm::FOpnd::Pool(l)) => asm!($a; $d Rx($dst), QWORD [=>l]),
            (single, $crate::compiler::masm::FOpnd::Mem(disp)) => {
                let (prefix, op) = if single {
                    $crate::compiler::isa::x64::asm::sse_opcode!($s)
                } else {
                    $crate::compiler::isa::x64::asm::sse_opcode!($d)
                };
                $crate::compiler::isa::x64::asm::frame_mov::emit_rm(
                    $a, prefix, false, &[0x0f, op], $dst, 5, disp,
                )
            }
        }
    };
}

/// The mandatory prefix and the opcode byte after `0F` of the SSE
/// instructions [`sse`] emits with a memory operand (Intel SDM vol. 2).
macro_rules! sse_opcode {
    (addss) => {
        (Some(0xf3), 0x58)
    };
    (addsd) => {
        (Some(0xf2), 0x58)
    };
    (mulss) => {
        (Some(0xf3), 0x59)
    };
    (mulsd) => {
        (Some(0xf2), 0x59)
    };
    (subss) => {
        (Some(0xf3), 0x5c)
    };
    (subsd) => {
        (Some(0xf2), 0x5c)
    };
    (minss) => {
        (Some(0xf3), 0x5d)
    };
    (minsd) => {
        (Some(0xf2), 0x5d)
    };
    (divss) => {
        (Some(0xf3), 0x5e)
    };
    (divsd) => {
        (Some(0xf2), 0x5e)
    };
    (maxss) => {
        (Some(0xf3), 0x5f)
    };
    (maxsd) => {
        (Some(0xf2), 0x5f)
    };
    (ucomiss) => {
        (None, 0x2e)
    };
    (ucomisd) => {
        (Some(0x66), 0x2e)
    };
}
pub(crate) use sse;
pub(crate) use sse_opcode;

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
    /// The condition under which `lhs CMP rhs` holds after `cmp lhs, rhs`.
    pub fn of_int(cmp: IntCmp) -> Cc {
        match cmp {
            IntCmp::Eq => Cc::E,
            IntCmp::Ne => Cc::Ne,
            IntCmp::LtS => Cc::L,
            IntCmp::LtU => Cc::B,
            IntCmp::GtS => Cc::G,
            IntCmp::GtU => Cc::A,
            IntCmp::LeS => Cc::Le,
            IntCmp::LeU => Cc::Be,
            IntCmp::GeS => Cc::Ge,
            IntCmp::GeU => Cc::Ae,
        }
    }

    /// How to compare floats for `cmp` on x86: whether to swap the operands
    /// of `ucomis`, and the condition that then holds. `ucomis first,
    /// second` sets CF when first < second, ZF when equal, and ZF, PF, CF
    /// when unordered, so the ordered comparisons use `A`/`Ae` (false when
    /// unordered); `eq`/`ne` also need the parity flag
    /// (`MacroAssembler::float_eq_to_gpr`).
    pub fn of_float(cmp: FloatCmp) -> (bool, Cc) {
        match cmp {
            FloatCmp::Lt => (true, Cc::A),
            FloatCmp::Le => (true, Cc::Ae),
            FloatCmp::Gt => (false, Cc::A),
            FloatCmp::Ge => (false, Cc::Ae),
            FloatCmp::Eq => (false, Cc::E),
            FloatCmp::Ne => (false, Cc::Ne),
        }
    }
}

impl CondCode for Cc {
    fn negate(self) -> Cc {
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
}

/// Whether a two-byte jump (8-bit displacement) placed here reaches `l`:
/// `l` is placed already and at most 128 bytes before the jump's end.
/// Forward jumps, to labels not yet placed, always take 32 bits.
fn reaches_short(a: &Asm, l: DynamicLabel) -> bool {
    use dynasmrt::DynasmApi as _;
    a.labels()
        .resolve_dynamic(l)
        .is_ok_and(|t| a.offset().0 + 2 - t.0 <= 128)
}

/// `jmp label`, in two bytes when it reaches back (loop back edges).
pub fn jmp(a: &mut Asm, l: DynamicLabel) {
    if reaches_short(a, l) {
        asm!(a; jmp BYTE =>l);
    } else {
        asm!(a; jmp =>l);
    }
}

/// `jcc label`, in two bytes when it reaches back (loop back edges).
pub fn jcc(a: &mut Asm, cc: Cc, l: DynamicLabel) {
    macro_rules! j {
        ($($cc:ident => $j:ident),*) => {
            match (cc, reaches_short(a, l)) {
                $(
                    (Cc::$cc, true) => asm!(a; $j BYTE =>l),
                    (Cc::$cc, false) => asm!(a; $j =>l),
                )*
            }
        };
    }
    j!(E => je, Ne => jne, L => jl, Le => jle, G => jg, Ge => jge,
       B => jb, Be => jbe, A => ja, Ae => jae, P => jp, Np => jnp);
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

/// Hand-encoded instructions with a `[base + disp]` memory operand: moves
/// between registers and frame slots (`[rbp + disp]` / `[rsp + disp]`), the
/// compiler's most frequent instructions, and the integer and SSE forms
/// that read a frame slot or a `VMContext` field. dynasm always encodes a
/// runtime displacement as 32 bits and adds a REX prefix for dynamic
/// registers; these use the short forms (Intel SDM vol. 2, §2.1: ModRM
/// `mod = 01` with an 8-bit displacement; `rm = 100` needs a SIB byte for
/// rsp and r12).
pub mod frame_mov {
    use dynasmrt::DynasmApi;

    use super::Asm;

    /// Which access: the SSE ones are prefixed (`F3`/`F2`, then `0F`).
    #[derive(Clone, Copy)]
    pub enum Kind {
        /// `mov r32, m32` / `mov m32, r32`.
        Gpr32,
        /// `mov r64, m64` / `mov m64, r64`.
        Gpr64,
        /// `movss`.
        Ss,
        /// `movsd`.
        Sd,
    }

    /// Emits `reg <- [base + disp]` (`store = false`) or `[base + disp] <- reg`.
    /// `base` is any register (rbp or rsp for frame slots).
    pub fn emit(a: &mut Asm, kind: Kind, store: bool, reg: u8, base: u8, disp: i32) {
        let (prefix, w, op) = match kind {
            Kind::Gpr32 | Kind::Gpr64 => (
                None,
                matches!(kind, Kind::Gpr64),
                if store { 0x89 } else { 0x8b },
            ),
            Kind::Ss => (Some(0xf3), false, if store { 0x11 } else { 0x10 }),
            Kind::Sd => (Some(0xf2), false, if store { 0x11 } else { 0x10 }),
        };
        if prefix.is_some() {
            emit_rm(a, prefix, w, &[0x0f, op], reg, base, disp);
        } else {
            emit_rm(a, prefix, w, &[op], reg, base, disp);
        }
    }

    /// Emits `[prefix] [REX] opcode ModRM [SIB] disp` for the instruction
    /// whose ModRM `reg` field is `reg` (a register, or the opcode
    /// extension `/digit`) and whose `r/m` operand is `[base + disp]`
    /// (`w`: REX.W, a 64-bit operation). `prefix` is a mandatory prefix
    /// (`66`/`F2`/`F3`), placed before REX. An immediate, if any, is the
    /// caller's to append.
    pub fn emit_rm(
        a: &mut Asm,
        prefix: Option<u8>,
        w: bool,
        opcode: &[u8],
        reg: u8,
        base: u8,
        disp: i32,
    ) {
        if let Some(p) = prefix {
            a.push(p);
        }
        let rex = 0x40 | (w as u8) << 3 | ((reg >= 8) as u8) << 2 | (base >= 8) as u8;
        if rex != 0x40 {
            a.push(rex);
        }
        for &b in opcode {
            a.push(b);
        }
        modrm_disp(a, reg, base, disp);
    }

    /// Emits `OP DWORD/QWORD [base + disp], imm` of the `83 /digit ib` or
    /// `81 /digit id` group (add 0, or 1, and 4, sub 5, xor 6, cmp 7; the
    /// QWORD forms sign-extend `imm`), in the byte form when `imm` fits.
    pub fn emit_group1_imm(a: &mut Asm, wide: bool, digit: u8, base: u8, disp: i32, imm: i32) {
        if imm == imm as i8 as i32 {
            emit_rm(a, None, wide, &[0x83], digit, base, disp);
            a.push(imm as i8 as u8);
        } else {
            emit_rm(a, None, wide, &[0x81], digit, base, disp);
            a.push_i32(imm);
        }
    }

    /// Emits `mov DWORD/QWORD [base + disp], imm` (`C7 /0`, the QWORD form
    /// sign-extends `imm`).
    pub fn emit_imm(a: &mut Asm, wide: bool, base: u8, disp: i32, imm: i32) {
        emit_rm(a, None, wide, &[0xc7], 0, base, disp);
        a.push_i32(imm);
    }

    /// Emits `lea dst, [base + disp]` (a 32-bit result, zero-extended,
    /// unless `wide`; any `base`).
    pub fn emit_lea(a: &mut Asm, wide: bool, dst: u8, base: u8, disp: i32) {
        emit_rm(a, None, wide, &[0x8d], dst, base, disp);
    }

    /// The ModRM byte (and SIB for rsp and r12) of `[base + disp]` with
    /// `reg` in its reg field, then the displacement, in 8 bits when it
    /// fits (the REX bits of `reg` and `base` are the caller's).
    fn modrm_disp(a: &mut Asm, reg: u8, base: u8, disp: i32) {
        let short = (-128..=127).contains(&disp);
        let md = if short { 0x40 } else { 0x80 };
        a.push(md | ((reg & 7) << 3) | (base & 7));
        if base & 7 == 4 {
            a.push(0x24); // SIB: base = rsp, no index
        }
        if short {
            a.push(disp as i8 as u8);
        } else {
            a.push_i32(disp);
        }
    }
}
