//! [`MacroAssembler`] for 32-bit x86: 32-bit operations on single
//! registers, `OperandSize::S64` on register pairs (`pair.rs`) or, on a
//! single register, on a pointer-sized word (docs/architecture.md,
//! "Register pairs"). Frame layout as on x86-64 (`compiler/func.rs`), with
//! 4-byte return address and saved `ebp` and an 8-byte gap below the
//! outgoing argument slots (`FrameBase::Sp` offsets + 8), so slot `k` of a
//! callee is at `[ebp + 16 + 8k]` in both.

use dynasmrt::{DynamicLabel, DynasmApi as _};

use crate::compiler::masm::{
    gpr_pair, AluOp, Cell, ConstPool, DivKind, FOpnd, FloatAlu, FloatBitOp, FloatCmp, FrameBase,
    HeapAddr, IntCmp, IntUn, MacroAssembler, MemLoad, OperandSize, Opnd, Reg, RoundMode, ShiftKind,
    StoreSrc, Trunc,
};
use crate::environ::builtins::Builtin;
use crate::environ::vmoffsets::{
    PtrSize, FUNCREF_CODE_OFF, FUNCREF_SIG_OFF, FUNCREF_VMCTX_OFF, TABLE_BASE_OFF, TABLE_LEN_OFF,
    VMCTX_BUILTINS_OFF,
};

use super::asm::{asm, cmov32, jcc, setcc, sse, unsupported, Asm, Cc};
use super::asm::{EAX, EBX, ECX, EDX, ESI, SCRATCH, XSCRATCH};
use super::pair::{self, halves, is_pair, lo, op32, opnd_halves};
use super::regs::{GPRS, PAIRS, PIN_GPRS, PIN_XMMS, XMMS};

use OperandSize::{S32, S64};

/// A frame access's base register and displacement (outgoing slots sit 8
/// bytes above `esp`).
pub(super) fn frame(base: FrameBase, disp: i32) -> (u8, i32) {
    match base {
        FrameBase::Fp => (5, disp),
        FrameBase::Sp => (4, disp + 8),
    }
}

impl MacroAssembler for Asm {
    const MUL_LOW: Reg = EAX;
    const MUL_HIGH: Reg = EDX;
    const SHIFT_COUNT: Reg = ECX;
    const FLOAT_SCRATCH: Reg = XSCRATCH;
    const FLOAT_POOL: bool = false;
    type Label = DynamicLabel;
    const SCRATCH: Reg = SCRATCH;
    const RESULT_GPR: Reg = EAX;
    const RESULT_FLOAT: Reg = 0;
    const RESULT_GPR_I64: Reg = gpr_pair(EAX, EDX);
    /// Builtins are called with cdecl (`call_builtin` pushes these, the
    /// context first).
    const ARG_REGS: [Reg; 6] = [ESI, EAX, ECX, EDX, EBX, SCRATCH];
    const FUNCREF: Reg = EAX;
    const ALLOC_GPRS: &'static [Reg] = &GPRS;
    const ALLOC_GPRS_I64: &'static [Reg] = &PAIRS;
    const ALLOC_FLOATS: &'static [Reg] = &XMMS;
    const PIN_GPRS: &'static [Reg] = &PIN_GPRS;
    const PIN_FLOATS: &'static [Reg] = &PIN_XMMS;
    /// No register parameters yet: every argument in its slot.
    const PARAM_GPRS: &'static [Reg] = &[];
    const PARAM_FLOATS: &'static [Reg] = &[];

    fn take_unsupported() -> Option<&'static str> {
        super::asm::take_unsupported()
    }

    fn call_rel32(&mut self) -> usize {
        super::frame::call_rel32(self)
    }

    fn call_funcref(&mut self) {
        asm!(self
            ; mov vmctx, [eax + FUNCREF_VMCTX_OFF]
            ; call DWORD [eax + FUNCREF_CODE_OFF]
            ; mov vmctx, [ebp - 8]
        );
    }

    fn load_checked_funcref(
        &mut self,
        toff: i32,
        index: Reg,
        sig: u32,
        traps: [DynamicLabel; 3],
    ) -> usize {
        let [oob, null, bad_sig] = traps;
        asm!(self
            ; mov eax, [vmctx + toff]
            ; cmp Rd(index), DWORD [eax + TABLE_LEN_OFF]
            ; jae =>oob
            ; mov eax, [eax + TABLE_BASE_OFF]
            ; mov eax, [eax + Rd(index) * 8]
            ; test eax, eax
            ; jz =>null
            ; cmp DWORD [eax + FUNCREF_SIG_OFF], sig as i32
        );
        let sig_at = self.offset().0 - 4;
        asm!(self; jne =>bad_sig);
        sig_at
    }

    /// cdecl: the six argument registers pushed (a builtin reads as many
    /// as it takes), the stack kept 16-byte aligned; the context is
    /// reloaded from the frame after (an argument may have replaced it).
    fn call_builtin(&mut self, b: Builtin) {
        asm!(self
            ; sub esp, 8
            ; push edi
            ; push ebx
            ; push edx
            ; push ecx
            ; push eax
            ; push esi
            ; mov eax, [ebp - 8]
            ; mov eax, [eax + VMCTX_BUILTINS_OFF]
            ; call DWORD [eax + b.offset(PtrSize::HOST)]
            ; add esp, 32
            ; mov vmctx, [ebp - 8]
        );
    }

    fn branch_on_trap_code(&mut self, l: DynamicLabel) {
        asm!(self; test eax, eax ; jnz =>l);
    }

    fn move_vmctx(&mut self, dst: Reg) {
        if dst != ESI {
            asm!(self; mov Rd(dst), vmctx);
        }
    }

    fn cmp32_at(&mut self, lhs: Reg, base: Reg, off: i32) {
        asm!(self; cmp Rd(lo(lhs)), DWORD [Rd(lo(base)) + off]);
    }

    fn load_indexed(&mut self, dst: Reg, base: Reg, index: Reg) {
        asm!(self; mov Rd(dst), [Rd(base) + Rd(index) * 8]);
    }

    /// Table elements are 8-byte words: the reference and a zero high half.
    fn store_indexed(&mut self, base: Reg, index: Reg, src: StoreSrc) {
        match src {
            StoreSrc::Gpr(r) => asm!(self; mov [Rd(base) + Rd(index) * 8], Rd(lo(r))),
            StoreSrc::Imm(c) => asm!(self; mov DWORD [Rd(base) + Rd(index) * 8], c as i32),
            StoreSrc::Float(_) => unreachable!("references are integers"),
        }
        asm!(self; mov DWORD [Rd(base) + Rd(index) * 8 + 4], 0);
    }

    fn frame_copy(&mut self, from_base: FrameBase, from: i32, to_base: FrameBase, to: i32) {
        let (fb, fd) = frame(from_base, from);
        let (tb, td) = frame(to_base, to);
        asm!(self
            ; mov Rd(SCRATCH), [Rd(fb) + fd]
            ; mov [Rd(tb) + td], Rd(SCRATCH)
            ; mov Rd(SCRATCH), [Rd(fb) + fd + 4]
            ; mov [Rd(tb) + td + 4], Rd(SCRATCH)
        );
    }

    type Cond = Cc;

    fn cond_of_int(cmp: IntCmp) -> Cc {
        Cc::of_int(cmp)
    }

    fn cond_of_float(cmp: FloatCmp) -> (bool, Cc) {
        Cc::of_float(cmp)
    }

    fn position(&self) -> usize {
        dynasmrt::DynasmApi::offset(self).0
    }

    fn new_label(&mut self) -> DynamicLabel {
        self.new_dynamic_label()
    }

    fn bind(&mut self, l: DynamicLabel) {
        asm!(self; =>l);
    }

    fn jump(&mut self, l: DynamicLabel) {
        asm!(self; jmp =>l);
    }

    fn branch(&mut self, c: Cc, l: DynamicLabel) {
        jcc(self, c, l);
    }

    fn set_cond(&mut self, c: Cc, dst: Reg) {
        let (l, h) = halves(dst);
        setcc(self, c, l);
        if is_pair(dst) {
            asm!(self; mov Rd(h), 0);
        }
    }

    fn cmov(&mut self, c: Cc, dst: Reg, src: Reg) {
        let ((dl, dh), (sl, sh)) = (halves(dst), halves(src));
        cmov32(self, c, dl, sl);
        if is_pair(dst) {
            cmov32(self, c, dh, sh);
        }
    }

    fn load_const(&mut self, size: OperandSize, dst: Reg, c: u64) {
        self.mov_ri(size, dst, c);
    }

    fn epilogue(&mut self) {
        asm!(self; mov esp, ebp ; pop ebp ; ret);
    }

    fn move_float(&mut self, dst: Reg, src: Reg) {
        asm!(self; movaps Rx(dst), Rx(src));
    }

    fn float_to_gpr_bits(&mut self, size: OperandSize, dst: Reg, src: Reg) {
        super::float::float_to_gpr_bits(self, size, dst, src);
    }

    fn gpr_to_float_bits(&mut self, dst: Reg, src: Reg) {
        super::float::gpr_to_float_bits(self, dst, src);
    }

    fn float_const(&mut self, dst: Reg, bits: u64, _: &mut ConstPool<DynamicLabel>) {
        // No pc-relative addressing on 32-bit x86, so no pool: immediates.
        super::float::float_const(self, dst, bits);
    }

    fn frame_load(&mut self, size: OperandSize, float: bool, dst: Reg, base: FrameBase, disp: i32) {
        let (b, d) = frame(base, disp);
        match (float, size) {
            (true, S32) => asm!(self; movss Rx(dst), DWORD [Rd(b) + d]),
            (true, S64) => asm!(self; movsd Rx(dst), QWORD [Rd(b) + d]),
            (false, _) => {
                let (l, h) = halves(dst);
                asm!(self; mov Rd(l), [Rd(b) + d]);
                if size == S64 && is_pair(dst) {
                    asm!(self; mov Rd(h), [Rd(b) + d + 4]);
                }
            }
        }
    }

    /// A single register's word is stored with a zero high half, so that
    /// an 8-byte slot read by the host holds the value (a null reference
    /// is all 8 bytes zero, `Store::raw_to_val`; an `i32` takes
    /// `frame_store_i32`).
    fn frame_store(&mut self, float: bool, src: Reg, base: FrameBase, disp: i32) {
        let (b, d) = frame(base, disp);
        if float {
            asm!(self; movsd QWORD [Rd(b) + d], Rx(src));
            return;
        }
        let (l, h) = halves(src);
        asm!(self; mov [Rd(b) + d], Rd(l));
        if is_pair(src) {
            asm!(self; mov [Rd(b) + d + 4], Rd(h));
        } else {
            asm!(self; mov DWORD [Rd(b) + d + 4], 0);
        }
    }

    /// The low 4 bytes alone, as `frame_store_imm` of an `i32` constant.
    fn frame_store_i32(&mut self, src: Reg, base: FrameBase, disp: i32) {
        let (b, d) = frame(base, disp);
        asm!(self; mov [Rd(b) + d], Rd(lo(src)));
    }

    fn frame_store_imm(&mut self, size: OperandSize, imm: i32, base: FrameBase, disp: i32) {
        let (b, d) = frame(base, disp);
        asm!(self; mov DWORD [Rd(b) + d], imm);
        if size == S64 {
            asm!(self; mov DWORD [Rd(b) + d + 4], imm >> 31);
        }
    }

    fn frame_store_const64(&mut self, c: u64, base: FrameBase, disp: i32) {
        let (b, d) = frame(base, disp);
        asm!(self
            ; mov DWORD [Rd(b) + d], c as i32
            ; mov DWORD [Rd(b) + d + 4], (c >> 32) as i32
        );
    }

    fn frame_addr(&mut self, dst: Reg, disp: i32) {
        asm!(self; lea Rd(dst), [ebp + disp]);
    }

    fn frame_store_gpr(&mut self, src: Reg, base: FrameBase, disp: i32) {
        self.frame_store(false, src, base, disp);
    }

    fn test32(&mut self, src: Opnd) {
        match src {
            Opnd::Reg(r) => asm!(self; test Rd(lo(r)), Rd(lo(r))),
            Opnd::Mem(d) => asm!(self; cmp DWORD [ebp + d], 0),
            Opnd::Imm(_) => unreachable!("constants are folded"),
        }
    }

    /// No pc-relative addressing on x86: `call`/`pop` finds the code's
    /// address, and the table's distance from there is patched in.
    fn jump_table(&mut self, index: Reg, len: u32, default: DynamicLabel, table: DynamicLabel) {
        let here = self.new_dynamic_label();
        asm!(self
            ; cmp Rd(index), len as i32
            ; jae =>default
            ; call =>here
        );
        // eax = the address of `here`, plus the distance to the table.
        let from = self.offset().0;
        asm!(self
            ; =>here
            ; pop eax
            ; add eax, 0x7fff_ffff
        );
        let patch = self.offset().0 - 4;
        asm!(self
            ; mov Rd(index), [eax + Rd(index) * 4]
            ; add Rd(index), eax
            ; jmp Rd(index)
        );
        let distance = (self.offset().0 - from) as i32;
        {
            let mut m = self.alter();
            m.goto(dynasmrt::AssemblyOffset(patch));
            m.push_i32(distance);
        }
        asm!(self; =>table);
    }

    fn mov_rr(&mut self, size: OperandSize, dst: Reg, src: Reg) {
        match size {
            S32 => {
                if lo(dst) != lo(src) {
                    asm!(self; mov Rd(lo(dst)), Rd(lo(src)));
                }
            }
            S64 => pair::mov64(self, dst, src),
        }
    }

    fn mov_ri(&mut self, size: OperandSize, dst: Reg, imm: u64) {
        let (l, h) = halves(dst);
        asm!(self; mov Rd(l), imm as i32);
        if size == S64 && is_pair(dst) {
            asm!(self; mov Rd(h), (imm >> 32) as i32);
        }
    }

    fn alu_rr(&mut self, size: OperandSize, op: AluOp, dst: Reg, src: Reg) {
        self.alu_ro(size, op, dst, Opnd::Reg(src));
    }

    fn alu_ri(&mut self, size: OperandSize, op: AluOp, dst: Reg, imm: i64) {
        if size == S64 && is_pair(dst) {
            let (l, h) = halves(dst);
            let (il, ih) = (imm as i32, (imm >> 32) as i32);
            match op {
                AluOp::Add => asm!(self; add Rd(l), il ; adc Rd(h), ih),
                AluOp::Sub => asm!(self; sub Rd(l), il ; sbb Rd(h), ih),
                AluOp::And => asm!(self; and Rd(l), il ; and Rd(h), ih),
                AluOp::Or => asm!(self; or Rd(l), il ; or Rd(h), ih),
                AluOp::Xor => asm!(self; xor Rd(l), il ; xor Rd(h), ih),
            }
            return;
        }
        self.alu_ro(S32, op, dst, Opnd::Imm(imm as i32));
    }

    fn alu_ro(&mut self, size: OperandSize, op: AluOp, dst: Reg, src: Opnd) {
        if size == S64 && is_pair(dst) {
            return pair::alu64(self, op, dst, src);
        }
        let d = lo(dst);
        let s = match src {
            Opnd::Reg(r) => Opnd::Reg(lo(r)),
            o => o,
        };
        match op {
            AluOp::Add => op32!(self, add, d, s),
            AluOp::Sub => op32!(self, sub, d, s),
            AluOp::And => op32!(self, and, d, s),
            AluOp::Or => op32!(self, or, d, s),
            AluOp::Xor => op32!(self, xor, d, s),
        }
    }

    fn mul_ro(&mut self, size: OperandSize, dst: Reg, src: Opnd) {
        if size == S64 {
            return pair::mul64(self, dst, opnd_halves(src));
        }
        match src {
            Opnd::Imm(i) => asm!(self; imul Rd(dst), Rd(dst), i),
            Opnd::Reg(r) => asm!(self; imul Rd(dst), Rd(lo(r))),
            Opnd::Mem(d) => asm!(self; imul Rd(dst), DWORD [ebp + d]),
        }
    }

    fn unop(&mut self, size: OperandSize, op: IntUn, dst: Reg, src: Opnd) {
        if size == S64 {
            return super::convert::unop64(self, op, dst, src);
        }
        let s = match src {
            Opnd::Reg(r) => Opnd::Reg(lo(r)),
            o => o,
        };
        match (op, s) {
            (IntUn::Clz, Opnd::Reg(r)) => asm!(self; lzcnt Rd(dst), Rd(r)),
            (IntUn::Clz, Opnd::Mem(d)) => asm!(self; lzcnt Rd(dst), DWORD [ebp + d]),
            (IntUn::Ctz, Opnd::Reg(r)) => asm!(self; tzcnt Rd(dst), Rd(r)),
            (IntUn::Ctz, Opnd::Mem(d)) => asm!(self; tzcnt Rd(dst), DWORD [ebp + d]),
            (IntUn::Popcnt, Opnd::Reg(r)) => asm!(self; popcnt Rd(dst), Rd(r)),
            (IntUn::Popcnt, Opnd::Mem(d)) => asm!(self; popcnt Rd(dst), DWORD [ebp + d]),
            (IntUn::Extend8S, Opnd::Reg(r)) => asm!(self; movsx Rd(dst), Rb(r)),
            (IntUn::Extend8S, Opnd::Mem(d)) => asm!(self; movsx Rd(dst), BYTE [ebp + d]),
            (IntUn::Extend16S, Opnd::Reg(r)) => asm!(self; movsx Rd(dst), Rw(r)),
            (IntUn::Extend16S, Opnd::Mem(d)) => asm!(self; movsx Rd(dst), WORD [ebp + d]),
            (IntUn::Extend32S, _) | (_, Opnd::Imm(_)) => unreachable!("no such 32-bit form"),
        }
    }

    fn cmp(&mut self, size: OperandSize, lhs: Opnd, rhs: Opnd) {
        // Only words and i32s come here; i64 comparisons take `cmp_for`.
        let _ = size;
        let r = match rhs {
            Opnd::Reg(r) => Opnd::Reg(lo(r)),
            o => o,
        };
        match (lhs, r) {
            (Opnd::Reg(l), r) => op32!(self, cmp, lo(l), r),
            (Opnd::Mem(d), Opnd::Imm(i)) => asm!(self; cmp DWORD [ebp + d], i),
            (Opnd::Mem(d), Opnd::Reg(r)) => asm!(self; cmp [ebp + d], Rd(r)),
            _ => unreachable!("no such comparison form"),
        }
    }

    fn cmp_for(&mut self, size: OperandSize, cmp: IntCmp, lhs: Opnd, rhs: Opnd) -> Cc {
        let wide = size == S64 && !matches!(lhs, Opnd::Reg(r) if !is_pair(r));
        if wide {
            return pair::cmp64(self, cmp, lhs, rhs);
        }
        self.cmp(size, lhs, rhs);
        Cc::of_int(cmp)
    }

    fn cmp_zero(&mut self, size: OperandSize, src: Opnd) {
        match (size, src) {
            (S64, Opnd::Reg(r)) if is_pair(r) => {
                let (l, h) = halves(r);
                asm!(self; mov Rd(SCRATCH), Rd(l) ; or Rd(SCRATCH), Rd(h));
            }
            (S64, Opnd::Mem(d)) => {
                asm!(self; mov Rd(SCRATCH), [ebp + d] ; or Rd(SCRATCH), [ebp + d + 4]);
            }
            (_, Opnd::Mem(d)) => asm!(self; cmp DWORD [ebp + d], 0),
            (_, Opnd::Reg(r)) => asm!(self; test Rd(lo(r)), Rd(lo(r))),
            (_, Opnd::Imm(_)) => unreachable!("constants are folded"),
        }
    }

    fn shift_ri(&mut self, size: OperandSize, kind: ShiftKind, dst: Reg, count: u32) {
        if size == S64 && is_pair(dst) {
            return pair::shift64_ri(self, kind, dst, count);
        }
        let (d, n) = (lo(dst), count as i8);
        match kind {
            ShiftKind::Shl => asm!(self; shl Rd(d), n),
            ShiftKind::ShrU => asm!(self; shr Rd(d), n),
            ShiftKind::ShrS => asm!(self; sar Rd(d), n),
            ShiftKind::Rotl => asm!(self; rol Rd(d), n),
            ShiftKind::Rotr => asm!(self; ror Rd(d), n),
        }
    }

    fn shift_rr(&mut self, size: OperandSize, kind: ShiftKind, dst: Reg) {
        if size == S64 {
            return pair::shift64_rr(self, kind, dst);
        }
        let d = lo(dst);
        match kind {
            ShiftKind::Shl => asm!(self; shl Rd(d), cl),
            ShiftKind::ShrU => asm!(self; shr Rd(d), cl),
            ShiftKind::ShrS => asm!(self; sar Rd(d), cl),
            ShiftKind::Rotl => asm!(self; rol Rd(d), cl),
            ShiftKind::Rotr => asm!(self; ror Rd(d), cl),
        }
    }

    fn neg(&mut self, size: OperandSize, dst: Reg) {
        let (l, h) = halves(dst);
        if size == S64 && is_pair(dst) {
            asm!(self; neg Rd(l) ; adc Rd(h), 0 ; neg Rd(h));
        } else {
            asm!(self; neg Rd(l));
        }
    }

    fn mul_ri(&mut self, size: OperandSize, dst: Reg, imm: i64) {
        if size == S64 {
            let halves = (Opnd::Imm(imm as i32), Opnd::Imm((imm >> 32) as i32));
            return pair::mul64(self, dst, halves);
        }
        asm!(self; imul Rd(dst), Rd(dst), imm as i32);
    }

    fn mul_high(&mut self, size: OperandSize, signed: bool, src: Reg, m: u64) {
        if size == S64 {
            return unsupported("i64 division by a constant on 32-bit x86");
        }
        asm!(self; mov eax, m as i32);
        if signed {
            asm!(self; imul Rd(src));
        } else {
            asm!(self; mul Rd(src));
        }
    }

    fn float_three_operand(_: crate::environ::isa::SimdIsa) -> bool {
        // No VEX encodings on this backend yet.
        false
    }

    fn float_alu3(&mut self, _: OperandSize, _: FloatAlu, _: Reg, _: Reg, _: FOpnd) {
        unreachable!("no three-operand float forms on ia32 (float_three_operand)")
    }

    fn float_sqrt3(&mut self, _: OperandSize, _: Reg, _: Reg) {
        unreachable!("no three-operand float forms on ia32 (float_three_operand)")
    }

    fn float_alu(&mut self, size: OperandSize, op: FloatAlu, dst: Reg, src: FOpnd) {
        let single = size == S32;
        match op {
            FloatAlu::Add => sse!(self, single, addss / addsd, dst, src),
            FloatAlu::Sub => sse!(self, single, subss / subsd, dst, src),
            FloatAlu::Mul => sse!(self, single, mulss / mulsd, dst, src),
            FloatAlu::Div => sse!(self, single, divss / divsd, dst, src),
        }
    }

    fn float_bits(&mut self, op: FloatBitOp, dst: Reg, src: Reg) {
        match op {
            FloatBitOp::And => asm!(self; andps Rx(dst), Rx(src)),
            FloatBitOp::Or => asm!(self; orps Rx(dst), Rx(src)),
            FloatBitOp::Xor => asm!(self; xorps Rx(dst), Rx(src)),
            FloatBitOp::AndNot => asm!(self; andnps Rx(dst), Rx(src)),
        }
    }

    fn float_scratch_bits(&mut self, bits: u64) -> Reg {
        self.float_const(XSCRATCH, bits, &mut ConstPool::default());
        XSCRATCH
    }

    fn float_sqrt(&mut self, size: OperandSize, dst: Reg) {
        match size {
            S32 => asm!(self; sqrtss Rx(dst), Rx(dst)),
            S64 => asm!(self; sqrtsd Rx(dst), Rx(dst)),
        }
    }

    fn float_round(&mut self, size: OperandSize, mode: RoundMode, dst: Reg) {
        let imm: i8 = match mode {
            RoundMode::Nearest => 0,
            RoundMode::Floor => 1,
            RoundMode::Ceil => 2,
            RoundMode::Trunc => 3,
        };
        match size {
            S32 => asm!(self; roundss Rx(dst), Rx(dst), imm),
            S64 => asm!(self; roundsd Rx(dst), Rx(dst), imm),
        }
    }

    fn float_compare(&mut self, size: OperandSize, lhs: Reg, rhs: FOpnd) {
        sse!(self, size == S32, ucomiss / ucomisd, lhs, rhs);
    }

    fn float_eq_to_gpr(&mut self, ne: bool, dst: Reg) {
        // ZF without PF: equal; unordered sets both.
        let (d, done) = (lo(dst), self.new_dynamic_label());
        if ne {
            asm!(self; mov Rd(d), 1 ; jp =>done ; jne =>done ; mov Rd(d), 0 ; =>done);
        } else {
            asm!(self; mov Rd(d), 0 ; jp =>done ; jne =>done ; mov Rd(d), 1 ; =>done);
        }
    }

    fn load_vmctx(&mut self, dst: Reg, off: i32) {
        asm!(self; mov Rd(lo(dst)), [vmctx + off]);
    }

    fn load_at(&mut self, size: OperandSize, dst: Reg, base: Reg, off: i32) {
        let (l, h) = halves(dst);
        let b = lo(base);
        if size == S64 && is_pair(dst) {
            asm!(self; mov Rd(h), [Rd(b) + off + 4] ; mov Rd(l), [Rd(b) + off]);
        } else {
            asm!(self; mov Rd(l), [Rd(b) + off]);
        }
    }

    fn load_cell(&mut self, size: OperandSize, float: bool, dst: Reg, cell: Cell) {
        let base = self.cell_base(cell);
        let b = lo(base);
        match (float, size) {
            (true, S32) => asm!(self; movss Rx(dst), DWORD [Rd(b)]),
            (true, S64) => asm!(self; movsd Rx(dst), QWORD [Rd(b)]),
            (false, _) => self.load_at(size, dst, base, 0),
        }
    }

    fn store_cell(&mut self, size: OperandSize, src: StoreSrc, cell: Cell) {
        let base = self.cell_base(cell);
        let b = lo(base);
        match (src, size) {
            (StoreSrc::Imm(c), S32) => asm!(self; mov DWORD [Rd(b)], c as i32),
            (StoreSrc::Imm(c), S64) => {
                asm!(self; mov DWORD [Rd(b)], c as i32 ; mov DWORD [Rd(b) + 4], (c as i32) >> 31)
            }
            (StoreSrc::Gpr(r), S32) => asm!(self; mov [Rd(b)], Rd(lo(r))),
            (StoreSrc::Gpr(r), S64) => {
                let (l, h) = halves(r);
                asm!(self; mov [Rd(b)], Rd(l));
                if is_pair(r) {
                    asm!(self; mov [Rd(b) + 4], Rd(h));
                } else {
                    asm!(self; mov DWORD [Rd(b) + 4], 0);
                }
            }
            (StoreSrc::Float(x), S32) => asm!(self; movss DWORD [Rd(b)], Rx(x)),
            (StoreSrc::Float(x), S64) => asm!(self; movsd QWORD [Rd(b)], Rx(x)),
        }
    }

    fn int_to_float(
        &mut self,
        from: OperandSize,
        to: OperandSize,
        signed: bool,
        dst: Reg,
        src: Reg,
    ) {
        super::convert::int_to_float(self, from, to, signed, dst, src);
    }

    fn float_to_float(&mut self, to: OperandSize, dst: Reg) {
        match to {
            S32 => asm!(self; cvtsd2ss Rx(dst), Rx(dst)),
            S64 => asm!(self; cvtss2sd Rx(dst), Rx(dst)),
        }
    }

    fn float_to_int(&mut self, t: Trunc<DynamicLabel>, dst: Reg, x: Reg) {
        super::convert::float_to_int(self, t, dst, x);
    }

    fn heap_load(&mut self, kind: MemLoad, dst: Reg, addr: HeapAddr) {
        super::memory::heap_load(self, kind, dst, addr);
    }

    fn heap_store(&mut self, bytes: u8, src: StoreSrc, addr: HeapAddr) {
        super::memory::heap_store(self, bytes, src, addr);
    }

    fn heap_bounds_check(
        &mut self,
        memory: Option<Reg>,
        index: Option<Reg>,
        end: u64,
        oob: DynamicLabel,
    ) {
        super::memory::heap_bounds_check(self, memory, index, end, oob);
    }

    fn heap_bounds_check_mem0(
        &mut self,
        index: Option<Reg>,
        end: u64,
        oob: DynamicLabel,
    ) -> Option<Reg> {
        super::memory::heap_bounds_check(self, None, index, end, oob)
    }

    fn float_minmax(&mut self, size: OperandSize, min: bool, dst: Reg, src: Reg) {
        super::float_minmax::float_minmax(self, size, min, dst, src);
    }

    fn prologue(
        &mut self,
        entry: DynamicLabel,
        overflow: DynamicLabel,
        recheck: DynamicLabel,
    ) -> usize {
        super::frame::prologue(self, entry, overflow, recheck)
    }

    fn patch_frame_size(&mut self, at: usize, bytes: u32) {
        super::frame::patch_frame_size(self, at, bytes);
    }

    fn zero_frame_slots(&mut self, offsets: &[i32]) {
        super::frame::zero_frame_slots(self, offsets);
    }

    fn zero_frame_range(&mut self, lowest: i32, n: u32) {
        super::frame::zero_frame_range(self, lowest, n);
    }

    fn zero_reg(&mut self, float: bool, dst: Reg) {
        if float {
            asm!(self; xorps Rx(dst), Rx(dst));
        } else {
            let (l, h) = halves(dst);
            asm!(self; xor Rd(l), Rd(l));
            if is_pair(dst) {
                asm!(self; xor Rd(h), Rd(h));
            }
        }
    }

    fn trap_exit(&mut self, l: DynamicLabel, code: Option<u32>) -> usize {
        super::frame::trap_exit(self, l, code)
    }

    fn module_trap_stub(&mut self) {
        super::frame::module_trap_stub(self);
    }

    fn interrupt_check(&mut self, l: DynamicLabel) {
        super::frame::interrupt_check(self, l);
    }

    fn div(
        &mut self,
        size: OperandSize,
        kind: DivKind,
        r: Reg,
        const_divisor: Option<i64>,
        div0: DynamicLabel,
        overflow: Option<DynamicLabel>,
    ) {
        super::frame::div(self, size, kind, r, const_divisor, div0, overflow);
    }
}

/// The register holding a global's address: an imported global's pointer,
/// or the address of a defined global's slot in the context (`lea` into
/// the scratch register, which a stored value never occupies).
trait CellBase {
    fn cell_base(&mut self, cell: Cell) -> Reg;
}

impl CellBase for Asm {
    fn cell_base(&mut self, cell: Cell) -> Reg {
        match cell {
            Cell::At(base) => base,
            Cell::Vmctx(off) => {
                asm!(self; lea Rd(SCRATCH), [vmctx + off]);
                SCRATCH
            }
        }
    }
}
