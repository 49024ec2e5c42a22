//! Integer division and remainder by a constant, without `div`/`idiv`.
//!
//! Compilers to wasm leave divisions by constants as `i32.div_u` etc. (they
//! count on the engine to expand them), and a hardware divide costs 20-90
//! cycles. A constant divisor `d` becomes a multiplication by a "magic"
//! reciprocal and shifts, after T. Granlund and P. L. Montgomery, "Division
//! by invariant integers using multiplication", PLDI 1994: unsigned division
//! by their figure 4.1, signed division by figure 5.2, powers of two by
//! shifts (§5.1 for the signed rounding). Remainders are `n - q * d`.
//!
//! Division by 0 and signed division by -1 keep the generic path (they
//! trap, or may trap, and `i32::MIN / -1` overflows).

use crate::values::ValType;

use super::func::FuncCompiler;
use super::int::IntBin;
use super::masm::{AluOp, MacroAssembler as _, OperandSize, ShiftKind::*};
use super::stack::Loc;
use super::Target;

/// Multiplier and shift of unsigned division by `d` (GM figure 4.1): for
/// every `n < 2^bits`, with `t = mulhi(m, n)`,
/// `n / d == (t + ((n - t) >> 1)) >> shift`.
///
/// `d` is at least 3 and not a power of two; `bits` is 32 or 64.
pub fn unsigned_magic(d: u64, bits: u32) -> (u64, u32) {
    let l = 64 - (d - 1).leading_zeros(); // ceil(log2 d), at least 2
    let m = ((1u128 << bits) * ((1u128 << l) - d as u128)) / d as u128 + 1;
    (m as u64, l - 1)
}

/// Multiplier and shift of signed division by `d` (GM figure 5.2): for
/// every signed `n` of `bits` bits, with `q0 = n + mulsh(m, n)`,
/// `n / |d| == (q0 >> shift) - (n >> (bits - 1))` (arithmetic shifts,
/// truncating division); negate for `d < 0`.
///
/// `|d|` is at least 3 and not a power of two; `m` is the signed `bits`-bit
/// multiplier, sign-extended to 64 bits.
pub fn signed_magic(d: i64, bits: u32) -> (i64, u32) {
    let a = d.unsigned_abs();
    let l = 64 - (a - 1).leading_zeros(); // ceil(log2 |d|)
                                          // |d| < 2^63, so l <= 63 and the shift stays below 2^127.
    let m = 1 + (1i128 << (bits + l - 1)) / a as i128 - (1i128 << bits);
    // `m` lies in [-2^(bits-1), 2^(bits-1)) (GM lemma 5.1's range).
    debug_assert!(m >= -(1i128 << (bits - 1)) && m < 1i128 << (bits - 1));
    (m as i64, l - 1)
}

impl FuncCompiler<'_> {
    /// Emits `op` with the constant divisor on top of the stack, if it is a
    /// case this module handles (see the module docs); returns whether it did.
    pub fn int_div_const(&mut self, ty: ValType, op: IntBin) -> bool {
        use IntBin::*;
        let wide = ty == ValType::I64;
        let Loc::Const(c) = self.peek(0).loc else {
            return false;
        };
        let bits = OperandSize::of(ty).bits();
        match op {
            DivU | RemU => {
                let d = if wide { c } else { c as u32 as u64 };
                if d == 0 {
                    return false;
                }
                self.pop();
                if d.is_power_of_two() {
                    self.unsigned_pow2(ty, op, d.trailing_zeros());
                } else {
                    self.unsigned_by_magic(ty, op, d, bits);
                }
            }
            DivS | RemS => {
                let d = if wide {
                    c as i64
                } else {
                    c as u32 as i32 as i64
                };
                if d == 0 || d == -1 {
                    return false;
                }
                self.pop();
                if d.unsigned_abs().is_power_of_two() {
                    self.signed_pow2(ty, op, d, bits);
                } else {
                    self.signed_by_magic(ty, op, d, bits);
                }
            }
            _ => unreachable!("not a division"),
        }
        true
    }

    /// `n / 2^k` and `n % 2^k`, unsigned: a shift and a mask.
    fn unsigned_pow2(&mut self, ty: ValType, op: IntBin, k: u32) {
        let size = OperandSize::of(ty);
        let x = self.pop_gpr();
        if op == IntBin::DivU {
            self.a.shift_ri(size, ShrU, x, k);
        } else {
            self.a.alu_ri(size, AluOp::And, x, ((1u64 << k) - 1) as i64);
        }
        self.push(ty, Loc::Gpr(x));
    }

    /// `n / d` and `n % d`, unsigned, by GM figure 4.1.
    fn unsigned_by_magic(&mut self, ty: ValType, op: IntBin, d: u64, bits: u32) {
        let size = OperandSize::of(ty);
        let (m, shift) = unsigned_magic(d, bits);
        let (lo, hi) = (Target::MUL_LOW, Target::MUL_HIGH);
        self.claim_gpr(lo);
        self.claim_gpr(hi);
        let x = self.pop_gpr();
        // hi = mulhi(m, n); lo = (hi + ((n - hi) >> 1)) >> shift.
        self.a.mul_high(size, false, x, m);
        self.a.mov_rr(size, lo, x);
        self.a.alu_rr(size, AluOp::Sub, lo, hi);
        self.a.shift_ri(size, ShrU, lo, 1);
        self.a.alu_rr(size, AluOp::Add, lo, hi);
        self.a.shift_ri(size, ShrU, lo, shift);
        self.finish_by_magic(ty, op, d as i64, x, lo);
    }

    /// `n / d` and `n % d`, signed, `|d|` a power of two `2^k`: shifts that
    /// round toward zero (GM §5.1).
    fn signed_pow2(&mut self, ty: ValType, op: IntBin, d: i64, bits: u32) {
        let size = OperandSize::of(ty);
        let k = d.unsigned_abs().trailing_zeros();
        if k == 0 {
            // d == 1: the quotient is n, the remainder 0.
            if op == IntBin::RemS {
                let n = self.pop();
                self.release(n);
                self.push(ty, Loc::Const(0));
            }
            return;
        }
        let x = self.pop_gpr();
        let t = self.alloc_gpr();
        // t = n + (n < 0 ? 2^k - 1 : 0)
        self.a.mov_rr(size, t, x);
        self.a.shift_ri(size, ShrS, t, bits - 1);
        self.a.shift_ri(size, ShrU, t, bits - k);
        self.a.alu_rr(size, AluOp::Add, t, x);
        if op == IntBin::DivS {
            self.a.shift_ri(size, ShrS, t, k);
            if d < 0 {
                self.a.neg(size, t);
            }
            self.regs.free_gpr(x);
            self.push(ty, Loc::Gpr(t));
            return;
        }
        // n % 2^k = n - (t with its low k bits cleared)
        self.a.alu_ri(size, AluOp::And, t, (u64::MAX << k) as i64);
        self.a.alu_rr(size, AluOp::Sub, x, t);
        self.regs.free_gpr(t);
        self.push(ty, Loc::Gpr(x));
    }

    /// `n / d` and `n % d`, signed, by GM figure 5.2.
    fn signed_by_magic(&mut self, ty: ValType, op: IntBin, d: i64, bits: u32) {
        let size = OperandSize::of(ty);
        let (m, shift) = signed_magic(d, bits);
        let (lo, hi) = (Target::MUL_LOW, Target::MUL_HIGH);
        self.claim_gpr(lo);
        self.claim_gpr(hi);
        let x = self.pop_gpr();
        // hi = mulsh(m, n) + n, >> shift, - (n >> (bits - 1)); negated for d < 0.
        self.a.mul_high(size, true, x, m as u64);
        self.a.alu_rr(size, AluOp::Add, hi, x);
        self.a.shift_ri(size, ShrS, hi, shift);
        self.a.mov_rr(size, lo, x);
        self.a.shift_ri(size, ShrS, lo, bits - 1);
        self.a.alu_rr(size, AluOp::Sub, hi, lo);
        if d < 0 {
            self.a.neg(size, hi);
        }
        self.finish_by_magic(ty, op, d, x, hi);
    }

    /// Pushes the quotient held in `q` (one of the `mul_high` registers,
    /// both claimed), or for a remainder `n - q * d` computed into `x`
    /// (which holds `n`).
    fn finish_by_magic(&mut self, ty: ValType, op: IntBin, d: i64, x: u8, q: u8) {
        let size = OperandSize::of(ty);
        let other = if q == Target::MUL_LOW {
            Target::MUL_HIGH
        } else {
            Target::MUL_LOW
        };
        self.regs.free_gpr(other);
        if matches!(op, IntBin::DivU | IntBin::DivS) {
            self.regs.free_gpr(x);
            self.push(ty, Loc::Gpr(q));
            return;
        }
        self.a.mul_ri(size, q, d);
        self.a.alu_rr(size, AluOp::Sub, x, q);
        self.regs.free_gpr(q);
        self.push(ty, Loc::Gpr(x));
    }
}

#[cfg(test)]
mod tests {
    use super::{signed_magic, unsigned_magic};

    /// The instruction sequence of `unsigned_by_magic`, in Rust.
    fn udiv(n: u64, d: u64, bits: u32) -> u64 {
        let (m, shift) = unsigned_magic(d, bits);
        let t = ((m as u128 * n as u128) >> bits) as u64;
        (t + ((n - t) >> 1)) >> shift
    }

    /// The instruction sequence of `signed_by_magic`, in Rust.
    fn sdiv(n: i64, d: i64, bits: u32) -> i64 {
        let (m, shift) = signed_magic(d, bits);
        let wrap = |v: i128| -> i64 {
            if bits == 32 {
                v as i32 as i64
            } else {
                v as i64
            }
        };
        let mulsh = wrap((m as i128 * n as i128) >> bits);
        let q =
            wrap((wrap(mulsh as i128 + n as i128) >> shift) as i128 - (n >> (bits - 1)) as i128);
        if d < 0 {
            wrap(-(q as i128))
        } else {
            q
        }
    }

    fn max_of(bits: u32) -> u64 {
        if bits == 32 {
            u32::MAX as u64
        } else {
            u64::MAX
        }
    }

    /// Numerators in `0..=max` to check division by `d` with: the ends of
    /// the range exhaustively, the middle, both sides of quotient steps
    /// (`k * d - 1`, `k * d` and `k * d + d - 1`, where a reciprocal that
    /// is slightly off first gives a wrong quotient; the largest `k`
    /// included, where its error is largest) and random ones; `seed` picks
    /// the random ones.
    fn numerators(max: u64, d: u64, seed: u64) -> Vec<u64> {
        let mut v: Vec<u64> = (0..64).chain(max - 64..=max).collect();
        v.extend([max / 2 - 1, max / 2, max / 2 + 1, max / 2 + 2]);
        let top = max / d;
        let mut x = seed | 1;
        let mut random = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut ks = vec![1, 2, top / 2, top.saturating_sub(1), top];
        if top > 0 {
            ks.extend((0..50).map(|_| 1 + random() % top));
        }
        for k in ks.into_iter().filter(|k| (1..=top).contains(k)) {
            v.extend([k * d - 1, k * d, (k * d).saturating_add(d - 1)]);
        }
        v.extend((0..150).map(|_| random() & max));
        v.retain(|n| *n <= max);
        v
    }

    /// Every divisor below 1024 that is not a power of two, and larger
    /// ones of the forms that are hard for reciprocals (`2^k ± 1`, primes
    /// with long reciprocals, the largest).
    fn divisors(bits: u32) -> Vec<u64> {
        let max = max_of(bits);
        let mut v: Vec<u64> = (3..1024).collect();
        v.extend([6700417, 1_000_000_007, max, max - 1, max / 2, max / 3]);
        v.extend((2..bits).map(|k| (1u64 << k) + 1));
        v.extend((2..bits).map(|k| (1u64 << k) - 1));
        v.retain(|d| !d.is_power_of_two() && *d <= max);
        v
    }

    #[test]
    fn unsigned_magic_divides_exactly() {
        for bits in [32, 64] {
            for d in divisors(bits) {
                for n in numerators(max_of(bits), d, d) {
                    assert_eq!(udiv(n, d, bits), n / d, "{n} / {d} at {bits} bits");
                }
            }
        }
    }

    #[test]
    fn signed_magic_divides_exactly() {
        for bits in [32, 64] {
            let min = -1i64 << (bits - 1);
            for d in divisors(bits) {
                let sd = if bits == 32 {
                    d as u32 as i32 as i64
                } else {
                    d as i64
                };
                for d in [sd, sd.wrapping_neg()] {
                    if d.unsigned_abs().is_power_of_two() || d == -1 || d == 0 {
                        continue;
                    }
                    // Magnitudes up to 2^(bits-1) - 1, both signs (the
                    // quotient steps of negative numerators mirror the
                    // positive ones), and the most negative one.
                    let magnitudes = numerators(max_of(bits) >> 1, d.unsigned_abs(), d as u64);
                    let ns = magnitudes.iter().flat_map(|&m| [m as i64, -(m as i64)]);
                    for n in ns.chain([min]) {
                        let want = if bits == 32 {
                            (n as i32).wrapping_div(d as i32) as i64
                        } else {
                            n.wrapping_div(d)
                        };
                        assert_eq!(sdiv(n, d, bits), want, "{n} / {d} at {bits} bits");
                    }
                }
            }
        }
    }
}
