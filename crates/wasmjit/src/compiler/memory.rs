//! Linear memory access (spec §4.4.7 memory instructions).
//!
//! An access is `[membase + zext(index) + offset]`. With guard pages
//! ([`BoundsChecks::GuardPages`]) it has no bounds check: the reservation
//! behind the memory (see `runtime/memory.rs`) turns every out-of-bounds
//! access into a fault that becomes a trap. With explicit checks
//! ([`BoundsChecks::Explicit`]) the index plus the offset plus the access's
//! width is compared with the memory's size first, and the access jumps to
//! the "out of bounds memory access" trap past it (spec §4.4.7: an access
//! traps when `ea + N/8` exceeds the memory's length).

use wasmparser::{MemArg, Operator};

use crate::environ::bounds::BoundsChecks;
use crate::environ::vmoffsets::{MEMORY_SIZE_OFF, VMCTX_MEM0_OFF, VMMEMORY_BASE_OFF};
use crate::error::{Result, TrapKind};
use crate::values::ValType;

use super::func::FuncCompiler;
use super::masm::{
    HeapAddr as Addr, MacroAssembler as _, MemLoad, OperandSize, ShiftKind, StoreSrc,
};
use super::stack::{Entry, Loc, I64_PAIRS};
use super::Target;

const SCRATCH: u8 = <Target as super::masm::MacroAssembler>::SCRATCH;

/// Load kinds: (result type, width in bytes, sign-extend).
#[derive(Clone, Copy, Debug)]
pub struct LoadKind {
    pub ty: ValType,
    pub bytes: u8,
    pub signed: bool,
}

impl FuncCompiler<'_> {
    /// Whether the top entry is a lazy read of a local pinned to a GPR.
    fn top_is_pinned_local(&self) -> bool {
        matches!(self.peek(0).loc, Loc::Local(l) if matches!(self.local_loc(l), Loc::LocalReg(_)))
    }

    pub(super) fn check_memarg(&self, m: &MemArg) -> Result<u32> {
        match m.target {
            wasmparser::MemArgTarget::Memory(i) => Ok(i),
            wasmparser::MemArgTarget::Array(_) => {
                Err(self.unsupported("garbage collection (array memory access)"))
            }
        }
    }

    /// Jumps to the out-of-bounds trap unless `index + end` is within
    /// the memory (memory 0 for `memory` = `None`, else the one whose
    /// `VMMemory` address the register holds), when the engine checks
    /// bounds explicitly. `then_access`: the access follows at once, with
    /// `index` (not the scratch register) as its index; the check may then
    /// load memory 0's base too, into the register it returns
    /// ([`MacroAssembler::heap_bounds_check_mem0`]).
    fn bounds_check(
        &mut self,
        memory: Option<u8>,
        index: Option<u8>,
        end: u64,
        then_access: bool,
    ) -> Option<u8> {
        if self.env.bounds_checks != BoundsChecks::Explicit {
            return None;
        }
        let oob = self.trap_label(TrapKind::MemoryOutOfBounds);
        if memory.is_none() && then_access {
            return self.a.heap_bounds_check_mem0(index, end, oob);
        }
        self.a.heap_bounds_check(memory, index, end, oob);
        None
    }

    /// Pops an `i32` index and forms the address of a `bytes`-wide access
    /// to memory `mem` (checked first with explicit bounds checks). Call
    /// after every register allocation of the instruction: it may use the
    /// scratch register. Memory 0's base is the backend's (x86-64: pinned
    /// in a register; ia32: loaded by the bounds check, into the scratch
    /// register, or by the access); another memory's is loaded from its
    /// `VMMemory` into a register allocated here ([`Addr::base`]). The
    /// index register, if the caller owns one (not for a constant or a
    /// pinned local), is returned so the caller can reuse or release it;
    /// release the address with [`FuncCompiler::free_addr`].
    pub(super) fn pop_addr(&mut self, mem: u32, offset: u64, bytes: u8) -> (Addr, Option<u8>) {
        // The other memory's `VMMemory` (for the bounds check), then its
        // base, in a register allocated before the index is popped (the
        // allocation may spill it).
        let base = (mem != 0).then(|| {
            let b = self.alloc_gpr();
            self.a.load_vmctx(b, self.vmmemory_off(mem));
            b
        });
        let load_base = |a: &mut Target| {
            if let Some(b) = base {
                a.load_at(OperandSize::S64, b, b, VMMEMORY_BASE_OFF);
            }
        };
        let idx = self.pop();
        if let Loc::Const(c) = idx.loc {
            let ea = c as u32 as u64 + offset;
            let small = ea <= i32::MAX as u64;
            let mem0_base = self.bounds_check(base, None, ea + bytes as u64, small);
            load_base(self.a);
            if small {
                return (
                    Addr {
                        base: base.or(mem0_base),
                        index: None,
                        disp: ea as i32,
                    },
                    None,
                );
            }
            self.a.mov_ri(OperandSize::S64, SCRATCH, ea);
            return (
                Addr {
                    base,
                    index: Some(SCRATCH),
                    disp: 0,
                },
                None,
            );
        }
        // A pinned local is used in place (an i32 in a GPR is zero-extended,
        // so it is a valid 64-bit index).
        let (r, owned) = self.read_gpr(idx);
        let owned = owned.then_some(r);
        let small = offset <= i32::MAX as u64;
        let mem0_base = self.bounds_check(base, Some(r), offset + bytes as u64, small);
        load_base(self.a);
        if small {
            (
                Addr {
                    base: base.or(mem0_base),
                    index: Some(r),
                    disp: offset as i32,
                },
                owned,
            )
        } else {
            self.a.mov_ri(OperandSize::S64, SCRATCH, offset);
            self.a
                .alu_rr(OperandSize::S64, super::masm::AluOp::Add, SCRATCH, r);
            (
                Addr {
                    base,
                    index: Some(SCRATCH),
                    disp: 0,
                },
                owned,
            )
        }
    }

    /// The offset in the context of memory `mem`'s `VMMemory` address.
    pub(super) fn vmmemory_off(&self, mem: u32) -> i32 {
        match mem {
            0 => VMCTX_MEM0_OFF,
            m => self.env.offsets.memory(m),
        }
    }

    /// Releases what [`FuncCompiler::pop_addr`] allocated: the base register
    /// of a memory other than 0 (memory 0's may be the scratch register, no
    /// allocation), and the index register `idx` (unless the caller reused
    /// it).
    pub(super) fn free_addr(&mut self, addr: Addr, idx: Option<u8>) {
        if let Some(b) = addr.base.filter(|&b| b != SCRATCH) {
            self.regs.free_gpr(b);
        }
        if let Some(r) = idx {
            self.regs.free_gpr(r);
        }
    }

    pub fn load(&mut self, m: &MemArg, k: LoadKind) -> Result<()> {
        let mem = self.check_memarg(m)?;
        let dst = self.load_into(mem, m, k, None);
        let loc = if matches!(k.ty, ValType::F32 | ValType::F64) {
            Loc::Fpr(dst)
        } else {
            Loc::Gpr(dst)
        };
        self.push(k.ty, loc);
        Ok(())
    }

    /// A load followed by `local.set x` or `local.tee x` (`next`) with `x`
    /// pinned to a register: loads straight into it (the index is read
    /// before it is written); `local.tee` leaves a lazy read of `x`.
    /// Returns whether it compiled the pair.
    pub fn load_to_local(&mut self, m: &MemArg, k: LoadKind, next: &Operator<'_>) -> bool {
        let Some((x, r, tee)) = self.pinned_target(next, k.ty) else {
            return false;
        };
        let Ok(mem) = self.check_memarg(m) else {
            return false;
        };
        self.materialize_cond();
        self.invalidate_local_under(x, 1);
        self.load_into(mem, m, k, Some(r));
        if tee {
            self.push(k.ty, Loc::Local(x));
        }
        true
    }

    /// Pops the index and loads from memory `mem` into `into` (a pinned
    /// local's register) or a register it returns, the caller's.
    fn load_into(&mut self, mem: u32, m: &MemArg, k: LoadKind, into: Option<u8>) -> u8 {
        let float = matches!(k.ty, ValType::F32 | ValType::F64);
        // Allocate the destination first: forming the address may use the scratch register,
        // which spilling also uses.
        if float {
            let dst = into.unwrap_or_else(|| self.alloc_fpr());
            let (addr, idx_reg) = self.pop_addr(mem, m.offset, k.bytes);
            let kind = MemLoad {
                bytes: k.bytes,
                signed: false,
                size: OperandSize::of_float(k.ty),
                float: true,
            };
            self.a.heap_load(kind, dst, addr);
            self.free_addr(addr, idx_reg);
            return dst;
        }
        // The result goes to the index's register, except for a constant
        // or pinned index, or an i64 in a register pair.
        let pair = I64_PAIRS && k.ty == ValType::I64;
        let pre = if into.is_some() {
            into
        } else if pair || matches!(self.peek(0).loc, Loc::Const(_)) || self.top_is_pinned_local() {
            Some(self.alloc_gpr_for(k.ty))
        } else {
            None
        };
        let (addr, idx_reg) = self.pop_addr(mem, m.offset, k.bytes);
        let dst = pre
            .or(idx_reg)
            .expect("an index register or a preallocated one");
        let kind = MemLoad {
            bytes: k.bytes,
            signed: k.signed,
            size: OperandSize::of(k.ty),
            float: false,
        };
        self.a.heap_load(kind, dst, addr);
        self.free_addr(addr, idx_reg.filter(|&r| r != dst));
        dst
    }

    /// Stores of every type and width; `bytes` is the stored width.
    pub fn store(&mut self, m: &MemArg, ty: ValType, bytes: u8) -> Result<()> {
        let mem = self.check_memarg(m)?;
        let v = self.pop();
        // Bring the value into a register or immediate before the address,
        // which may live in the scratch register.
        let v = match v.loc {
            Loc::Const(c) if ty != ValType::I64 && ty.is_int_like() => Entry {
                ty,
                loc: Loc::Const(c),
            },
            Loc::Const(c) if ty == ValType::I64 && c as i64 == c as i32 as i64 => v,
            Loc::Gpr(_) | Loc::Fpr(_) | Loc::LocalReg(_) | Loc::LocalFpr(_) => v,
            _ if matches!(ty, ValType::F32 | ValType::F64) => {
                let x = self.alloc_fpr();
                self.load_fpr(v, x);
                Entry {
                    ty,
                    loc: Loc::Fpr(x),
                }
            }
            _ => {
                let r = self.alloc_gpr_for(ty);
                self.load_gpr(v, r);
                Entry {
                    ty,
                    loc: Loc::Gpr(r),
                }
            }
        };
        let (addr, idx_reg) = self.pop_addr(mem, m.offset, bytes);
        // A pinned local is stored straight from its register.
        let from = match v.loc {
            Loc::LocalReg(r) => Loc::Gpr(r),
            Loc::LocalFpr(x) => Loc::Fpr(x),
            l => l,
        };
        let src = match from {
            Loc::Const(c) => StoreSrc::Imm(c),
            Loc::Gpr(r) => StoreSrc::Gpr(r),
            Loc::Fpr(x) => StoreSrc::Float(x),
            _ => unreachable!("no such store"),
        };
        self.a.heap_store(bytes, src, addr);
        self.release(v);
        self.free_addr(addr, idx_reg);
        Ok(())
    }

    pub fn memory_size(&mut self, mem: u32) {
        let r = self.alloc_gpr();
        self.a.load_vmctx(r, self.vmmemory_off(mem));
        self.a.load_at(OperandSize::S64, r, r, MEMORY_SIZE_OFF);
        self.a.shift_ri(OperandSize::S64, ShiftKind::ShrU, r, 16);
        self.push(ValType::I32, Loc::Gpr(r));
    }
}
