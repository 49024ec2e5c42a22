//! Which registers the allocator may use on 32-bit x86 (the registers'
//! names and the engine's fixed ones are in `asm.rs`).

use crate::compiler::masm::{gpr_pair, Reg};

use super::asm::{EAX, EBX, ECX, EDX};

/// The value registers, alone (`i32`, references) and as `i64` pairs
/// (every ordered pair of two of them, `edx:eax` first).
pub(super) const GPRS: [Reg; 4] = [EAX, ECX, EDX, EBX];
pub(super) const PAIRS: [Reg; 12] = [
    gpr_pair(EAX, EDX),
    gpr_pair(ECX, EBX),
    gpr_pair(EAX, ECX),
    gpr_pair(EDX, EBX),
    gpr_pair(EAX, EBX),
    gpr_pair(ECX, EDX),
    gpr_pair(EDX, EAX),
    gpr_pair(EBX, ECX),
    gpr_pair(ECX, EAX),
    gpr_pair(EBX, EDX),
    gpr_pair(EBX, EAX),
    gpr_pair(EDX, ECX),
];
/// The GPR an `i32` local may be pinned to: `ebx` alone, the one value
/// register no operation claims (`eax`/`edx` take multiplication,
/// division and the `i64` result, `ecx` shift counts), so three stay for
/// values (a function with `i64` values pins none, `pinning::int_pins`).
/// Calls clobber it (the internal convention saves nothing), so it is
/// saved around them as x86-64's caller-saved pins are.
pub(super) const PIN_GPRS: [Reg; 1] = [EBX];
pub(super) const XMMS: [Reg; 7] = [0, 1, 2, 3, 4, 5, 6];
/// The float registers locals may be pinned to: three, so that four stay
/// for values, what a SIMD operation with two temporaries holds at once
/// (an operand, the result and the temporaries, `compiler/simd.rs`).
pub(super) const PIN_XMMS: [Reg; 3] = [4, 5, 6];
