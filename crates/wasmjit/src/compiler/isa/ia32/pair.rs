//! `i64` operations on register pairs for 32-bit x86 (after V8 Liftoff's
//! ia32 port): add/sub as `add`/`adc` and `sub`/`sbb`, bitwise operations
//! per half, comparisons as a borrow chain (`cmp`/`sbb`) or half by half
//! for equality, shifts and rotates by `shld`/`shrd`, moves of both halves
//! in an order that survives overlapping pairs.

use crate::compiler::masm::{pair_halves, AluOp, IntCmp, Opnd, Reg, ShiftKind};

use super::asm::{asm, Asm, Cc, SCRATCH};

/// The halves (low, high) of a pair; a single register is its own low half
/// (a 32-bit value or a pointer-sized word).
pub fn halves(r: Reg) -> (Reg, Reg) {
    pair_halves(r).unwrap_or((r, r))
}

/// Whether `r` is a register pair (an `i64`) rather than a single register.
pub fn is_pair(r: Reg) -> bool {
    pair_halves(r).is_some()
}

/// The low half of `r` (the register itself if it is not a pair).
pub fn lo(r: Reg) -> Reg {
    halves(r).0
}

/// The two 32-bit halves of an `i64` operand: a pair's registers, a frame
/// slot's two words, an immediate's sign extension.
pub fn opnd_halves(o: Opnd) -> (Opnd, Opnd) {
    match o {
        Opnd::Reg(r) => {
            let (l, h) = halves(r);
            (Opnd::Reg(l), Opnd::Reg(h))
        }
        Opnd::Mem(d) => (Opnd::Mem(d), Opnd::Mem(d + 4)),
        Opnd::Imm(i) => (Opnd::Imm(i), Opnd::Imm(i >> 31)),
    }
}

/// `OP dst, src` on 32 bits, for any operand form.
macro_rules! op32 {
    ($a:expr, $op:ident, $dst:expr, $src:expr) => {
        match $src {
            Opnd::Reg(r) => asm!($a; $op Rd($dst), Rd(r)),
            Opnd::Mem(d) => asm!($a; $op Rd($dst), DWORD [ebp + d]),
            Opnd::Imm(i) => asm!($a; $op Rd($dst), i),
        }
    };
}
pub(super) use op32;

/// `dst = src` for pairs (either may be a pair or, for a word, a single
/// register).
pub fn mov64(a: &mut Asm, dst: Reg, src: Reg) {
    let ((dl, dh), (sl, sh)) = (halves(dst), halves(src));
    if pair_halves(dst).is_none() || pair_halves(src).is_none() {
        if dl != sl {
            asm!(a; mov Rd(dl), Rd(sl));
        }
        return;
    }
    if dl == sh && dh == sl {
        asm!(a; xchg Rd(dl), Rd(dh));
    } else if dl == sh {
        asm!(a; mov Rd(dh), Rd(sh) ; mov Rd(dl), Rd(sl));
    } else {
        if dl != sl {
            asm!(a; mov Rd(dl), Rd(sl));
        }
        if dh != sh {
            asm!(a; mov Rd(dh), Rd(sh));
        }
    }
}

/// `dst = dst OP src` on a pair.
pub fn alu64(a: &mut Asm, op: AluOp, dst: Reg, src: Opnd) {
    let (dl, dh) = halves(dst);
    let (sl, sh) = opnd_halves(src);
    match op {
        AluOp::Add => {
            op32!(a, add, dl, sl);
            op32!(a, adc, dh, sh);
        }
        AluOp::Sub => {
            op32!(a, sub, dl, sl);
            op32!(a, sbb, dh, sh);
        }
        AluOp::And => {
            op32!(a, and, dl, sl);
            op32!(a, and, dh, sh);
        }
        AluOp::Or => {
            op32!(a, or, dl, sl);
            op32!(a, or, dh, sh);
        }
        AluOp::Xor => {
            op32!(a, xor, dl, sl);
            op32!(a, xor, dh, sh);
        }
    }
}

/// Compares the `i64`s `lhs` and `rhs` for `cmp` and returns the condition
/// that then holds. Equality compares the high halves only when the low
/// ones are equal (ZF is the answer); ordered comparisons subtract with a
/// borrow into the scratch register, operands swapped for `>` and `<=`
/// (whose conditions would need ZF of the whole difference).
pub fn cmp64(a: &mut Asm, cmp: IntCmp, lhs: Opnd, rhs: Opnd) -> Cc {
    let (ll, lh) = opnd_halves(lhs);
    let (rl, rh) = opnd_halves(rhs);
    if matches!(cmp, IntCmp::Eq | IntCmp::Ne) {
        let done = a.new_dynamic_label();
        op32!(a, mov, SCRATCH, ll);
        op32!(a, cmp, SCRATCH, rl);
        asm!(a; jne =>done);
        op32!(a, mov, SCRATCH, lh);
        op32!(a, cmp, SCRATCH, rh);
        asm!(a; =>done);
        return if cmp == IntCmp::Eq { Cc::E } else { Cc::Ne };
    }
    let swap = matches!(cmp, IntCmp::GtS | IntCmp::LeS | IntCmp::GtU | IntCmp::LeU);
    let ((xl, xh), (yl, yh)) = if swap {
        ((rl, rh), (ll, lh))
    } else {
        ((ll, lh), (rl, rh))
    };
    op32!(a, mov, SCRATCH, xl);
    op32!(a, cmp, SCRATCH, yl);
    op32!(a, mov, SCRATCH, xh);
    op32!(a, sbb, SCRATCH, yh);
    match cmp {
        IntCmp::LtS | IntCmp::GtS => Cc::L,
        IntCmp::GeS | IntCmp::LeS => Cc::Ge,
        IntCmp::LtU | IntCmp::GtU => Cc::B,
        _ => Cc::Ae,
    }
}

/// `push` of a 32-bit operand.
fn push32(a: &mut Asm, o: Opnd) {
    match o {
        Opnd::Reg(r) => asm!(a; push Rd(r)),
        Opnd::Mem(d) => asm!(a; push DWORD [ebp + d]),
        Opnd::Imm(i) => asm!(a; push i),
    }
}

/// `dst = dst * src` on a pair (the low 64 bits of the product): `lo =
/// low(dl * sl)`, `hi = high(dl * sl) + dl * sh + dh * sl`. `mul` needs
/// `edx:eax`, which may hold other values: the operands and those two go
/// to the stack, and come back with the result in `dst`.
pub fn mul64(a: &mut Asm, dst: Reg, src: (Opnd, Opnd)) {
    let (dl, dh) = halves(dst);
    push32(a, src.1);
    push32(a, src.0);
    asm!(a
        ; push Rd(dh)
        ; push Rd(dl)
        ; push eax
        ; push edx
        // [esp]: edx, +4: eax, +8: dl, +12: dh, +16: sl, +20: sh
        ; mov eax, [esp + 12]
        ; imul eax, [esp + 16]
        ; mov Rd(SCRATCH), eax
        ; mov eax, [esp + 8]
        ; imul eax, [esp + 20]
        ; add Rd(SCRATCH), eax
        ; mov eax, [esp + 8]
        ; mul DWORD [esp + 16]
        ; add edx, Rd(SCRATCH)
        ; mov [esp + 8], eax
        ; mov [esp + 12], edx
        ; pop edx
        ; pop eax
        ; pop Rd(dl)
        ; pop Rd(dh)
        ; add esp, 8
    );
}

/// `dst = dst SHIFT n` on a pair, `n < 64`.
pub fn shift64_ri(a: &mut Asm, kind: ShiftKind, dst: Reg, n: u32) {
    let (l, h) = halves(dst);
    let n = n % 64;
    match kind {
        ShiftKind::Shl if n >= 32 => {
            asm!(a; mov Rd(h), Rd(l) ; mov Rd(l), 0);
            if n > 32 {
                asm!(a; shl Rd(h), (n - 32) as i8);
            }
        }
        ShiftKind::Shl if n > 0 => asm!(a; shld Rd(h), Rd(l), n as i8 ; shl Rd(l), n as i8),
        ShiftKind::ShrU if n >= 32 => {
            asm!(a; mov Rd(l), Rd(h) ; mov Rd(h), 0);
            if n > 32 {
                asm!(a; shr Rd(l), (n - 32) as i8);
            }
        }
        ShiftKind::ShrU if n > 0 => asm!(a; shrd Rd(l), Rd(h), n as i8 ; shr Rd(h), n as i8),
        ShiftKind::ShrS if n >= 32 => {
            asm!(a; mov Rd(l), Rd(h) ; sar Rd(h), 31);
            if n > 32 {
                asm!(a; sar Rd(l), (n - 32) as i8);
            }
        }
        ShiftKind::ShrS if n > 0 => asm!(a; shrd Rd(l), Rd(h), n as i8 ; sar Rd(h), n as i8),
        ShiftKind::Rotl | ShiftKind::Rotr => {
            let mut n = n;
            if n >= 32 {
                asm!(a; xchg Rd(l), Rd(h));
                n -= 32;
            }
            if n > 0 {
                if kind == ShiftKind::Rotl {
                    asm!(a; mov Rd(SCRATCH), Rd(h) ; shld Rd(h), Rd(l), n as i8 ; shld Rd(l), Rd(SCRATCH), n as i8);
                } else {
                    asm!(a; mov Rd(SCRATCH), Rd(l) ; shrd Rd(l), Rd(h), n as i8 ; shrd Rd(h), Rd(SCRATCH), n as i8);
                }
            }
        }
        _ => {}
    }
}

/// `dst = dst SHIFT cl` on a pair (the count taken modulo 64): the
/// double shifts use the count modulo 32, and bit 5 of it moves a half.
pub fn shift64_rr(a: &mut Asm, kind: ShiftKind, dst: Reg) {
    let (l, h) = halves(dst);
    let done = a.new_dynamic_label();
    match kind {
        ShiftKind::Shl => asm!(a
            ; shld Rd(h), Rd(l), cl
            ; shl Rd(l), cl
            ; test cl, 32
            ; jz =>done
            ; mov Rd(h), Rd(l)
            ; mov Rd(l), 0
        ),
        ShiftKind::ShrU => asm!(a
            ; shrd Rd(l), Rd(h), cl
            ; shr Rd(h), cl
            ; test cl, 32
            ; jz =>done
            ; mov Rd(l), Rd(h)
            ; mov Rd(h), 0
        ),
        ShiftKind::ShrS => asm!(a
            ; shrd Rd(l), Rd(h), cl
            ; sar Rd(h), cl
            ; test cl, 32
            ; jz =>done
            ; mov Rd(l), Rd(h)
            ; sar Rd(h), 31
        ),
        ShiftKind::Rotl | ShiftKind::Rotr => {
            let go = a.new_dynamic_label();
            asm!(a; test cl, 32 ; jz =>go ; xchg Rd(l), Rd(h) ; =>go ; mov Rd(SCRATCH), Rd(h));
            if kind == ShiftKind::Rotl {
                asm!(a; shld Rd(h), Rd(l), cl ; shld Rd(l), Rd(SCRATCH), cl);
            } else {
                asm!(a; mov Rd(SCRATCH), Rd(l) ; shrd Rd(l), Rd(h), cl ; shrd Rd(h), Rd(SCRATCH), cl);
            }
        }
    }
    asm!(a; =>done);
}
