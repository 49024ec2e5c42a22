//! The SIMD half of the backend interface: the ISA-neutral `v128`
//! operations of the fixed-width SIMD proposal (Wasm 2.0 §4.4.3 vector
//! instructions) and of relaxed SIMD (Wasm 3.0), as [`SimdAssembler`]
//! operations on vector registers (the backend's float registers, which
//! hold `v128` values whole). The implementations are
//! `isa/x64/simd_lanes.rs` (x86-64) and `isa/ia32/simd.rs` (32-bit x86),
//! over the SSE forms both share (`isa/x86/sse.rs`, `sse_lanes.rs`).
//!
//! Most operations are two-address (`dst` is the first operand and
//! receives the result); the lane-wise arithmetic takes the engine's
//! [`SimdIsa`] and a separate destination, which three-operand forms
//! (AVX) fill without copying the first operand. An operation that needs temporaries says how many
//! ([`SimdAssembler::bin_temps`], [`SimdAssembler::un_temps`]); the
//! generator allocates them and passes them in `tmp`.

pub use super::masm::ConstPool;
use super::masm::{Cell, FloatCmp, FrameBase, HeapAddr, IntCmp, MacroAssembler, Reg, RoundMode};
use crate::environ::isa::SimdIsa;

/// The lane interpretation of a `v128` (spec §2.4.3 shapes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lanes {
    I8,
    I16,
    I32,
    I64,
    F32,
    F64,
}

impl Lanes {
    /// Number of lanes.
    pub fn count(self) -> u8 {
        match self {
            Lanes::I8 => 16,
            Lanes::I16 => 8,
            Lanes::I32 | Lanes::F32 => 4,
            Lanes::I64 | Lanes::F64 => 2,
        }
    }

    /// Bits of one lane.
    pub fn bits(self) -> u32 {
        128 / self.count() as u32
    }
}

/// Binary operations `dst = dst OP src`. A lane shape names the operands'
/// shape, except where it says "result".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VBin {
    And,
    Or,
    Xor,
    /// `dst & !src`.
    AndNot,
    Add(Lanes),
    Sub(Lanes),
    Mul(Lanes),
    /// Float division.
    Div(Lanes),
    AddSatS(Lanes),
    AddSatU(Lanes),
    SubSatS(Lanes),
    SubSatU(Lanes),
    MinS(Lanes),
    MinU(Lanes),
    MaxS(Lanes),
    MaxU(Lanes),
    AvgrU(Lanes),
    /// Float `min`/`max` with the NaN and ±0 rules of §4.3.3.
    Min(Lanes),
    Max(Lanes),
    /// Pseudo-min/max: `src < dst ? src : dst` / `dst < src ? src : dst`.
    PMin(Lanes),
    PMax(Lanes),
    /// Integer comparison, lanes all ones where it holds.
    Cmp(Lanes, IntCmp),
    /// Float comparison (unordered lanes compare false, `ne` true).
    FCmp(Lanes, FloatCmp),
    /// Narrowing with signed / unsigned saturation into the result shape.
    NarrowS(Lanes),
    NarrowU(Lanes),
    /// Extended multiplication of the low / high halves, result shape.
    ExtMulLowS(Lanes),
    ExtMulHighS(Lanes),
    ExtMulLowU(Lanes),
    ExtMulHighU(Lanes),
    /// `i32x4.dot_i16x8_s`.
    Dot,
    /// `i16x8.q15mulr_sat_s`.
    Q15MulrSatS,
    /// `i8x16.swizzle`: lanes of `dst` selected by `src`, 0 for indices
    /// over 15.
    Swizzle,
    /// `i16x8.relaxed_dot_i8x16_i7x16_s`, as the signed dot product
    /// (`pmaddubsw` with the second operand's lanes as signed).
    RelaxedDotI8x16I7x16,
}

impl VBin {
    /// Whether `a OP b` equals `b OP a` in every lane (for floats up to
    /// which NaN results, which the spec leaves open).
    pub fn is_commutative(self) -> bool {
        use VBin::*;
        match self {
            And | Or | Xor | Add(_) | Mul(_) | AddSatS(_) | AddSatU(_) | MinS(_) | MinU(_)
            | MaxS(_) | MaxU(_) | AvgrU(_) | Min(_) | Max(_) | Dot | Q15MulrSatS => true,
            Cmp(_, c) => matches!(c, IntCmp::Eq | IntCmp::Ne),
            FCmp(_, c) => matches!(c, FloatCmp::Eq | FloatCmp::Ne),
            ExtMulLowS(_) | ExtMulHighS(_) | ExtMulLowU(_) | ExtMulHighU(_) => true,
            _ => false,
        }
    }
}

/// Unary operations `dst = OP dst`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VUn {
    Not,
    Abs(Lanes),
    Neg(Lanes),
    Popcnt,
    Sqrt(Lanes),
    Round(Lanes, RoundMode),
    /// Sign- / zero-extension of the low / high half, result shape.
    ExtendLowS(Lanes),
    ExtendHighS(Lanes),
    ExtendLowU(Lanes),
    ExtendHighU(Lanes),
    /// Pairwise extending addition, result shape.
    ExtAddPairwiseS(Lanes),
    ExtAddPairwiseU(Lanes),
    /// `i32x4.trunc_sat_f32x4_s` / `_u`.
    TruncSatF32S,
    TruncSatF32U,
    /// `i32x4.trunc_sat_f64x2_s_zero` / `_u_zero`.
    TruncSatF64SZero,
    TruncSatF64UZero,
    /// `f32x4.convert_i32x4_s` / `_u`.
    ConvertI32S,
    ConvertI32U,
    /// `f64x2.convert_low_i32x4_s` / `_u`.
    ConvertLowI32S,
    ConvertLowI32U,
    /// `f32x4.demote_f64x2_zero`, `f64x2.promote_low_f32x4`.
    Demote,
    Promote,
}

/// Lane shifts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VShift {
    Shl,
    ShrS,
    ShrU,
}

/// A shift count: a constant or an `i32` in a GPR (taken modulo the lane
/// width by the backend).
#[derive(Clone, Copy, Debug)]
pub enum ShiftCount {
    Imm(u32),
    Gpr(Reg),
}

/// Loads into a whole vector register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VLoad {
    /// `v128.load`.
    Full,
    /// `v128.loadNxM_s/u`: 8 bytes widened into the result shape.
    ExtendS(Lanes),
    ExtendU(Lanes),
    /// `v128.loadN_splat`, the lane shape of N.
    Splat(Lanes),
    /// `v128.load32_zero` / `load64_zero`.
    Zero(Lanes),
}

/// Operations the generator emits for SIMD instructions.
pub trait SimdAssembler: MacroAssembler {
    /// Whether the backend implements these operations; without them the
    /// generator refuses functions with `v128` values (`Unsupported`).
    const SUPPORTED: bool = true;
    /// How many temporary vector registers `op` needs.
    fn bin_temps(op: VBin) -> usize;
    /// How many temporary vector registers `op` needs.
    fn un_temps(op: VUn) -> usize;
    /// `dst = a OP b`, in the forms of `isa`. `dst` is `a` or a register
    /// holding neither operand; with two-operand forms (`Sse41`) the
    /// latter costs a copy of `a` first.
    fn v128_bin(&mut self, isa: SimdIsa, op: VBin, dst: Reg, a: Reg, b: Reg, tmp: &[Reg]);
    /// Whether [`SimdAssembler::v128_bin_mem`] has a form of `op` under
    /// `isa`.
    fn has_bin_mem(isa: SimdIsa, op: VBin) -> bool;
    /// `dst = a OP [membase + addr]` (16 bytes, any alignment), for an `op`
    /// of [`SimdAssembler::has_bin_mem`]; `dst` is `a` or a register
    /// holding neither.
    fn v128_bin_mem(&mut self, op: VBin, dst: Reg, a: Reg, addr: HeapAddr);
    /// `dst = OP src` (`dst` is `src` or another register).
    fn v128_un(&mut self, isa: SimdIsa, op: VUn, dst: Reg, src: Reg, tmp: &[Reg]);
    /// `dst = src SHIFT count` in each lane of `lanes` (an integer shape;
    /// `dst` is `src` or another register). `tmp` holds two registers;
    /// masks may go to `pool`.
    #[allow(clippy::too_many_arguments)]
    fn v128_shift(
        &mut self,
        isa: SimdIsa,
        lanes: Lanes,
        op: VShift,
        dst: Reg,
        src: Reg,
        count: ShiftCount,
        tmp: &[Reg],
        pool: &mut ConstPool<Self::Label>,
    );
    /// `dst = (a & mask) | (b & !mask)` (`dst` is `a` or a register
    /// holding none of the three).
    fn v128_bitselect(&mut self, isa: SimdIsa, dst: Reg, a: Reg, b: Reg, mask: Reg);
    /// `dst = a * b + c` (`negate`: `-(a * b) + c`) on float lanes, as an
    /// unfused multiply then add (the relaxed-SIMD choice, documented in
    /// docs/architecture.md); the result goes to `c`'s register `dst`.
    fn v128_madd(&mut self, isa: SimdIsa, lanes: Lanes, negate: bool, dst: Reg, a: Reg, b: Reg);
    /// `i8x16.shuffle`: result lane `i` of `dst` is lane `lanes[i]` of the
    /// 32 lanes of `a` then `b` (`dst` is `a` or a register holding
    /// neither). `tmp` holds one register; the masks go to `pool`.
    #[allow(clippy::too_many_arguments)]
    fn v128_shuffle(
        &mut self,
        isa: SimdIsa,
        dst: Reg,
        a: Reg,
        b: Reg,
        lanes: [u8; 16],
        tmp: &[Reg],
        pool: &mut ConstPool<Self::Label>,
    );
    /// `dst = ` the 128-bit constant `bits` (lane 0 in the low bits), from
    /// `pool` unless it has a shorter form.
    fn v128_const(&mut self, dst: Reg, bits: u128, pool: &mut ConstPool<Self::Label>);
    /// Places the constants of `pool` here (after the function's code).
    fn v128_emit_pool(&mut self, pool: &ConstPool<Self::Label>);
    /// `dst = ` a splat of the scalar in GPR `src` (integer shapes) or in
    /// float register `src` (float shapes), in the forms of `isa`.
    fn v128_splat(&mut self, isa: SimdIsa, lanes: Lanes, dst: Reg, src: Reg);
    /// Extracts lane `lane` of `src`: into GPR `dst` for integer shapes
    /// (8- and 16-bit lanes sign-extended when `signed`), into float
    /// register `dst` for float shapes.
    fn v128_extract(&mut self, lanes: Lanes, signed: bool, dst: Reg, src: Reg, lane: u8);
    /// Replaces lane `lane` of `dst` with the scalar in `src` (a GPR for
    /// integer shapes, a float register for float shapes).
    fn v128_replace(&mut self, lanes: Lanes, dst: Reg, src: Reg, lane: u8);
    /// Sets the flags for a following conditional operation and returns
    /// the condition under which `src` is non-zero in any bit
    /// (`v128.any_true`), or (`all` = true) non-zero in every lane of
    /// `lanes` (`all_true`).
    fn v128_test(&mut self, lanes: Lanes, all: bool, src: Reg) -> Self::Cond;
    /// `dst = ` the bitmask of `src`'s lane sign bits (`bitmask`).
    fn v128_bitmask(&mut self, lanes: Lanes, dst: Reg, src: Reg);
    /// `dst = [membase + addr]` as `kind` says, in the forms of `isa`.
    fn v128_heap_load(&mut self, isa: SimdIsa, kind: VLoad, dst: Reg, addr: HeapAddr);
    /// `[membase + addr] = src` (16 bytes).
    fn v128_heap_store(&mut self, src: Reg, addr: HeapAddr);
    /// Lane `lane` of `dst` = the lane-sized value at `[membase + addr]`.
    fn v128_load_lane(&mut self, lanes: Lanes, dst: Reg, addr: HeapAddr, lane: u8);
    /// `[membase + addr] = ` lane `lane` of `src`.
    fn v128_store_lane(&mut self, lanes: Lanes, src: Reg, addr: HeapAddr, lane: u8);
    /// `dst = ` the 16 bytes at `[base + disp]` of the frame.
    fn v128_frame_load(&mut self, dst: Reg, base: FrameBase, disp: i32);
    /// The 16 bytes at `[base + disp]` of the frame `= src`.
    fn v128_frame_store(&mut self, src: Reg, base: FrameBase, disp: i32);
    /// `dst = ` the v128 global at `cell` (16 bytes).
    fn v128_load_cell(&mut self, dst: Reg, cell: Cell);
    /// The v128 global at `cell` `= src` (16 bytes).
    fn v128_store_cell(&mut self, src: Reg, cell: Cell);
}
