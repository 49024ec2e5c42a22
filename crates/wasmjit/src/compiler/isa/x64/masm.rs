//! [`MacroAssembler`] for x86-64: each operation in its 32- and 64-bit
//! encoding. The immediate forms follow the encodings the rest of the
//! compiler uses (a 64-bit immediate that does not fit a sign-extended
//! 32-bit one goes through the scratch register `r11`).

use crate::compiler::masm::{
    AluOp, FOpnd, FloatAlu, FloatBitOp, IntUn, MacroAssembler, OperandSize, Opnd, Reg, RoundMode,
    ShiftKind, Trunc,
};
use crate::compiler::masm::{
    Cell, ConstPool, DivKind, FloatCmp, FrameBase, HeapAddr, IntCmp, MemLoad, StoreSrc,
};
use dynasmrt::DynamicLabel;

use crate::compiler::link::RelocTarget;
use crate::environ::builtins::Builtin;
use crate::environ::isa::SimdIsa;
use crate::environ::vmoffsets::{
    PtrSize, FUNCREF_CODE_OFF, FUNCREF_SIG_OFF, FUNCREF_VMCTX_OFF, TABLE_BASE_OFF, TABLE_LEN_OFF,
    VMCTX_BUILTINS_OFF, VMCTX_MEM0_BASE_OFF,
};

use super::asm::{asm, cmov, frame_mov, jcc, jmp, setcc, sse, Asm, Cc};
use super::regs::{RAX, RCX, RDX, SCRATCH, XSCRATCH};

use OperandSize::{S32, S64};

/// `rbp`, the base of frame slots (`Opnd::Mem`, `FOpnd::Mem`).
const FP: u8 = 5;
/// `r15`, the `VMContext`.
const VMCTX: u8 = 15;

/// The register of a frame base: rbp or rsp.
fn base_reg(base: FrameBase) -> u8 {
    match base {
        FrameBase::Fp => FP,
        FrameBase::Sp => 4,
    }
}

/// The move of a `size` value, integer or `float`.
fn mov_kind(float: bool, size: OperandSize) -> frame_mov::Kind {
    match (float, size) {
        (false, S32) => frame_mov::Kind::Gpr32,
        (false, S64) => frame_mov::Kind::Gpr64,
        (true, S32) => frame_mov::Kind::Ss,
        (true, S64) => frame_mov::Kind::Sd,
    }
}

/// Whether `imm` is a sign-extended 32-bit immediate.
fn fits_i32(imm: i64) -> bool {
    imm == imm as i32 as i64
}

impl MacroAssembler for Asm {
    const MUL_LOW: Reg = RAX;
    const MUL_HIGH: Reg = RDX;
    const SHIFT_COUNT: Reg = RCX;
    const FLOAT_SCRATCH: Reg = XSCRATCH;
    const FLOAT_POOL: bool = true;
    type Label = DynamicLabel;
    const SCRATCH: Reg = SCRATCH;
    const RESULT_GPR: Reg = RAX;
    const RESULT_FLOAT: Reg = 0;
    /// System V: rdi, rsi, rdx, rcx, r8, r9.
    const ARG_REGS: [Reg; 6] = [7, 6, 2, 1, 8, 9];
    const FUNCREF: Reg = RAX;
    const ALLOC_GPRS: &'static [Reg] = &super::regs::GPR_ORDER;
    const ALLOC_GPRS_I64: &'static [Reg] = &super::regs::GPR_ORDER;
    const RESULT_GPR_I64: Reg = RAX;
    const ALLOC_FLOATS: &'static [Reg] = &super::regs::XMM_ORDER;
    const PIN_GPRS: &'static [Reg] = &super::regs::PIN_GPRS;
    const CALLEE_SAVED_GPRS: &'static [Reg] = &super::regs::CALLEE_SAVED_GPRS;
    const PIN_FLOATS: &'static [Reg] = &super::regs::PIN_XMMS;
    const PARAM_GPRS: &'static [Reg] = &super::regs::PARAM_GPRS;
    const PARAM_FLOATS: &'static [Reg] = &super::regs::PARAM_XMMS;

    fn call_rel32(&mut self) -> usize {
        super::frame::call_rel32(self)
    }

    fn call_funcref(&mut self) {
        asm!(self
            ; mov [rbp - 8], vmctx
            ; mov vmctx, [rax + FUNCREF_VMCTX_OFF]
            ; mov membase, [vmctx + VMCTX_MEM0_BASE_OFF]
            ; call QWORD [rax + FUNCREF_CODE_OFF]
            ; mov vmctx, [rbp - 8]
            ; mov membase, [vmctx + VMCTX_MEM0_BASE_OFF]
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
            ; mov rax, [vmctx + toff]
            ; cmp Rd(index), DWORD [rax + TABLE_LEN_OFF]
            ; jae =>oob
            ; mov rax, [rax + TABLE_BASE_OFF]
            ; mov rax, [rax + Rq(index) * 8]
            ; test rax, rax
            ; jz =>null
            ; cmp DWORD [rax + FUNCREF_SIG_OFF], sig as i32
        );
        // `cmp r/m32, imm32` ends with the immediate (a runtime value is
        // always encoded as imm32).
        let sig_at = dynasmrt::DynasmApi::offset(self).0 - 4;
        asm!(self; jne =>bad_sig);
        sig_at
    }

    fn call_builtin(&mut self, b: Builtin) {
        asm!(self
            ; mov rax, [vmctx + VMCTX_BUILTINS_OFF]
            ; call QWORD [rax + b.offset(PtrSize::HOST)]
        );
    }

    fn branch_on_trap_code(&mut self, l: DynamicLabel) {
        asm!(self
            ; test eax, eax
            ; jnz =>l
        );
    }

    fn move_vmctx(&mut self, dst: Reg) {
        asm!(self; mov Rq(dst), vmctx);
    }

    fn cmp32_at(&mut self, lhs: Reg, base: Reg, off: i32) {
        asm!(self; cmp Rd(lhs), DWORD [Rq(base) + off]);
    }

    fn load_indexed(&mut self, dst: Reg, base: Reg, index: Reg) {
        asm!(self; mov Rq(dst), [Rq(base) + Rq(index) * 8]);
    }

    fn store_indexed(&mut self, base: Reg, index: Reg, src: StoreSrc) {
        match src {
            StoreSrc::Gpr(r) => asm!(self; mov [Rq(base) + Rq(index) * 8], Rq(r)),
            StoreSrc::Imm(c) => asm!(self; mov QWORD [Rq(base) + Rq(index) * 8], c as i32),
            StoreSrc::Float(_) => unreachable!("references are integers"),
        }
    }

    fn frame_copy(&mut self, from_base: FrameBase, from: i32, to_base: FrameBase, to: i32) {
        let kind = frame_mov::Kind::Gpr64;
        frame_mov::emit(self, kind, false, SCRATCH, base_reg(from_base), from);
        frame_mov::emit(self, kind, true, SCRATCH, base_reg(to_base), to);
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
        jmp(self, l);
    }

    fn branch(&mut self, c: Cc, l: DynamicLabel) {
        jcc(self, c, l);
    }

    fn set_cond(&mut self, c: Cc, dst: Reg) {
        setcc(self, c, dst);
    }

    fn cmov(&mut self, c: Cc, dst: Reg, src: Reg) {
        cmov(self, c, dst, src);
    }

    fn load_const(&mut self, size: OperandSize, dst: Reg, c: u64) {
        if size == S32 || c <= u32::MAX as u64 {
            // A 32-bit move zero-extends: the short form for small values.
            asm!(self; mov Rd(dst), c as u32 as i32);
        } else if fits_i32(c as i64) {
            asm!(self; mov Rq(dst), c as i32);
        } else {
            asm!(self; mov Rq(dst), QWORD c as i64);
        }
    }

    fn epilogue(&mut self) {
        asm!(self
            ; mov rsp, rbp
            ; pop rbp
            ; ret
        );
    }

    fn move_float(&mut self, dst: Reg, src: Reg) {
        asm!(self; movaps Rx(dst), Rx(src));
    }

    fn float_to_gpr_bits(&mut self, size: OperandSize, dst: Reg, src: Reg) {
        match size {
            S32 => asm!(self; movd Rd(dst), Rx(src)),
            S64 => asm!(self; movq Rq(dst), Rx(src)),
        }
    }

    fn gpr_to_float_bits(&mut self, dst: Reg, src: Reg) {
        asm!(self; movq Rx(dst), Rq(src));
    }

    fn float_const(&mut self, dst: Reg, bits: u64, pool: &mut ConstPool<DynamicLabel>) {
        if bits == 0 {
            return asm!(self; xorps Rx(dst), Rx(dst));
        }
        // One RIP-relative load (8 bytes) instead of `mov r64, imm64` and
        // `movq xmm, r64` (15 bytes, two instructions); movsd zeroes the
        // upper lanes, which scalar values never read.
        let l = pool.label(bits.into(), || self.new_dynamic_label());
        asm!(self; movsd Rx(dst), QWORD [=>l]);
    }

    fn frame_load(&mut self, size: OperandSize, float: bool, dst: Reg, base: FrameBase, disp: i32) {
        frame_mov::emit(
            self,
            mov_kind(float, size),
            false,
            dst,
            base_reg(base),
            disp,
        );
    }

    fn frame_store(&mut self, float: bool, src: Reg, base: FrameBase, disp: i32) {
        let kind = if float {
            frame_mov::Kind::Sd
        } else {
            frame_mov::Kind::Gpr64
        };
        frame_mov::emit(self, kind, true, src, base_reg(base), disp);
    }

    fn frame_store_imm(&mut self, size: OperandSize, imm: i32, base: FrameBase, disp: i32) {
        frame_mov::emit_imm(self, size == S64, base_reg(base), disp, imm);
    }

    fn frame_addr(&mut self, dst: Reg, disp: i32) {
        frame_mov::emit_lea(self, true, dst, FP, disp);
    }

    fn frame_store_gpr(&mut self, src: Reg, base: FrameBase, disp: i32) {
        frame_mov::emit(
            self,
            frame_mov::Kind::Gpr64,
            true,
            src,
            base_reg(base),
            disp,
        );
    }

    fn test32(&mut self, src: Opnd) {
        match src {
            Opnd::Reg(r) => asm!(self; test Rd(r), Rd(r)),
            Opnd::Mem(d) => frame_mov::emit_group1_imm(self, false, 7, FP, d, 0),
            Opnd::Imm(_) => unreachable!("constants are folded"),
        }
    }

    fn jump_table(&mut self, index: Reg, len: u32, default: DynamicLabel, table: DynamicLabel) {
        asm!(self
            ; cmp Rd(index), len as i32
            ; jae =>default
            ; lea rax, [=>table]
            ; movsxd Rq(index), DWORD [rax + Rq(index) * 4]
            ; add Rq(index), rax
            ; jmp Rq(index)
            ; =>table
        );
    }

    fn mov_rr(&mut self, size: OperandSize, dst: Reg, src: Reg) {
        match size {
            S32 => asm!(self; mov Rd(dst), Rd(src)),
            S64 => asm!(self; mov Rq(dst), Rq(src)),
        }
    }

    fn mov_ri(&mut self, size: OperandSize, dst: Reg, imm: u64) {
        match size {
            S32 => asm!(self; mov Rd(dst), imm as u32 as i32),
            S64 => asm!(self; mov Rq(dst), QWORD imm as i64),
        }
    }

    fn alu_rr(&mut self, size: OperandSize, op: AluOp, dst: Reg, src: Reg) {
        match (size, op) {
            (S32, AluOp::Add) => asm!(self; add Rd(dst), Rd(src)),
            (S32, AluOp::Sub) => asm!(self; sub Rd(dst), Rd(src)),
            (S32, AluOp::And) => asm!(self; and Rd(dst), Rd(src)),
            (S32, AluOp::Or) => asm!(self; or Rd(dst), Rd(src)),
            (S32, AluOp::Xor) => asm!(self; xor Rd(dst), Rd(src)),
            (S64, AluOp::Add) => asm!(self; add Rq(dst), Rq(src)),
            (S64, AluOp::Sub) => asm!(self; sub Rq(dst), Rq(src)),
            (S64, AluOp::And) => asm!(self; and Rq(dst), Rq(src)),
            (S64, AluOp::Or) => asm!(self; or Rq(dst), Rq(src)),
            (S64, AluOp::Xor) => asm!(self; xor Rq(dst), Rq(src)),
        }
    }

    fn alu_ri(&mut self, size: OperandSize, op: AluOp, dst: Reg, imm: i64) {
        if size == S64 && !fits_i32(imm) {
            self.mov_ri(S64, SCRATCH, imm as u64);
            self.alu_rr(S64, op, dst, SCRATCH);
            return;
        }
        let imm = imm as i32;
        match (size, op) {
            (S32, AluOp::Add) => asm!(self; add Rd(dst), imm),
            (S32, AluOp::Sub) => asm!(self; sub Rd(dst), imm),
            (S32, AluOp::And) => asm!(self; and Rd(dst), imm),
            (S32, AluOp::Or) => asm!(self; or Rd(dst), imm),
            (S32, AluOp::Xor) => asm!(self; xor Rd(dst), imm),
            (S64, AluOp::Add) => asm!(self; add Rq(dst), imm),
            (S64, AluOp::Sub) => asm!(self; sub Rq(dst), imm),
            (S64, AluOp::And) => asm!(self; and Rq(dst), imm),
            (S64, AluOp::Or) => asm!(self; or Rq(dst), imm),
            (S64, AluOp::Xor) => asm!(self; xor Rq(dst), imm),
        }
    }

    fn alu_ro(&mut self, size: OperandSize, op: AluOp, dst: Reg, src: Opnd) {
        if let Opnd::Mem(d) = src {
            // `OP r, r/m` (Intel SDM vol. 2: add 03, or 0B, and 23, sub 2B, xor 33).
            let opcode = match op {
                AluOp::Add => 0x03,
                AluOp::Or => 0x0b,
                AluOp::And => 0x23,
                AluOp::Sub => 0x2b,
                AluOp::Xor => 0x33,
            };
            frame_mov::emit_rm(self, None, size == S64, &[opcode], dst, FP, d);
            return;
        }
        // Immediates that fit in a byte take the sign-extended 8-bit encoding.
        macro_rules! alu {
            ($op:ident) => {
                match (size, src) {
                    (S32, Opnd::Imm(i)) if i == i as i8 as i32 => asm!(self; $op Rd(dst), BYTE i as i8),
                    (S64, Opnd::Imm(i)) if i == i as i8 as i32 => asm!(self; $op Rq(dst), BYTE i as i8),
                    (S32, Opnd::Imm(i)) => asm!(self; $op Rd(dst), i),
                    (S32, Opnd::Reg(r)) => asm!(self; $op Rd(dst), Rd(r)),
                    (S64, Opnd::Imm(i)) => asm!(self; $op Rq(dst), i),
                    (S64, Opnd::Reg(r)) => asm!(self; $op Rq(dst), Rq(r)),
                    (_, Opnd::Mem(_)) => unreachable!("encoded above"),
                }
            };
        }
        match op {
            AluOp::Add => alu!(add),
            AluOp::Sub => alu!(sub),
            AluOp::And => alu!(and),
            AluOp::Or => alu!(or),
            AluOp::Xor => alu!(xor),
        }
    }

    fn add3(&mut self, size: OperandSize, dst: Reg, lhs: Reg, rhs: Opnd) {
        // `lea` computes at the full width; a 32-bit destination keeps the
        // low 32 bits (the wrapped sum), zero-extended.
        match (size, rhs) {
            (S32, Opnd::Reg(r)) => asm!(self; lea Rd(dst), [Rq(lhs) + Rq(r)]),
            (S64, Opnd::Reg(r)) => asm!(self; lea Rq(dst), [Rq(lhs) + Rq(r)]),
            (_, Opnd::Imm(i)) => frame_mov::emit_lea(self, size == S64, dst, lhs, i),
            (_, Opnd::Mem(_)) => {
                self.mov_rr(size, dst, lhs);
                self.alu_ro(size, AluOp::Add, dst, rhs);
            }
        }
    }

    fn mul_ro(&mut self, size: OperandSize, dst: Reg, src: Opnd) {
        match (size, src) {
            (S32, Opnd::Imm(i)) => asm!(self; imul Rd(dst), Rd(dst), i),
            (S64, Opnd::Imm(i)) => asm!(self; imul Rq(dst), Rq(dst), i),
            (S32, Opnd::Reg(r)) => asm!(self; imul Rd(dst), Rd(r)),
            (S64, Opnd::Reg(r)) => asm!(self; imul Rq(dst), Rq(r)),
            (_, Opnd::Mem(d)) => {
                frame_mov::emit_rm(self, None, size == S64, &[0x0f, 0xaf], dst, FP, d)
            }
        }
    }

    fn unop(&mut self, size: OperandSize, op: IntUn, dst: Reg, src: Opnd) {
        if let Opnd::Mem(d) = src {
            // Intel SDM vol. 2: lzcnt F3 0F BD, tzcnt F3 0F BC, popcnt
            // F3 0F B8, movsx 0F BE (m8) / 0F BF (m16), movsxd REX.W 63.
            let wide = size == S64;
            let (prefix, w, opcode): (_, _, &[u8]) = match op {
                IntUn::Clz => (Some(0xf3), wide, &[0x0f, 0xbd]),
                IntUn::Ctz => (Some(0xf3), wide, &[0x0f, 0xbc]),
                IntUn::Popcnt => (Some(0xf3), wide, &[0x0f, 0xb8]),
                IntUn::Extend8S => (None, wide, &[0x0f, 0xbe]),
                IntUn::Extend16S => (None, wide, &[0x0f, 0xbf]),
                IntUn::Extend32S => (None, true, &[0x63]),
            };
            frame_mov::emit_rm(self, prefix, w, opcode, dst, FP, d);
            return;
        }
        let Opnd::Reg(r) = src else {
            unreachable!("no immediate form")
        };
        match (op, size) {
            (IntUn::Clz, S32) => asm!(self; lzcnt Rd(dst), Rd(r)),
            (IntUn::Clz, S64) => asm!(self; lzcnt Rq(dst), Rq(r)),
            (IntUn::Ctz, S32) => asm!(self; tzcnt Rd(dst), Rd(r)),
            (IntUn::Ctz, S64) => asm!(self; tzcnt Rq(dst), Rq(r)),
            (IntUn::Popcnt, S32) => asm!(self; popcnt Rd(dst), Rd(r)),
            (IntUn::Popcnt, S64) => asm!(self; popcnt Rq(dst), Rq(r)),
            (IntUn::Extend8S, S32) => asm!(self; movsx Rd(dst), Rb(r)),
            (IntUn::Extend8S, S64) => asm!(self; movsx Rq(dst), Rb(r)),
            (IntUn::Extend16S, S32) => asm!(self; movsx Rd(dst), Rw(r)),
            (IntUn::Extend16S, S64) => asm!(self; movsx Rq(dst), Rw(r)),
            (IntUn::Extend32S, _) => asm!(self; movsxd Rq(dst), Rd(r)),
        }
    }

    fn cmp(&mut self, size: OperandSize, lhs: Opnd, rhs: Opnd) {
        let wide = size == S64;
        match (lhs, size, rhs) {
            // `cmp r/m, imm` (83 /7 ib, 81 /7 id), `cmp r/m, r` (39), `cmp r, r/m` (3B).
            (Opnd::Mem(d), _, Opnd::Imm(i)) => frame_mov::emit_group1_imm(self, wide, 7, FP, d, i),
            (Opnd::Mem(d), _, Opnd::Reg(r)) => {
                frame_mov::emit_rm(self, None, wide, &[0x39], r, FP, d)
            }
            (Opnd::Reg(l), _, Opnd::Mem(d)) => {
                frame_mov::emit_rm(self, None, wide, &[0x3b], l, FP, d)
            }
            (Opnd::Reg(l), S32, Opnd::Imm(i)) if i == i as i8 as i32 => {
                asm!(self; cmp Rd(l), BYTE i)
            }
            (Opnd::Reg(l), S64, Opnd::Imm(i)) if i == i as i8 as i32 => {
                asm!(self; cmp Rq(l), BYTE i)
            }
            (Opnd::Reg(l), S32, Opnd::Imm(i)) => asm!(self; cmp Rd(l), i),
            (Opnd::Reg(l), S32, Opnd::Reg(r)) => asm!(self; cmp Rd(l), Rd(r)),
            (Opnd::Reg(l), S64, Opnd::Imm(i)) => asm!(self; cmp Rq(l), i),
            (Opnd::Reg(l), S64, Opnd::Reg(r)) => asm!(self; cmp Rq(l), Rq(r)),
            (Opnd::Mem(_), _, Opnd::Mem(_)) | (Opnd::Imm(_), _, _) => {
                unreachable!("no such comparison form")
            }
        }
    }

    fn cmp_zero(&mut self, size: OperandSize, src: Opnd) {
        match (size, src) {
            (_, Opnd::Mem(d)) => frame_mov::emit_group1_imm(self, size == S64, 7, FP, d, 0),
            (S32, Opnd::Reg(r)) => asm!(self; test Rd(r), Rd(r)),
            (S64, Opnd::Reg(r)) => asm!(self; test Rq(r), Rq(r)),
            (_, Opnd::Imm(_)) => unreachable!("constants are folded"),
        }
    }

    fn shift_ri(&mut self, size: OperandSize, kind: ShiftKind, dst: Reg, count: u32) {
        let n = count as i8;
        match (size, kind) {
            (S32, ShiftKind::Shl) => asm!(self; shl Rd(dst), n),
            (S32, ShiftKind::ShrU) => asm!(self; shr Rd(dst), n),
            (S32, ShiftKind::ShrS) => asm!(self; sar Rd(dst), n),
            (S32, ShiftKind::Rotl) => asm!(self; rol Rd(dst), n),
            (S32, ShiftKind::Rotr) => asm!(self; ror Rd(dst), n),
            (S64, ShiftKind::Shl) => asm!(self; shl Rq(dst), n),
            (S64, ShiftKind::ShrU) => asm!(self; shr Rq(dst), n),
            (S64, ShiftKind::ShrS) => asm!(self; sar Rq(dst), n),
            (S64, ShiftKind::Rotl) => asm!(self; rol Rq(dst), n),
            (S64, ShiftKind::Rotr) => asm!(self; ror Rq(dst), n),
        }
    }

    fn shift_rr(&mut self, size: OperandSize, kind: ShiftKind, dst: Reg) {
        match (size, kind) {
            (S32, ShiftKind::Shl) => asm!(self; shl Rd(dst), cl),
            (S32, ShiftKind::ShrU) => asm!(self; shr Rd(dst), cl),
            (S32, ShiftKind::ShrS) => asm!(self; sar Rd(dst), cl),
            (S32, ShiftKind::Rotl) => asm!(self; rol Rd(dst), cl),
            (S32, ShiftKind::Rotr) => asm!(self; ror Rd(dst), cl),
            (S64, ShiftKind::Shl) => asm!(self; shl Rq(dst), cl),
            (S64, ShiftKind::ShrU) => asm!(self; shr Rq(dst), cl),
            (S64, ShiftKind::ShrS) => asm!(self; sar Rq(dst), cl),
            (S64, ShiftKind::Rotl) => asm!(self; rol Rq(dst), cl),
            (S64, ShiftKind::Rotr) => asm!(self; ror Rq(dst), cl),
        }
    }

    fn neg(&mut self, size: OperandSize, dst: Reg) {
        match size {
            S32 => asm!(self; neg Rd(dst)),
            S64 => asm!(self; neg Rq(dst)),
        }
    }

    fn mul_ri(&mut self, size: OperandSize, dst: Reg, imm: i64) {
        match size {
            S32 => asm!(self; imul Rd(dst), Rd(dst), imm as i32),
            S64 if fits_i32(imm) => asm!(self; imul Rq(dst), Rq(dst), imm as i32),
            S64 => asm!(self
                ; mov Rq(SCRATCH), QWORD imm
                ; imul Rq(dst), Rq(SCRATCH)
            ),
        }
    }

    fn mul_high(&mut self, size: OperandSize, signed: bool, src: Reg, m: u64) {
        // rdx:rax = rax * src.
        self.mov_ri(size, RAX, m);
        match (size, signed) {
            (S32, false) => asm!(self; mul Rd(src)),
            (S32, true) => asm!(self; imul Rd(src)),
            (S64, false) => asm!(self; mul Rq(src)),
            (S64, true) => asm!(self; imul Rq(src)),
        }
    }

    fn float_three_operand(isa: SimdIsa) -> bool {
        isa == SimdIsa::Avx
    }

    fn float_alu3(&mut self, size: OperandSize, op: FloatAlu, dst: Reg, lhs: Reg, src: FOpnd) {
        super::float::float_alu3(self, size, op, dst, lhs, src);
    }

    fn float_sqrt3(&mut self, size: OperandSize, dst: Reg, src: Reg) {
        match size {
            S32 => asm!(self; vsqrtss Rx(dst), Rx(src), Rx(src)),
            S64 => asm!(self; vsqrtsd Rx(dst), Rx(src), Rx(src)),
        }
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
        asm!(self; mov Rq(SCRATCH), QWORD bits as i64 ; movq Rx(XSCRATCH), Rq(SCRATCH));
        XSCRATCH
    }

    fn float_sqrt(&mut self, size: OperandSize, dst: Reg) {
        match size {
            S32 => asm!(self; sqrtss Rx(dst), Rx(dst)),
            S64 => asm!(self; sqrtsd Rx(dst), Rx(dst)),
        }
    }

    fn float_round(&mut self, size: OperandSize, mode: RoundMode, dst: Reg) {
        // roundss/roundsd immediates: 0 nearest-even, 1 down, 2 up, 3 toward zero.
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
        if ne {
            asm!(self
                ; setne Rb(dst)
                ; setp Rb(SCRATCH)
                ; or Rb(dst), Rb(SCRATCH)
            );
        } else {
            asm!(self
                ; sete Rb(dst)
                ; setnp Rb(SCRATCH)
                ; and Rb(dst), Rb(SCRATCH)
            );
        }
        asm!(self; movzx Rd(dst), Rb(dst));
    }

    fn load_vmctx(&mut self, dst: Reg, off: i32) {
        frame_mov::emit(self, frame_mov::Kind::Gpr64, false, dst, VMCTX, off);
    }

    fn load_at(&mut self, size: OperandSize, dst: Reg, base: Reg, off: i32) {
        match size {
            S32 => frame_mov::emit(self, frame_mov::Kind::Gpr32, false, dst, base, off),
            S64 => frame_mov::emit(self, frame_mov::Kind::Gpr64, false, dst, base, off),
        }
    }

    fn load_cell(&mut self, size: OperandSize, float: bool, dst: Reg, cell: Cell) {
        match (cell, float, size) {
            (Cell::Vmctx(o), _, _) => {
                frame_mov::emit(self, mov_kind(float, size), false, dst, VMCTX, o)
            }
            (Cell::At(b), false, S32) => asm!(self; mov Rd(dst), [Rq(b)]),
            (Cell::At(b), false, S64) => asm!(self; mov Rq(dst), [Rq(b)]),
            (Cell::At(b), true, S32) => asm!(self; movss Rx(dst), [Rq(b)]),
            (Cell::At(b), true, S64) => asm!(self; movsd Rx(dst), [Rq(b)]),
        }
    }

    fn store_cell(&mut self, size: OperandSize, src: StoreSrc, cell: Cell) {
        match (cell, src, size) {
            (Cell::Vmctx(o), StoreSrc::Imm(c), _) => {
                frame_mov::emit_imm(self, size == S64, VMCTX, o, c as i32)
            }
            (Cell::Vmctx(o), StoreSrc::Gpr(r), _) => {
                frame_mov::emit(self, mov_kind(false, size), true, r, VMCTX, o)
            }
            (Cell::Vmctx(o), StoreSrc::Float(x), _) => {
                frame_mov::emit(self, mov_kind(true, size), true, x, VMCTX, o)
            }
            (Cell::At(b), StoreSrc::Imm(c), S32) => asm!(self; mov DWORD [Rq(b)], c as i32),
            (Cell::At(b), StoreSrc::Imm(c), S64) => asm!(self; mov QWORD [Rq(b)], c as i32),
            (Cell::At(b), StoreSrc::Gpr(r), S32) => asm!(self; mov [Rq(b)], Rd(r)),
            (Cell::At(b), StoreSrc::Gpr(r), S64) => asm!(self; mov [Rq(b)], Rq(r)),
            (Cell::At(b), StoreSrc::Float(x), S32) => asm!(self; movss [Rq(b)], Rx(x)),
            (Cell::At(b), StoreSrc::Float(x), S64) => asm!(self; movsd [Rq(b)], Rx(x)),
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
        super::convert::float_to_float(self, to, dst);
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

    const LEAF_FRAMES: bool = true;

    fn leaf_prologue(&mut self, entry: DynamicLabel) -> usize {
        super::frame::leaf_prologue(self, entry)
    }

    fn leaf_frame(
        &mut self,
        at: usize,
        bytes: u32,
        checked: bool,
        overflow: DynamicLabel,
        recheck: DynamicLabel,
    ) {
        super::frame::leaf_frame(self, at, bytes, checked, overflow, recheck);
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
            asm!(self; xor Rd(dst), Rd(dst));
        }
    }

    fn trap_exit(&mut self, l: DynamicLabel, code: Option<u32>) -> usize {
        super::frame::trap_exit(self, l, code)
    }

    fn module_trap_stub(&mut self) {
        super::frame::module_trap_stub(self);
    }

    const CHECK_EXITS: bool = true;

    fn check_exit(&mut self, l: DynamicLabel, recheck: DynamicLabel) -> (usize, RelocTarget) {
        (
            super::frame::check_exit(self, l, recheck),
            RelocTarget::CheckStub,
        )
    }

    fn module_check_stub(&mut self) {
        super::frame::module_check_stub(self);
    }

    fn interrupt_check(&mut self, l: DynamicLabel) {
        super::frame::interrupt_check(self, l);
    }

    fn div(
        &mut self,
        size: OperandSize,
        kind: DivKind,
        divisor: Reg,
        const_divisor: Option<i64>,
        div0: DynamicLabel,
        overflow: Option<DynamicLabel>,
    ) {
        super::frame::div(self, size, kind, divisor, const_divisor, div0, overflow);
    }
}
