//! Reference and table instructions compiled inline (spec §4.4.2 reference
//! instructions, §4.4.6 `table.get/set/size`).
//!
//! Reference values are raw 64-bit words in GPRs: a funcref is the address
//! of its `VMFuncRef` (the context holds one per function), an externref is
//! its store handle plus one; null is 0 for both. A table access checks the
//! index against `VMTable.len` and traps "out of bounds table access".

use wasmparser::HeapType;

use crate::environ::vmoffsets::{TABLE_BASE_OFF, TABLE_LEN_OFF};
use crate::values::ValType;

use super::func::FuncCompiler;
use super::masm::{IntCmp, MacroAssembler, OperandSize, StoreSrc};
use super::stack::{Entry, Loc};
use super::Target;

const SCRATCH: u8 = <Target as MacroAssembler>::SCRATCH;

impl FuncCompiler<'_> {
    /// `ref.null t`: the constant 0.
    pub fn ref_null(&mut self, hty: HeapType) {
        let ty = if hty == HeapType::EXTERN {
            ValType::ExternRef
        } else {
            ValType::FuncRef
        };
        self.push(ty, Loc::Const(0));
    }

    /// `ref.func f`: the function's `VMFuncRef` address from the context.
    pub fn ref_func(&mut self, f: u32) {
        let r = self.alloc_gpr();
        let off = self.env.offsets.func(f);
        self.a.load_vmctx(r, off);
        self.push(ValType::FuncRef, Loc::Gpr(r));
    }

    /// Pops an `i32` table index into a GPR the caller owns.
    fn pop_index(&mut self) -> u8 {
        let e = self.pop();
        if let Loc::Gpr(r) = e.loc {
            return r;
        }
        let r = self.alloc_gpr();
        self.load_gpr(
            Entry {
                ty: ValType::I32,
                loc: e.loc,
            },
            r,
        );
        r
    }

    /// Leaves table `t`'s element base in the scratch register, trapping unless `index`
    /// (a zero-extended i32 in a GPR) is below its length.
    fn table_bounds(&mut self, t: u32, index: u8) {
        let off = self.env.offsets.table(t);
        let oob = self.trap_label(crate::error::TrapKind::BulkOutOfBounds);
        self.a.load_vmctx(SCRATCH, off);
        self.a.cmp32_at(index, SCRATCH, TABLE_LEN_OFF);
        self.a.branch(Target::cond_of_int(IntCmp::GeU), oob);
        self.a
            .load_at(OperandSize::S64, SCRATCH, SCRATCH, TABLE_BASE_OFF);
    }

    /// `table.get t`.
    pub fn table_get(&mut self, t: u32) {
        let ty = self.env.tables[t as usize].element;
        let r = self.pop_index();
        self.table_bounds(t, r);
        self.a.load_indexed(r, SCRATCH, r);
        self.push(ty, Loc::Gpr(r));
    }

    /// `table.set t`.
    pub fn table_set(&mut self, t: u32) {
        let v = self.pop();
        let v = match v.loc {
            Loc::Gpr(_) => v,
            Loc::Const(c) if c as i64 == c as i32 as i64 => v,
            _ => {
                let r = self.alloc_gpr();
                self.load_gpr(v, r);
                Entry {
                    ty: v.ty,
                    loc: Loc::Gpr(r),
                }
            }
        };
        let i = self.pop_index();
        self.table_bounds(t, i);
        match v.loc {
            Loc::Gpr(r) => self.a.store_indexed(SCRATCH, i, StoreSrc::Gpr(r)),
            Loc::Const(c) => self.a.store_indexed(SCRATCH, i, StoreSrc::Imm(c)),
            _ => unreachable!("value in a register or an immediate"),
        }
        self.release(v);
        self.regs.free_gpr(i);
    }

    /// `table.size t`.
    pub fn table_size(&mut self, t: u32) {
        let r = self.alloc_gpr();
        let off = self.env.offsets.table(t);
        self.a.load_vmctx(r, off);
        self.a.load_at(OperandSize::S32, r, r, TABLE_LEN_OFF);
        self.push(ValType::I32, Loc::Gpr(r));
    }
}
