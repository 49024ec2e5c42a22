//! Operator dispatch: each wasm operator goes to its emitter.

use wasmparser::Operator as O;

use crate::error::Result;
use crate::values::ValType::{self, F32, F64, I32, I64};

use super::asm::{asm, Cc};
use super::control::FrameKind;
use super::float::{FloatBin, FloatCmp, FloatUn};
use super::func::FuncCompiler;
use super::int::{IntBin, IntUn};
use super::memory::LoadKind;
use super::stack::Loc;

fn ld(ty: ValType, bytes: u8, signed: bool) -> LoadKind {
    LoadKind { ty, bytes, signed }
}

impl FuncCompiler<'_> {
    /// Compiles `op` together with the operator after it (`next`) when the
    /// pair has a shorter joint form; returns whether it did (then `next` is
    /// compiled already). See [`FuncCompiler::int_update_local`].
    pub fn operator_pair(&mut self, op: &O<'_>, next: &O<'_>) -> bool {
        if !self.reachable {
            return false;
        }
        let (ty, bin) = match *op {
            O::I32Add => (I32, IntBin::Add),
            O::I32Sub => (I32, IntBin::Sub),
            O::I32And => (I32, IntBin::And),
            O::I32Or => (I32, IntBin::Or),
            O::I32Xor => (I32, IntBin::Xor),
            O::I64Add => (I64, IntBin::Add),
            O::I64Sub => (I64, IntBin::Sub),
            O::I64And => (I64, IntBin::And),
            O::I64Or => (I64, IntBin::Or),
            O::I64Xor => (I64, IntBin::Xor),
            _ => return false,
        };
        self.int_update_local(ty, bin, next)
    }

    /// Compiles one (already validated) operator.
    pub fn operator(&mut self, op: &O<'_>) -> Result<()> {
        if !self.reachable {
            return self.dead_operator(op);
        }
        // Consumers of a pending comparison (`Loc::Cond`); a `local.set` of a
        // local pinned to a GPR takes it with one `setcc` into the register.
        let takes_cond = match *op {
            O::BrIf { .. }
            | O::If { .. }
            | O::Select
            | O::TypedSelect { .. }
            | O::I32Eqz
            | O::Drop => true,
            O::LocalSet { local_index } => matches!(self.local_loc(local_index), Loc::LocalReg(_)),
            _ => false,
        };
        if !takes_cond {
            self.materialize_cond();
        }
        match *op {
            O::Nop => {}
            O::Unreachable => {
                let l = self.trap_label(crate::error::TrapKind::Unreachable);
                asm!(self.a; jmp =>l);
                self.set_unreachable();
            }
            O::Block { blockty } => self.open_frame(blockty, FrameKind::Block)?,
            O::Loop { blockty } => self.open_frame(blockty, FrameKind::Loop)?,
            O::If { blockty } => {
                let else_label = self.a_label();
                self.open_frame(
                    blockty,
                    FrameKind::If {
                        else_label,
                        has_else: false,
                    },
                )?
            }
            O::Else => self.op_else(),
            O::End => self.op_end(),
            O::Br { relative_depth } => self.op_br(relative_depth),
            O::BrIf { relative_depth } => self.op_br_if(relative_depth),
            O::BrTable { ref targets } => self.op_br_table(targets)?,
            O::Return => self.op_return(),
            O::Call { function_index } => self.call(function_index)?,
            O::CallIndirect {
                type_index,
                table_index,
            } => self.call_indirect(type_index, table_index)?,
            O::Drop => {
                let e = self.pop();
                self.release(e);
            }
            O::Select | O::TypedSelect { .. } => self.select()?,

            O::LocalGet { local_index } => {
                let ty = self.locals[local_index as usize];
                self.push(ty, Loc::Local(local_index));
            }
            O::LocalSet { local_index } => {
                let e = self.pop();
                self.invalidate_local(local_index);
                self.store_local(e, local_index);
                self.release(e);
            }
            O::LocalTee { local_index } => {
                let e = self.pop();
                self.invalidate_local(local_index);
                self.store_local(e, local_index);
                match e.loc {
                    Loc::Gpr(_) | Loc::Xmm(_) | Loc::Const(_) => self.push(e.ty, e.loc),
                    _ => self.push(e.ty, Loc::Local(local_index)),
                }
            }
            O::GlobalGet { global_index } => self.global_get(global_index)?,
            O::GlobalSet { global_index } => self.global_set(global_index)?,

            O::I32Load { memarg } => self.load(&memarg, ld(I32, 4, false))?,
            O::I64Load { memarg } => self.load(&memarg, ld(I64, 8, false))?,
            O::F32Load { memarg } => self.load(&memarg, ld(F32, 4, false))?,
            O::F64Load { memarg } => self.load(&memarg, ld(F64, 8, false))?,
            O::I32Load8S { memarg } => self.load(&memarg, ld(I32, 1, true))?,
            O::I32Load8U { memarg } => self.load(&memarg, ld(I32, 1, false))?,
            O::I32Load16S { memarg } => self.load(&memarg, ld(I32, 2, true))?,
            O::I32Load16U { memarg } => self.load(&memarg, ld(I32, 2, false))?,
            O::I64Load8S { memarg } => self.load(&memarg, ld(I64, 1, true))?,
            O::I64Load8U { memarg } => self.load(&memarg, ld(I64, 1, false))?,
            O::I64Load16S { memarg } => self.load(&memarg, ld(I64, 2, true))?,
            O::I64Load16U { memarg } => self.load(&memarg, ld(I64, 2, false))?,
            O::I64Load32S { memarg } => self.load(&memarg, ld(I64, 4, true))?,
            O::I64Load32U { memarg } => self.load(&memarg, ld(I64, 4, false))?,
            O::I32Store { memarg } => self.store(&memarg, I32, 4)?,
            O::I64Store { memarg } => self.store(&memarg, I64, 8)?,
            O::F32Store { memarg } => self.store(&memarg, F32, 4)?,
            O::F64Store { memarg } => self.store(&memarg, F64, 8)?,
            O::I32Store8 { memarg } => self.store(&memarg, I32, 1)?,
            O::I32Store16 { memarg } => self.store(&memarg, I32, 2)?,
            O::I64Store8 { memarg } => self.store(&memarg, I64, 1)?,
            O::I64Store16 { memarg } => self.store(&memarg, I64, 2)?,
            O::I64Store32 { memarg } => self.store(&memarg, I64, 4)?,
            O::MemorySize { mem } => self.memory_size(mem)?,
            O::MemoryGrow { mem } => self.memory_grow(mem)?,
            O::MemoryFill { mem } => self.memory_fill(mem)?,
            O::MemoryCopy { dst_mem, src_mem } => self.memory_copy(dst_mem, src_mem)?,
            O::MemoryInit { data_index, mem } => self.memory_init(data_index, mem)?,
            O::DataDrop { data_index } => self.data_drop(data_index),

            O::RefNull { hty } => self.ref_null(hty),
            O::RefIsNull => self.int_eqz(I64),
            O::RefFunc { function_index } => self.ref_func(function_index),
            O::TableGet { table } => self.table_get(table),
            O::TableSet { table } => self.table_set(table),
            O::TableSize { table } => self.table_size(table),
            O::TableGrow { table } => self.table_grow(table),
            O::TableFill { table } => self.table_fill(table),
            O::TableCopy {
                dst_table,
                src_table,
            } => self.table_copy(dst_table, src_table),
            O::TableInit { elem_index, table } => self.table_init(table, elem_index),
            O::ElemDrop { elem_index } => self.elem_drop(elem_index),

            O::I32Const { value } => self.push(I32, Loc::Const(value as u32 as u64)),
            O::I64Const { value } => self.push(I64, Loc::Const(value as u64)),
            O::F32Const { value } => self.push(F32, Loc::Const(value.bits() as u64)),
            O::F64Const { value } => self.push(F64, Loc::Const(value.bits())),

            O::I32Eqz => self.int_eqz(I32),
            O::I32Eq => self.int_cmp(I32, Cc::E),
            O::I32Ne => self.int_cmp(I32, Cc::Ne),
            O::I32LtS => self.int_cmp(I32, Cc::L),
            O::I32LtU => self.int_cmp(I32, Cc::B),
            O::I32GtS => self.int_cmp(I32, Cc::G),
            O::I32GtU => self.int_cmp(I32, Cc::A),
            O::I32LeS => self.int_cmp(I32, Cc::Le),
            O::I32LeU => self.int_cmp(I32, Cc::Be),
            O::I32GeS => self.int_cmp(I32, Cc::Ge),
            O::I32GeU => self.int_cmp(I32, Cc::Ae),
            O::I64Eqz => self.int_eqz(I64),
            O::I64Eq => self.int_cmp(I64, Cc::E),
            O::I64Ne => self.int_cmp(I64, Cc::Ne),
            O::I64LtS => self.int_cmp(I64, Cc::L),
            O::I64LtU => self.int_cmp(I64, Cc::B),
            O::I64GtS => self.int_cmp(I64, Cc::G),
            O::I64GtU => self.int_cmp(I64, Cc::A),
            O::I64LeS => self.int_cmp(I64, Cc::Le),
            O::I64LeU => self.int_cmp(I64, Cc::Be),
            O::I64GeS => self.int_cmp(I64, Cc::Ge),
            O::I64GeU => self.int_cmp(I64, Cc::Ae),

            O::F32Eq => self.float_cmp(F32, FloatCmp::Eq)?,
            O::F32Ne => self.float_cmp(F32, FloatCmp::Ne)?,
            O::F32Lt => self.float_cmp(F32, FloatCmp::Lt)?,
            O::F32Gt => self.float_cmp(F32, FloatCmp::Gt)?,
            O::F32Le => self.float_cmp(F32, FloatCmp::Le)?,
            O::F32Ge => self.float_cmp(F32, FloatCmp::Ge)?,
            O::F64Eq => self.float_cmp(F64, FloatCmp::Eq)?,
            O::F64Ne => self.float_cmp(F64, FloatCmp::Ne)?,
            O::F64Lt => self.float_cmp(F64, FloatCmp::Lt)?,
            O::F64Gt => self.float_cmp(F64, FloatCmp::Gt)?,
            O::F64Le => self.float_cmp(F64, FloatCmp::Le)?,
            O::F64Ge => self.float_cmp(F64, FloatCmp::Ge)?,

            O::I32Clz => self.int_unop(I32, IntUn::Clz),
            O::I32Ctz => self.int_unop(I32, IntUn::Ctz),
            O::I32Popcnt => self.int_unop(I32, IntUn::Popcnt),
            O::I32Add => self.int_binop(I32, IntBin::Add),
            O::I32Sub => self.int_binop(I32, IntBin::Sub),
            O::I32Mul => self.int_binop(I32, IntBin::Mul),
            O::I32DivS => self.int_binop(I32, IntBin::DivS),
            O::I32DivU => self.int_binop(I32, IntBin::DivU),
            O::I32RemS => self.int_binop(I32, IntBin::RemS),
            O::I32RemU => self.int_binop(I32, IntBin::RemU),
            O::I32And => self.int_binop(I32, IntBin::And),
            O::I32Or => self.int_binop(I32, IntBin::Or),
            O::I32Xor => self.int_binop(I32, IntBin::Xor),
            O::I32Shl => self.int_binop(I32, IntBin::Shl),
            O::I32ShrS => self.int_binop(I32, IntBin::ShrS),
            O::I32ShrU => self.int_binop(I32, IntBin::ShrU),
            O::I32Rotl => self.int_binop(I32, IntBin::Rotl),
            O::I32Rotr => self.int_binop(I32, IntBin::Rotr),
            O::I64Clz => self.int_unop(I64, IntUn::Clz),
            O::I64Ctz => self.int_unop(I64, IntUn::Ctz),
            O::I64Popcnt => self.int_unop(I64, IntUn::Popcnt),
            O::I64Add => self.int_binop(I64, IntBin::Add),
            O::I64Sub => self.int_binop(I64, IntBin::Sub),
            O::I64Mul => self.int_binop(I64, IntBin::Mul),
            O::I64DivS => self.int_binop(I64, IntBin::DivS),
            O::I64DivU => self.int_binop(I64, IntBin::DivU),
            O::I64RemS => self.int_binop(I64, IntBin::RemS),
            O::I64RemU => self.int_binop(I64, IntBin::RemU),
            O::I64And => self.int_binop(I64, IntBin::And),
            O::I64Or => self.int_binop(I64, IntBin::Or),
            O::I64Xor => self.int_binop(I64, IntBin::Xor),
            O::I64Shl => self.int_binop(I64, IntBin::Shl),
            O::I64ShrS => self.int_binop(I64, IntBin::ShrS),
            O::I64ShrU => self.int_binop(I64, IntBin::ShrU),
            O::I64Rotl => self.int_binop(I64, IntBin::Rotl),
            O::I64Rotr => self.int_binop(I64, IntBin::Rotr),
            O::I32Extend8S => self.int_unop(I32, IntUn::Extend8S),
            O::I32Extend16S => self.int_unop(I32, IntUn::Extend16S),
            O::I64Extend8S => self.int_unop(I64, IntUn::Extend8S),
            O::I64Extend16S => self.int_unop(I64, IntUn::Extend16S),
            O::I64Extend32S => self.int_unop(I64, IntUn::Extend32S),
            O::I32WrapI64 => self.i32_wrap_i64(),
            O::I64ExtendI32S => self.i64_extend_i32_s(),
            O::I64ExtendI32U => self.i64_extend_i32_u(),

            O::F32Abs => self.float_unop(F32, FloatUn::Abs)?,
            O::F32Neg => self.float_unop(F32, FloatUn::Neg)?,
            O::F32Ceil => self.float_unop(F32, FloatUn::Ceil)?,
            O::F32Floor => self.float_unop(F32, FloatUn::Floor)?,
            O::F32Trunc => self.float_unop(F32, FloatUn::Trunc)?,
            O::F32Nearest => self.float_unop(F32, FloatUn::Nearest)?,
            O::F32Sqrt => self.float_unop(F32, FloatUn::Sqrt)?,
            O::F32Add => self.float_binop(F32, FloatBin::Add)?,
            O::F32Sub => self.float_binop(F32, FloatBin::Sub)?,
            O::F32Mul => self.float_binop(F32, FloatBin::Mul)?,
            O::F32Div => self.float_binop(F32, FloatBin::Div)?,
            O::F32Min => self.float_binop(F32, FloatBin::Min)?,
            O::F32Max => self.float_binop(F32, FloatBin::Max)?,
            O::F32Copysign => self.float_binop(F32, FloatBin::Copysign)?,
            O::F64Abs => self.float_unop(F64, FloatUn::Abs)?,
            O::F64Neg => self.float_unop(F64, FloatUn::Neg)?,
            O::F64Ceil => self.float_unop(F64, FloatUn::Ceil)?,
            O::F64Floor => self.float_unop(F64, FloatUn::Floor)?,
            O::F64Trunc => self.float_unop(F64, FloatUn::Trunc)?,
            O::F64Nearest => self.float_unop(F64, FloatUn::Nearest)?,
            O::F64Sqrt => self.float_unop(F64, FloatUn::Sqrt)?,
            O::F64Add => self.float_binop(F64, FloatBin::Add)?,
            O::F64Sub => self.float_binop(F64, FloatBin::Sub)?,
            O::F64Mul => self.float_binop(F64, FloatBin::Mul)?,
            O::F64Div => self.float_binop(F64, FloatBin::Div)?,
            O::F64Min => self.float_binop(F64, FloatBin::Min)?,
            O::F64Max => self.float_binop(F64, FloatBin::Max)?,
            O::F64Copysign => self.float_binop(F64, FloatBin::Copysign)?,

            O::I32TruncF32S => self.trunc(F32, I32, true, false)?,
            O::I32TruncF32U => self.trunc(F32, I32, false, false)?,
            O::I32TruncF64S => self.trunc(F64, I32, true, false)?,
            O::I32TruncF64U => self.trunc(F64, I32, false, false)?,
            O::I64TruncF32S => self.trunc(F32, I64, true, false)?,
            O::I64TruncF32U => self.trunc(F32, I64, false, false)?,
            O::I64TruncF64S => self.trunc(F64, I64, true, false)?,
            O::I64TruncF64U => self.trunc(F64, I64, false, false)?,
            O::I32TruncSatF32S => self.trunc(F32, I32, true, true)?,
            O::I32TruncSatF32U => self.trunc(F32, I32, false, true)?,
            O::I32TruncSatF64S => self.trunc(F64, I32, true, true)?,
            O::I32TruncSatF64U => self.trunc(F64, I32, false, true)?,
            O::I64TruncSatF32S => self.trunc(F32, I64, true, true)?,
            O::I64TruncSatF32U => self.trunc(F32, I64, false, true)?,
            O::I64TruncSatF64S => self.trunc(F64, I64, true, true)?,
            O::I64TruncSatF64U => self.trunc(F64, I64, false, true)?,
            O::F32ConvertI32S => self.convert(I32, F32, true)?,
            O::F32ConvertI32U => self.convert(I32, F32, false)?,
            O::F32ConvertI64S => self.convert(I64, F32, true)?,
            O::F32ConvertI64U => self.convert(I64, F32, false)?,
            O::F64ConvertI32S => self.convert(I32, F64, true)?,
            O::F64ConvertI32U => self.convert(I32, F64, false)?,
            O::F64ConvertI64S => self.convert(I64, F64, true)?,
            O::F64ConvertI64U => self.convert(I64, F64, false)?,
            O::F32DemoteF64 => self.demote_promote(F64, F32)?,
            O::F64PromoteF32 => self.demote_promote(F32, F64)?,
            O::I32ReinterpretF32 => self.reinterpret(F32, I32),
            O::I64ReinterpretF64 => self.reinterpret(F64, I64),
            O::F32ReinterpretI32 => self.reinterpret(I32, F32),
            O::F64ReinterpretI64 => self.reinterpret(I64, F64),

            ref other => return Err(self.unsupported(format!("{other:?}"))),
        }
        Ok(())
    }

    /// Operators in unreachable code: only block structure is tracked.
    fn dead_operator(&mut self, op: &O<'_>) -> Result<()> {
        match op {
            O::Block { .. } | O::Loop { .. } | O::If { .. } => self.dead_block(),
            O::Else if self.dead_depth == 0 => self.op_else(),
            O::End if self.dead_depth > 0 => self.dead_depth -= 1,
            O::End => self.op_end(),
            _ => {}
        }
        Ok(())
    }

    /// `select`: integers with `cmov`, floats with a branch.
    fn select(&mut self) -> Result<()> {
        let cond = self.pop_condition();
        let ty = self.peek(0).ty;
        if ty == ValType::V128 {
            return Err(self.unsupported("v128 select"));
        }
        match cond {
            Err(true) => {
                let e = self.pop();
                self.release(e);
            }
            Err(false) => {
                let b = self.pop();
                let a = self.pop();
                self.release(a);
                self.push_popped(b);
            }
            Ok(cc) => {
                if ty.is_int_like() {
                    // cond ? a : b  ==  b, then cmov a when cond.
                    let b = self.pop();
                    let a = self.pop();
                    let ra = match a.loc {
                        Loc::Gpr(r) => r,
                        _ => {
                            let r = self.alloc_gpr();
                            self.load_gpr(a, r);
                            r
                        }
                    };
                    let rb = match b.loc {
                        Loc::Gpr(r) => r,
                        _ => {
                            let r = self.alloc_gpr();
                            self.load_gpr(b, r);
                            r
                        }
                    };
                    super::asm::cmov(self.a, cc.negate(), ra, rb);
                    self.regs.free_gpr(rb);
                    self.push(ty, Loc::Gpr(ra));
                } else {
                    let b = self.pop();
                    let a = self.pop();
                    let ra = match a.loc {
                        Loc::Xmm(r) => r,
                        _ => {
                            let r = self.alloc_xmm();
                            self.load_xmm(a, r);
                            r
                        }
                    };
                    let done = self.a_label();
                    super::asm::jcc(self.a, cc, done);
                    self.load_xmm(b, ra);
                    asm!(self.a; =>done);
                    self.release(b);
                    self.push(ty, Loc::Xmm(ra));
                }
            }
        }
        Ok(())
    }

    /// Re-pushes a popped entry (its register, constant, or a copy of its memory value).
    fn push_popped(&mut self, e: super::stack::Entry) {
        match e.loc {
            Loc::Gpr(_) | Loc::Xmm(_) | Loc::Const(_) => self.push(e.ty, e.loc),
            _ => {
                if e.ty.is_int_like() {
                    let r = self.alloc_gpr();
                    self.load_gpr(e, r);
                    self.push(e.ty, Loc::Gpr(r));
                } else {
                    let r = self.alloc_xmm();
                    self.load_xmm(e, r);
                    self.push(e.ty, Loc::Xmm(r));
                }
            }
        }
    }
}
