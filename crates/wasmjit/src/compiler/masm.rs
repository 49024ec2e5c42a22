//! The interface between the wasm-level generator and an instruction-set
//! backend: ISA-neutral operand sizes, operation and comparison kinds, and
//! the [`MacroAssembler`] operations the generator emits through (after
//! Winch's `MacroAssembler`, `winch/codegen/src/masm.rs`). Each operation
//! takes an [`OperandSize`] instead of being written once per width. The
//! x86-64 implementation is `isa/x64/masm.rs`.
//!
//! Every emitter of the generator goes through it (docs/architecture.md,
//! "Layers of the compiler").

use super::link::RelocTarget;

/// Width of an integer operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandSize {
    S32,
    S64,
}

impl OperandSize {
    /// The width of a wasm integer type's operations (`i32` or `i64`;
    /// references are 64-bit).
    pub fn of(ty: crate::values::ValType) -> OperandSize {
        if ty == crate::values::ValType::I32 {
            OperandSize::S32
        } else {
            OperandSize::S64
        }
    }

    /// The width of a wasm float type's operations (`f32` or `f64`).
    pub fn of_float(ty: crate::values::ValType) -> OperandSize {
        if ty == crate::values::ValType::F32 {
            OperandSize::S32
        } else {
            OperandSize::S64
        }
    }

    /// Number of bits.
    pub fn bits(self) -> u32 {
        match self {
            OperandSize::S32 => 32,
            OperandSize::S64 => 64,
        }
    }
}

/// An integer comparison (wasm's `eq`, `ne`, `lt_s`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntCmp {
    Eq,
    Ne,
    LtS,
    LtU,
    GtS,
    GtU,
    LeS,
    LeU,
    GeS,
    GeU,
}

impl IntCmp {
    /// The comparison with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> IntCmp {
        use IntCmp::*;
        match self {
            LtS => GtS,
            GtS => LtS,
            LeS => GeS,
            GeS => LeS,
            LtU => GtU,
            GtU => LtU,
            LeU => GeU,
            GeU => LeU,
            c => c,
        }
    }
}

/// Integer division and remainder by a variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DivKind {
    DivS,
    DivU,
    RemS,
    RemU,
}

/// Two-operand integer operations on a register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AluOp {
    Add,
    Sub,
    And,
    Or,
    Xor,
}

/// Shifts and rotates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShiftKind {
    Shl,
    /// Logical right shift.
    ShrU,
    /// Arithmetic right shift.
    ShrS,
    Rotl,
    Rotr,
}

/// Unary integer operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntUn {
    Clz,
    Ctz,
    Popcnt,
    Extend8S,
    Extend16S,
    /// 32 to 64 bits (64-bit operations only).
    Extend32S,
}

/// Float arithmetic (scalar; `OperandSize::S32` is `f32`, `S64` is `f64`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatAlu {
    Add,
    Sub,
    Mul,
    Div,
}

/// Bitwise operations on whole float registers (sign masks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatBitOp {
    And,
    Or,
    Xor,
    /// `dst = !dst & src`.
    AndNot,
}

/// Rounding of `ceil`, `floor`, `trunc`, `nearest`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundMode {
    /// To nearest, ties to even.
    Nearest,
    Floor,
    Ceil,
    Trunc,
}

/// Float comparisons (wasm's `eq`, `ne`, `lt`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatCmp {
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
}

/// A function's constants read pc-relatively (`v128` constants and masks,
/// and scalar float constants where [`MacroAssembler::float_const`] reads
/// them from memory): each distinct value once, with the label the backend
/// places it at (after the function's code, 16-byte aligned, by
/// `SimdAssembler::v128_emit_pool`). A scalar is its bits zero-extended.
#[derive(Debug)]
pub struct ConstPool<L> {
    pub entries: Vec<(L, u128)>,
}

impl<L> Default for ConstPool<L> {
    fn default() -> Self {
        ConstPool {
            entries: Vec::new(),
        }
    }
}

impl<L: Copy> ConstPool<L> {
    /// The label of `bits`, made with `new_label` when not in the pool yet.
    // 32-bit x86 has no pc-relative addressing, so no pool.
    #[cfg_attr(target_arch = "x86", allow(dead_code))]
    pub fn label(&mut self, bits: u128, new_label: impl FnOnce() -> L) -> L {
        if let Some(&(l, _)) = self.entries.iter().find(|e| e.1 == bits) {
            return l;
        }
        let l = new_label();
        self.entries.push((l, bits));
        l
    }
}

/// A float source operand.
#[derive(Clone, Copy, Debug)]
pub enum FOpnd {
    Reg(Reg),
    /// The frame slot at this offset from the frame pointer.
    Mem(i32),
    /// The function's constant-pool entry at this label (its low 4 or 8
    /// bytes), only where [`MacroAssembler::FLOAT_POOL`] (not on 32-bit x86).
    #[cfg_attr(target_arch = "x86", allow(dead_code))]
    Pool(dynasmrt::DynamicLabel),
}

/// The valid inputs of a float-to-int truncation, as bit patterns of the
/// source format: `lo < x` (`lo <= x` when `lo_inclusive`) and `x < hi`.
#[derive(Clone, Copy, Debug)]
pub struct TruncRange {
    pub lo: u64,
    pub lo_inclusive: bool,
    pub hi: u64,
    /// `2^63` in the source format (for unsigned 64-bit results).
    #[cfg_attr(target_arch = "x86", allow(dead_code))] // no i64 truncation on ia32 yet
    pub p63: u64,
}

/// A float-to-int truncation: source and result sizes, signedness, the
/// valid range and what happens outside it.
#[derive(Clone, Copy, Debug)]
pub struct Trunc<L> {
    pub from: OperandSize,
    pub to: OperandSize,
    pub signed: bool,
    pub range: TruncRange,
    pub fail: TruncFail<L>,
}

/// What a truncation does with an input outside its range.
#[derive(Clone, Copy, Debug)]
pub enum TruncFail<L> {
    /// Jump to `nan` for NaN, to `overflow` for other values out of range.
    Trap { nan: L, overflow: L },
    /// NaN gives 0, values below the range `min`, above it `max`
    /// (truncated to the result size).
    Saturate { min: i64, max: i64 },
}

/// An address in a linear memory: `base + zext(index) + disp`. The
/// access itself is not checked: with guard pages the memory's reservation
/// turns an out-of-bounds access into a fault, with explicit checks a
/// [`MacroAssembler::heap_bounds_check`] precedes it.
#[derive(Clone, Copy, Debug)]
pub struct HeapAddr {
    /// A register holding the accessed memory's base address, or `None`
    /// for memory 0, whose base the backend keeps its own way (x86-64: a
    /// register pinned for the whole function). Memory 0's base can be in
    /// a register too: the one [`MacroAssembler::heap_bounds_check_mem0`]
    /// returned.
    pub base: Option<Reg>,
    pub index: Option<Reg>,
    pub disp: i32,
}

/// A load from memory: the accessed width, and how it widens.
#[derive(Clone, Copy, Debug)]
pub struct MemLoad {
    /// Width of the access in bytes (1, 2, 4, 8).
    pub bytes: u8,
    /// Sign- (or else zero-) extend a narrower access.
    pub signed: bool,
    /// The result's width.
    pub size: OperandSize,
    /// Whether the result goes to a float register.
    pub float: bool,
}

/// Where a global's value is (`environ::vmoffsets::GlobalAt`, resolved).
#[derive(Clone, Copy, Debug)]
pub enum Cell {
    /// At this offset of the `VMContext` (a defined global).
    Vmctx(i32),
    /// At the address in this register (an imported global's storage).
    At(Reg),
}

/// The value a store writes.
#[derive(Clone, Copy, Debug)]
pub enum StoreSrc {
    /// An immediate, truncated to the stored width (a sign-extended 32-bit
    /// one for 8-byte stores).
    Imm(u64),
    Gpr(Reg),
    Float(Reg),
}

/// The base register of a frame access: the frame pointer (locals, spill
/// slots, incoming arguments and results) or the stack pointer (outgoing
/// arguments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameBase {
    Fp,
    Sp,
}

/// A backend's condition code: what a comparison leaves for the next
/// conditional operation.
pub trait CondCode: Copy + PartialEq + std::fmt::Debug {
    /// The condition that holds exactly when `self` does not.
    fn negate(self) -> Self;
}

/// A general-purpose register, by the backend's numbering, or, on a
/// 32-bit target, a pair of them holding one `i64` (after V8 Liftoff's
/// `LiftoffRegister::ForPair`): [`PAIR_BIT`] set, the low half's number in
/// bits 0-2, the high half's in bits 3-5 ([`gpr_pair`]). A backend whose
/// registers are 64 bits wide never makes a pair; one whose registers are
/// 32 bits allocates `i64` values to pairs ([`MacroAssembler::ALLOC_GPRS_I64`])
/// and implements every `OperandSize::S64` operation on them.
pub type Reg = u8;

/// The bit that marks a [`Reg`] as a register pair.
pub const PAIR_BIT: Reg = 0x80;

/// The pair of GPRs `lo` (bits 0-31) and `hi` (bits 32-63), both below 8.
pub const fn gpr_pair(lo: Reg, hi: Reg) -> Reg {
    PAIR_BIT | lo | (hi << 3)
}

/// The halves (low, high) of a register pair; `None` for a single register.
pub const fn pair_halves(r: Reg) -> Option<(Reg, Reg)> {
    if r & PAIR_BIT != 0 {
        Some((r & 7, (r >> 3) & 7))
    } else {
        None
    }
}

/// The machine registers `r` occupies, as a bit set (`1 << number`; both
/// halves of a pair).
pub const fn reg_units(r: Reg) -> u32 {
    match pair_halves(r) {
        Some((lo, hi)) => (1 << lo) | (1 << hi),
        None => 1 << r,
    }
}

/// An integer source operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opnd {
    /// An immediate (sign-extended to 64 bits for 64-bit operations).
    Imm(i32),
    Reg(Reg),
    /// The frame slot at this offset from the frame pointer.
    Mem(i32),
}

/// Operations the generator emits (integer subset so far).
///
/// With register pairs ([`MacroAssembler::ALLOC_GPRS_I64`] holding pairs),
/// every `OperandSize::S64` operation on a `Reg` that is a pair works on
/// the whole `i64`; an `S32` operation (or a narrower access) reading a
/// pair reads its low half; an `S64` operation on a single register works
/// on a pointer-sized word (a reference, a context or table pointer).
pub trait MacroAssembler {
    /// `dst = src`.
    fn mov_rr(&mut self, size: OperandSize, dst: Reg, src: Reg);
    /// `dst = imm` (`imm` truncated to `size`).
    fn mov_ri(&mut self, size: OperandSize, dst: Reg, imm: u64);
    /// `dst = dst OP src`.
    fn alu_rr(&mut self, size: OperandSize, op: AluOp, dst: Reg, src: Reg);
    /// `dst = dst OP imm` (`imm` truncated to `size`), in the full-width
    /// immediate form; through the scratch register when the backend has
    /// no immediate form for it.
    fn alu_ri(&mut self, size: OperandSize, op: AluOp, dst: Reg, imm: i64);
    /// `dst = dst OP src`, in the shortest encoding. For `S32`, leaves the
    /// flags so that `cond_of_int(IntCmp::Ne)` holds exactly when the
    /// result is non-zero (`int.rs`, `int_update_local`).
    fn alu_ro(&mut self, size: OperandSize, op: AluOp, dst: Reg, src: Opnd);
    /// `dst = dst * src`.
    fn mul_ro(&mut self, size: OperandSize, dst: Reg, src: Opnd);
    /// `dst = lhs + rhs` (`rhs` a register or an immediate) without
    /// changing `lhs` or `rhs`, which `dst` may equal; the generator's
    /// `i32.add`/`i64.add` of two values it does not own (pinned locals)
    /// or of one and a constant. `S64` is never given a register pair. By
    /// default a move and an add; a backend with a three-operand add (x86
    /// `lea`) overrides it.
    fn add3(&mut self, size: OperandSize, dst: Reg, lhs: Reg, rhs: Opnd) {
        if rhs == Opnd::Reg(dst) {
            self.alu_ro(size, AluOp::Add, dst, Opnd::Reg(lhs));
        } else {
            if dst != lhs {
                self.mov_rr(size, dst, lhs);
            }
            self.alu_ro(size, AluOp::Add, dst, rhs);
        }
    }
    /// `dst = OP src` (`src` a register or a frame slot).
    fn unop(&mut self, size: OperandSize, op: IntUn, dst: Reg, src: Opnd);
    /// Compares `lhs` (a register, or a frame slot when `rhs` is not one)
    /// with `rhs`, for a following conditional operation.
    fn cmp(&mut self, size: OperandSize, lhs: Opnd, rhs: Opnd);
    /// Compares `lhs` with `rhs` as `cmp` does and returns the condition
    /// under which `lhs CMP rhs` holds (a backend whose `S64` comparisons
    /// take a sequence per kind, as on register pairs, overrides it).
    fn cmp_for(&mut self, size: OperandSize, cmp: IntCmp, lhs: Opnd, rhs: Opnd) -> Self::Cond {
        self.cmp(size, lhs, rhs);
        Self::cond_of_int(cmp)
    }
    /// Compares `src` (a register or a frame slot) with zero.
    fn cmp_zero(&mut self, size: OperandSize, src: Opnd);
    /// `dst = dst SHIFT count`, `count < size.bits()`.
    fn shift_ri(&mut self, size: OperandSize, kind: ShiftKind, dst: Reg, count: u32);
    /// `dst = dst SHIFT count`, the count in [`MacroAssembler::SHIFT_COUNT`]
    /// (taken modulo `size.bits()`).
    fn shift_rr(&mut self, size: OperandSize, kind: ShiftKind, dst: Reg);
    /// The register a variable shift count must be in.
    const SHIFT_COUNT: Reg;
    /// `dst = -dst`.
    fn neg(&mut self, size: OperandSize, dst: Reg);
    /// `dst = dst * imm` (`imm` truncated to `size`).
    fn mul_ri(&mut self, size: OperandSize, dst: Reg, imm: i64);
    /// The high half of the double-width product `src * m` (unsigned when
    /// `signed` is false), into [`MacroAssembler::MUL_HIGH`]; clobbers
    /// [`MacroAssembler::MUL_LOW`] too. `src` is neither of them.
    fn mul_high(&mut self, size: OperandSize, signed: bool, src: Reg, m: u64);
    /// `dst = dst OP src` on floats of `size`.
    fn float_alu(&mut self, size: OperandSize, op: FloatAlu, dst: Reg, src: FOpnd);
    /// Whether, with the vector instruction set `isa`, scalar float
    /// arithmetic has three-operand forms ([`MacroAssembler::float_alu3`],
    /// [`MacroAssembler::float_sqrt3`]; x86-64: AVX's VEX encodings), so a
    /// source register still needed afterwards (a pinned local) is read in
    /// place instead of copied first.
    fn float_three_operand(isa: crate::environ::isa::SimdIsa) -> bool;
    /// `dst = lhs OP src` on floats of `size`, `lhs` unchanged (unless it
    /// is `dst`); only when [`MacroAssembler::float_three_operand`].
    fn float_alu3(&mut self, size: OperandSize, op: FloatAlu, dst: Reg, lhs: Reg, src: FOpnd);
    /// `dst = fmin(dst, src)` (or `fmax`) with the spec's NaN and ±0 rules
    /// (§4.3.3).
    fn float_minmax(&mut self, size: OperandSize, min: bool, dst: Reg, src: Reg);
    /// `dst = dst OP src` on the registers' bits.
    fn float_bits(&mut self, op: FloatBitOp, dst: Reg, src: Reg);
    /// Loads the bit pattern `bits` into [`MacroAssembler::FLOAT_SCRATCH`]
    /// (clobbers the integer scratch register) and returns it.
    fn float_scratch_bits(&mut self, bits: u64) -> Reg;
    /// `dst = sqrt(dst)`.
    fn float_sqrt(&mut self, size: OperandSize, dst: Reg);
    /// `dst = sqrt(src)`, `src` unchanged (unless it is `dst`); only when
    /// [`MacroAssembler::float_three_operand`].
    fn float_sqrt3(&mut self, size: OperandSize, dst: Reg, src: Reg);
    /// `dst = round(dst)` in `mode`.
    fn float_round(&mut self, size: OperandSize, mode: RoundMode, dst: Reg);
    /// Compares `lhs` with `rhs`, for a following conditional operation or
    /// [`MacroAssembler::float_eq_to_gpr`].
    fn float_compare(&mut self, size: OperandSize, lhs: Reg, rhs: FOpnd);
    /// After `float_compare`: `dst = lhs == rhs` (`lhs != rhs` when `ne`),
    /// as 0 or 1; unordered operands are not equal.
    fn float_eq_to_gpr(&mut self, ne: bool, dst: Reg);
    /// `dst = float(src)`, rounding to nearest (§4.3.4 `convert`); `src` an
    /// integer of `from` (a zero-extended 32-bit value when `from` is
    /// `S32`), `dst` a float of `to`. May clobber `src`.
    fn int_to_float(
        &mut self,
        from: OperandSize,
        to: OperandSize,
        signed: bool,
        dst: Reg,
        src: Reg,
    );
    /// `dst = demote(dst)` (`to` = `S32`) or `promote(dst)` (`to` = `S64`).
    fn float_to_float(&mut self, to: OperandSize, dst: Reg);
    /// `dst = trunc(x)` as `t` says: `x` a float of `t.from`, `dst` an
    /// integer of `t.to`. Clobbers `x`.
    fn float_to_int(&mut self, t: Trunc<Self::Label>, dst: Reg, x: Reg);
    /// `dst = [addr]`, widened as `kind` says.
    fn heap_load(&mut self, kind: MemLoad, dst: Reg, addr: HeapAddr);
    /// `[addr] = src`, `bytes` wide.
    fn heap_store(&mut self, bytes: u8, src: StoreSrc, addr: HeapAddr);
    /// Explicit bounds check ([`crate::BoundsChecks::Explicit`]): jumps to
    /// `oob` unless `zext(index) + end` (0 + `end` without an index) is at
    /// most the memory's current size in bytes: the memory whose
    /// `VMMemory` address `memory` holds, or memory 0 (reached through the
    /// context) for `None`. `end` is the access's static offset plus its
    /// width (plus a constant index), below 2^34. Uses only
    /// [`MacroAssembler::SCRATCH`] and the flags.
    fn heap_bounds_check(
        &mut self,
        memory: Option<Reg>,
        index: Option<Reg>,
        end: u64,
        oob: Self::Label,
    );
    /// [`Self::heap_bounds_check`] of memory 0 before an access whose
    /// address it may complete: a backend that keeps memory 0's base in no
    /// register (ia32) loads it with the check, from the `VMMemory` the
    /// check reads, and returns the register holding it (the access's
    /// [`HeapAddr::base`]; only the access may follow, nothing else that
    /// uses the scratch register). The default checks and returns `None`.
    fn heap_bounds_check_mem0(
        &mut self,
        index: Option<Reg>,
        end: u64,
        oob: Self::Label,
    ) -> Option<Reg> {
        self.heap_bounds_check(None, index, end, oob);
        None
    }
    /// `dst = ` the pointer-sized word at offset `off` of the `VMContext`.
    fn load_vmctx(&mut self, dst: Reg, off: i32);
    /// `dst = [base + off]` (an integer of `size`).
    fn load_at(&mut self, size: OperandSize, dst: Reg, base: Reg, off: i32);
    /// `dst = ` the global at `cell`: an integer (or, when `float`, a
    /// float) of `size`.
    fn load_cell(&mut self, size: OperandSize, float: bool, dst: Reg, cell: Cell);
    /// The global at `cell` `= src`, `size` wide.
    fn store_cell(&mut self, size: OperandSize, src: StoreSrc, cell: Cell);
    /// The integer scratch register: never holds a wasm value.
    const SCRATCH: Reg;
    /// The first operation the function just emitted needed that this
    /// backend does not implement (cleared by the call); the generator
    /// fails the function with `Error::Unsupported` naming it.
    fn take_unsupported() -> Option<&'static str> {
        None
    }
    /// A code position to jump to.
    type Label: Copy;
    /// A pending comparison's condition.
    type Cond: CondCode;
    /// The condition under which `lhs CMP rhs` holds after `cmp(lhs, rhs)`
    /// (or `cmp_zero` for `Eq`/`Ne`).
    fn cond_of_int(cmp: IntCmp) -> Self::Cond;
    /// How a float comparison is set up: whether `float_compare` takes the
    /// operands swapped, and the condition that then holds (`Eq`/`Ne` need
    /// [`MacroAssembler::float_eq_to_gpr`] to be exact on unordered inputs).
    fn cond_of_float(cmp: FloatCmp) -> (bool, Self::Cond);
    /// The current position in the code: bytes from the start of the
    /// assembler (the chunk being compiled).
    fn position(&self) -> usize;
    /// A new label, not yet placed.
    fn new_label(&mut self) -> Self::Label;
    /// Places `l` here.
    fn bind(&mut self, l: Self::Label);
    /// Jumps to `l`.
    fn jump(&mut self, l: Self::Label);
    /// Jumps to `l` when `c` holds.
    fn branch(&mut self, c: Self::Cond, l: Self::Label);
    /// `dst = c ? 1 : 0`.
    fn set_cond(&mut self, c: Self::Cond, dst: Reg);
    /// `if c { dst = src }` (64-bit).
    fn cmov(&mut self, c: Self::Cond, dst: Reg, src: Reg);
    /// `dst = c`: the shortest encoding of the constant, zero- (`S32`) or
    /// sign-extended.
    fn load_const(&mut self, size: OperandSize, dst: Reg, c: u64);
    /// `dst = src` between float registers.
    fn move_float(&mut self, dst: Reg, src: Reg);
    /// `dst = ` the bits of float register `src` (`size` wide).
    fn float_to_gpr_bits(&mut self, size: OperandSize, dst: Reg, src: Reg);
    /// Float register `dst = ` the 64 bits of `src`.
    fn gpr_to_float_bits(&mut self, dst: Reg, src: Reg);
    /// Float register `dst = ` the bit pattern `bits`: zero by `xorps`,
    /// else (x86-64) a load of the pool entry `bits` added to `pool`, or
    /// (ia32) built from immediates.
    fn float_const(&mut self, dst: Reg, bits: u64, pool: &mut ConstPool<Self::Label>);
    /// Loads the frame slot `[base + disp]` into `dst`: an integer of `size`,
    /// or a float of `size` when `float`.
    fn frame_load(&mut self, size: OperandSize, float: bool, dst: Reg, base: FrameBase, disp: i32);
    /// Stores the 64 bits of `src` (a GPR, or a float register when
    /// `float`) into the frame slot `[base + disp]`.
    fn frame_store(&mut self, float: bool, src: Reg, base: FrameBase, disp: i32);
    /// Stores the `i32` in GPR `src` into the frame slot `[base + disp]`:
    /// only its low 4 bytes need be written, as every reader of an `i32`
    /// slot reads those alone (generated code, and the host through
    /// `Store::raw_to_val`). Default: [`Self::frame_store`].
    fn frame_store_i32(&mut self, src: Reg, base: FrameBase, disp: i32) {
        self.frame_store(false, src, base, disp);
    }
    /// Stores the immediate `imm` into the frame slot (4 bytes for `S32`,
    /// else 8 sign-extended).
    fn frame_store_imm(&mut self, size: OperandSize, imm: i32, base: FrameBase, disp: i32);
    /// Stores the 64-bit constant `c` into the frame slot (through the
    /// scratch register).
    fn frame_store_const64(&mut self, c: u64, base: FrameBase, disp: i32) {
        self.mov_ri(OperandSize::S64, Self::SCRATCH, c);
        self.frame_store_gpr(Self::SCRATCH, base, disp);
    }
    /// `dst = ` the address of the frame slot `[fp + disp]`.
    fn frame_addr(&mut self, dst: Reg, disp: i32);
    /// Stores GPR `src` into the frame slot, in the general encoding.
    fn frame_store_gpr(&mut self, src: Reg, base: FrameBase, disp: i32);
    /// Compares the `i32` in `src` (a register or a frame slot) with zero.
    fn test32(&mut self, src: Opnd);
    /// `br_table` dispatch on the `i32` in `index` (clobbered): to `default`
    /// when `index >= len`, else through the table of 4-byte offsets at
    /// `table`, which follows (placed here; its entries are written later).
    fn jump_table(&mut self, index: Reg, len: u32, default: Self::Label, table: Self::Label);
    /// Calls a function of this module: emits the call with a
    /// displacement that linking fills in (`compiler/link.rs`, which
    /// knows where every function lands); returns the code offset of that
    /// 4-byte displacement, relative to the end of the call.
    fn call_rel32(&mut self) -> usize;
    /// Calls the `VMFuncRef` in [`MacroAssembler::FUNCREF`], switching to its
    /// instance's context and back (the caller's context is saved in its
    /// frame).
    fn call_funcref(&mut self);
    /// Loads into `FUNCREF` table `table_off`'s element `index` (an `i32`
    /// in a register), going to `oob` when the index is out of bounds, to
    /// `null` for a null reference and to `bad_sig` unless its signature
    /// id is `sig` (`call_indirect`). Returns the code offset of the
    /// 4-byte little-endian `sig` in the emitted code, which a module
    /// loaded from a cache rewrites with its engine's id
    /// (`module/serialize.rs`).
    fn load_checked_funcref(
        &mut self,
        table_off: i32,
        index: Reg,
        sig: u32,
        traps: [Self::Label; 3],
    ) -> usize;
    /// Calls builtin `b` (through the context's builtins table, argument
    /// registers loaded by the caller); the result is in `RESULT_GPR`.
    fn call_builtin(&mut self, b: crate::environ::builtins::Builtin);
    /// After a builtin that returns 0 or a trap code: jumps to `l` (with
    /// the code still in `RESULT_GPR`) unless it returned 0.
    fn branch_on_trap_code(&mut self, l: Self::Label);
    /// `dst = ` the context pointer.
    fn move_vmctx(&mut self, dst: Reg);
    /// Compares the `i32` in `lhs` with the `u32` at `[base + off]`.
    fn cmp32_at(&mut self, lhs: Reg, base: Reg, off: i32);
    /// `dst = [base + 8 * index]` (64 bits).
    fn load_indexed(&mut self, dst: Reg, base: Reg, index: Reg);
    /// `[base + 8 * index] = src` (64 bits; an immediate is sign-extended).
    fn store_indexed(&mut self, base: Reg, index: Reg, src: StoreSrc);
    /// Copies the 8-byte frame slot `[from_base + from]` to `[to_base + to]`
    /// through the scratch register.
    fn frame_copy(&mut self, from_base: FrameBase, from: i32, to_base: FrameBase, to: i32);
    /// A function's entry at `entry`: saves the caller's frame pointer, sets
    /// up the frame and checks the new stack pointer against the stack
    /// limit (to `overflow` when it is below; `recheck` is bound where the
    /// check starts) before moving it. Returns the position of the frame
    /// size, filled in by `patch_frame_size`.
    fn prologue(
        &mut self,
        entry: Self::Label,
        overflow: Self::Label,
        recheck: Self::Label,
    ) -> usize;
    /// Whether the backend has `leaf_prologue` and `leaf_frame` (else
    /// every function gets `prologue`).
    const LEAF_FRAMES: bool = false;
    /// The prologue of a function that calls nothing: sets up the frame,
    /// leaving room for `leaf_frame` to finish it. Returns that position.
    fn leaf_prologue(&mut self, _entry: Self::Label) -> usize {
        unreachable!("leaf_prologue of a backend without LEAF_FRAMES")
    }
    /// Finishes a `leaf_prologue` at `at` once the frame size is known:
    /// with the stack check of `prologue` (out of line, to `overflow`)
    /// when `checked`, else with none.
    fn leaf_frame(
        &mut self,
        _at: usize,
        _bytes: u32,
        _checked: bool,
        _overflow: Self::Label,
        _recheck: Self::Label,
    ) {
        unreachable!("leaf_frame of a backend without LEAF_FRAMES")
    }
    /// Writes the frame size (bytes, a multiple of 16) at `at`.
    fn patch_frame_size(&mut self, at: usize, bytes: u32);
    /// Zeroes the 8-byte frame slots at these offsets (clobbers
    /// `RESULT_GPR`).
    fn zero_frame_slots(&mut self, offsets: &[i32]);
    /// Zeroes `n` 8-byte frame slots from `lowest` up (clobbers
    /// `RESULT_GPR`, `SHIFT_COUNT` and the scratch register, never a
    /// parameter register).
    fn zero_frame_range(&mut self, lowest: i32, n: u32);
    /// `dst = 0` (a GPR, or a float register when `float`).
    fn zero_reg(&mut self, float: bool, dst: Reg);
    /// A function's trap exit at `l`: loads trap code `code` (or keeps the
    /// one in `RESULT_GPR`) and calls the module's shared trap stub, so the
    /// stub finds a return address in the function. Returns the offset of
    /// that call's displacement, as [`MacroAssembler::call_rel32`].
    fn trap_exit(&mut self, l: Self::Label, code: Option<u32>) -> usize;
    /// The module's shared trap stub (emitted once, at offset 0 of the
    /// module's code, where the trap exits' calls are linked to):
    /// takes the pc of the trap from the return address and jumps to the
    /// runtime's trap exit through the builtins table.
    fn module_trap_stub(&mut self);
    /// Whether the backend has `check_exit` and `module_check_stub`: a
    /// failed stack-limit check can go on after a hand-over (else it is
    /// a trap exit of `TrapKind::StackOverflow`).
    const CHECK_EXITS: bool = false;
    /// The exit of a stack-limit check at `l` (see `store/interrupt.rs`):
    /// calls the module's check stub, then jumps to `recheck` (the check's
    /// start). Returns the offset of the call's displacement and what it
    /// calls.
    fn check_exit(&mut self, _l: Self::Label, _recheck: Self::Label) -> (usize, RelocTarget) {
        unreachable!("check_exit of a backend without CHECK_EXITS")
    }
    /// The module's check stub (emitted once, after the trap stub) that
    /// check exits call: saves every register, asks the runtime
    /// (`Builtin::StackCheck`) and goes back, or leaves by the trap exit.
    /// Nothing without `CHECK_EXITS`.
    fn module_check_stub(&mut self) {}
    /// The stack-limit check of loop headers (how interrupts are noticed):
    /// to `l` when the stack pointer is below the limit.
    fn interrupt_check(&mut self, l: Self::Label);
    /// Integer division `kind` of `MUL_LOW` (the dividend) by `divisor`:
    /// the quotient in `MUL_LOW`, the remainder in `MUL_HIGH` (both
    /// clobbered). `div0` is taken for a zero divisor (always, when the
    /// divisor is the constant 0; checked unless it is a known non-zero
    /// constant); `overflow` (signed division, unless the divisor is a
    /// known constant other than -1) for `MIN / -1`.
    fn div(
        &mut self,
        size: OperandSize,
        kind: DivKind,
        divisor: Reg,
        const_divisor: Option<i64>,
        div0: Self::Label,
        overflow: Option<Self::Label>,
    );
    /// Leaves the function: frees the frame and returns.
    fn epilogue(&mut self);
    /// The registers that may hold wasm values, GPRs and float registers,
    /// in order of allocation preference (`regalloc.rs`; numbers below 32).
    const ALLOC_GPRS: &'static [Reg];
    const ALLOC_FLOATS: &'static [Reg];
    /// Where an `i64` value is allocated, in order of preference: the
    /// registers of `ALLOC_GPRS` when they are 64 bits wide, register
    /// pairs of them ([`gpr_pair`]) when they are 32.
    const ALLOC_GPRS_I64: &'static [Reg];
    /// The registers locals may be pinned to (`pinning.rs`), GPRs and float
    /// registers, in order of preference.
    const PIN_GPRS: &'static [Reg];
    /// The pin registers that calls preserve in the internal convention
    /// (and in the helpers' and host calls' ABI): a function that pins a
    /// local to one saves the caller's value at entry and restores it at
    /// return (`func.rs`), and the allocator never hands them out. Empty:
    /// every call clobbers every register.
    const CALLEE_SAVED_GPRS: &'static [Reg] = &[];
    const PIN_FLOATS: &'static [Reg];
    /// The integer argument registers of a builtin call, in order (the
    /// first one takes the context).
    const ARG_REGS: [Reg; 6];
    /// The registers of the internal calling convention's register
    /// parameters (`calls::param_regs`): the first integer-like parameters
    /// in `PARAM_GPRS`, the first `f32`/`f64` ones in `PARAM_FLOATS`, in
    /// order. None is a fixed register of any operation (division, shifts,
    /// results, scratch, the context and memory base), so a function
    /// without calls may keep its parameters there throughout; those also
    /// in `PIN_GPRS`/`PIN_FLOATS` may be pinned in any function.
    const PARAM_GPRS: &'static [Reg];
    const PARAM_FLOATS: &'static [Reg];
    /// The register `call_funcref` takes the `VMFuncRef` in.
    const FUNCREF: Reg;
    /// The register a function's or a block's single integer result is in,
    /// and its single float result.
    const RESULT_GPR: Reg;
    const RESULT_FLOAT: Reg;
    /// The register (or pair) of a single `i64` result.
    const RESULT_GPR_I64: Reg;
    /// The float scratch register: never holds a wasm value.
    const FLOAT_SCRATCH: Reg;
    /// Whether float arithmetic reads a constant straight from the
    /// function's constant pool ([`FOpnd::Pool`], pc-relative).
    const FLOAT_POOL: bool;
    /// The registers `mul_high` writes: (low half, high half).
    const MUL_LOW: Reg;
    const MUL_HIGH: Reg;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn register_pairs_name_both_halves() {
        let p = gpr_pair(0, 2);
        assert_eq!(pair_halves(p), Some((0, 2)));
        assert_eq!(reg_units(p), 0b101);
        assert_eq!(pair_halves(gpr_pair(7, 6)), Some((7, 6)));
        // Single registers (up to 31) are not pairs.
        for r in 0..32 {
            assert_eq!(pair_halves(r), None);
            assert_eq!(reg_units(r), 1 << r);
        }
    }
}
