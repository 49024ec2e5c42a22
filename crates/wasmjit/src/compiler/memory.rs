//! Linear memory and global access (spec §4.4.7 memory instructions, §4.4.5
//! variable instructions for globals).
//!
//! An access is `[membase + zext(index) + offset]` with no bounds check: the
//! reservation behind the memory (see `runtime/memory.rs`) turns every
//! out-of-bounds access into a fault that becomes a trap.

use wasmparser::MemArg;

use crate::error::Result;
use crate::runtime::vm::{MEMORY_SIZE_OFF, VMCTX_MEM0_OFF};
use crate::values::ValType;

use super::func::FuncCompiler;
use super::isa::x64::asm::asm;
use super::isa::x64::regs::SCRATCH;
use super::stack::{Entry, Loc};

/// An effective address relative to `membase`.
#[derive(Clone, Copy)]
pub struct Addr {
    index: Option<u8>,
    disp: i32,
}

/// Emits an instruction with a memory operand built from an [`Addr`]:
/// `mem!(s, addr, [head tokens] [tail tokens])` puts the operand between them.
macro_rules! mem {
    ($s:ident, $addr:expr, [$($pre:tt)*] [$($post:tt)*]) => {
        match $addr.index {
            Some(i) => asm!($s.a; $($pre)* [membase + Rq(i) + $addr.disp] $($post)*),
            None => asm!($s.a; $($pre)* [membase + $addr.disp] $($post)*),
        }
    };
}

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

    fn check_memarg(&self, m: &MemArg) -> Result<()> {
        if m.target != wasmparser::MemArgTarget::Memory(0) {
            return Err(self.unsupported("multiple memories (memory index other than 0)"));
        }
        Ok(())
    }

    /// Pops an `i32` index and forms the address. Call after every register
    /// allocation of the instruction: it may use `r11`. The index register, if
    /// the caller owns one (not for a constant or a pinned local), is
    /// returned so the caller can reuse or release it.
    fn pop_addr(&mut self, offset: u64) -> (Addr, Option<u8>) {
        let idx = self.pop();
        if let Loc::Const(c) = idx.loc {
            let ea = c as u32 as u64 + offset;
            if ea <= i32::MAX as u64 {
                return (
                    Addr {
                        index: None,
                        disp: ea as i32,
                    },
                    None,
                );
            }
            asm!(self.a; mov Rq(SCRATCH), QWORD ea as i64);
            return (
                Addr {
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
        if offset <= i32::MAX as u64 {
            (
                Addr {
                    index: Some(r),
                    disp: offset as i32,
                },
                owned,
            )
        } else {
            asm!(self.a; mov Rq(SCRATCH), QWORD offset as i64 ; add Rq(SCRATCH), Rq(r));
            (
                Addr {
                    index: Some(SCRATCH),
                    disp: 0,
                },
                owned,
            )
        }
    }

    pub fn load(&mut self, m: &MemArg, k: LoadKind) -> Result<()> {
        self.check_memarg(m)?;
        let float = matches!(k.ty, ValType::F32 | ValType::F64);
        // Allocate the destination first: forming the address may use r11,
        // which spilling also uses.
        if float {
            let dst = self.alloc_xmm();
            let (addr, idx_reg) = self.pop_addr(m.offset);
            if k.ty == ValType::F32 {
                mem!(self, addr, [movss Rx(dst),] []);
            } else {
                mem!(self, addr, [movsd Rx(dst),] []);
            }
            if let Some(r) = idx_reg {
                self.regs.free_gpr(r);
            }
            self.push(k.ty, Loc::Xmm(dst));
            return Ok(());
        }
        let pre = if matches!(self.peek(0).loc, Loc::Const(_)) || self.top_is_pinned_local() {
            Some(self.alloc_gpr())
        } else {
            None
        };
        let (addr, idx_reg) = self.pop_addr(m.offset);
        let dst = pre
            .or(idx_reg)
            .expect("an index register or a preallocated one");
        match (k.ty, k.bytes, k.signed) {
            (ValType::I32, 1, false) | (ValType::I64, 1, false) => {
                mem!(self, addr, [movzx Rd(dst), BYTE] [])
            }
            (ValType::I32, 1, true) => mem!(self, addr, [movsx Rd(dst), BYTE] []),
            (ValType::I64, 1, true) => mem!(self, addr, [movsx Rq(dst), BYTE] []),
            (ValType::I32, 2, false) | (ValType::I64, 2, false) => {
                mem!(self, addr, [movzx Rd(dst), WORD] [])
            }
            (ValType::I32, 2, true) => mem!(self, addr, [movsx Rd(dst), WORD] []),
            (ValType::I64, 2, true) => mem!(self, addr, [movsx Rq(dst), WORD] []),
            (ValType::I32, 4, _) | (ValType::I64, 4, false) => {
                mem!(self, addr, [mov Rd(dst), DWORD] [])
            }
            (ValType::I64, 4, true) => mem!(self, addr, [movsxd Rq(dst), DWORD] []),
            (ValType::I64, 8, _) => mem!(self, addr, [mov Rq(dst), QWORD] []),
            _ => unreachable!("no such load"),
        }
        self.push(k.ty, Loc::Gpr(dst));
        Ok(())
    }

    /// Stores of every type and width; `bytes` is the stored width.
    pub fn store(&mut self, m: &MemArg, ty: ValType, bytes: u8) -> Result<()> {
        self.check_memarg(m)?;
        let v = self.pop();
        // Bring the value into a register or immediate before the address,
        // which may live in r11.
        let v = match v.loc {
            Loc::Const(c) if ty != ValType::I64 && ty.is_int_like() => Entry {
                ty,
                loc: Loc::Const(c),
            },
            Loc::Const(c) if ty == ValType::I64 && c as i64 == c as i32 as i64 => v,
            Loc::Gpr(_) | Loc::Xmm(_) | Loc::LocalReg(_) | Loc::LocalXmm(_) => v,
            _ if matches!(ty, ValType::F32 | ValType::F64) => {
                let x = self.alloc_xmm();
                self.load_xmm(v, x);
                Entry {
                    ty,
                    loc: Loc::Xmm(x),
                }
            }
            _ => {
                let r = self.alloc_gpr();
                self.load_gpr(v, r);
                Entry {
                    ty,
                    loc: Loc::Gpr(r),
                }
            }
        };
        let (addr, idx_reg) = self.pop_addr(m.offset);
        // A pinned local is stored straight from its register.
        let from = match v.loc {
            Loc::LocalReg(r) => Loc::Gpr(r),
            Loc::LocalXmm(x) => Loc::Xmm(x),
            l => l,
        };
        match (from, bytes) {
            (Loc::Const(c), 1) => mem!(self, addr, [mov BYTE] [, c as i8]),
            (Loc::Const(c), 2) => mem!(self, addr, [mov WORD] [, c as i16]),
            (Loc::Const(c), 4) => mem!(self, addr, [mov DWORD] [, c as i32]),
            (Loc::Const(c), 8) => mem!(self, addr, [mov QWORD] [, c as i32]),
            (Loc::Gpr(r), 1) => mem!(self, addr, [mov] [, Rb(r)]),
            (Loc::Gpr(r), 2) => mem!(self, addr, [mov] [, Rw(r)]),
            (Loc::Gpr(r), 4) => mem!(self, addr, [mov] [, Rd(r)]),
            (Loc::Gpr(r), 8) => mem!(self, addr, [mov] [, Rq(r)]),
            (Loc::Xmm(x), 4) => mem!(self, addr, [movss] [, Rx(x)]),
            (Loc::Xmm(x), 8) => mem!(self, addr, [movsd] [, Rx(x)]),
            _ => unreachable!("no such store"),
        }
        self.release(v);
        if let Some(r) = idx_reg {
            self.regs.free_gpr(r);
        }
        Ok(())
    }

    pub fn memory_size(&mut self, mem: u32) -> Result<()> {
        if mem != 0 {
            return Err(self.unsupported("multiple memories (memory index other than 0)"));
        }
        let r = self.alloc_gpr();
        asm!(self.a
            ; mov Rq(r), [vmctx + VMCTX_MEM0_OFF]
            ; mov Rq(r), [Rq(r) + MEMORY_SIZE_OFF]
            ; shr Rq(r), 16
        );
        self.push(ValType::I32, Loc::Gpr(r));
        Ok(())
    }

    pub fn global_get(&mut self, g: u32) -> Result<()> {
        let ty = self.env.globals[g as usize].content;
        let off = self.env.offsets.global(g);
        if ty == ValType::V128 {
            return Err(self.unsupported("SIMD (v128 globals)"));
        }
        if matches!(ty, ValType::F32 | ValType::F64) {
            let x = self.alloc_xmm();
            asm!(self.a; mov Rq(SCRATCH), [vmctx + off]);
            if ty == ValType::F32 {
                asm!(self.a; movss Rx(x), [Rq(SCRATCH)]);
            } else {
                asm!(self.a; movsd Rx(x), [Rq(SCRATCH)]);
            }
            self.push(ty, Loc::Xmm(x));
        } else {
            let r = self.alloc_gpr();
            asm!(self.a; mov Rq(r), [vmctx + off]);
            if ty == ValType::I32 {
                asm!(self.a; mov Rd(r), [Rq(r)]);
            } else {
                asm!(self.a; mov Rq(r), [Rq(r)]);
            }
            self.push(ty, Loc::Gpr(r));
        }
        Ok(())
    }

    pub fn global_set(&mut self, g: u32) -> Result<()> {
        let ty = self.env.globals[g as usize].content;
        if ty == ValType::V128 {
            return Err(self.unsupported("SIMD (v128 globals)"));
        }
        let off = self.env.offsets.global(g);
        let v = self.pop();
        let v = match v.loc {
            Loc::Gpr(_) | Loc::Xmm(_) => v,
            Loc::Const(c) if ty == ValType::I32 || c as i64 == c as i32 as i64 => v,
            _ => {
                let r = self.alloc_gpr();
                self.load_gpr(
                    Entry {
                        ty: if ty == ValType::I32 || ty == ValType::F32 {
                            ValType::I32
                        } else {
                            ValType::I64
                        },
                        loc: v.loc,
                    },
                    r,
                );
                Entry {
                    ty,
                    loc: Loc::Gpr(r),
                }
            }
        };
        asm!(self.a; mov Rq(SCRATCH), [vmctx + off]);
        let narrow = matches!(ty, ValType::I32 | ValType::F32);
        match v.loc {
            Loc::Const(c) if narrow => asm!(self.a; mov DWORD [Rq(SCRATCH)], c as i32),
            Loc::Const(c) => asm!(self.a; mov QWORD [Rq(SCRATCH)], c as i32),
            Loc::Gpr(r) if narrow => asm!(self.a; mov [Rq(SCRATCH)], Rd(r)),
            Loc::Gpr(r) => asm!(self.a; mov [Rq(SCRATCH)], Rq(r)),
            Loc::Xmm(x) if narrow => asm!(self.a; movss [Rq(SCRATCH)], Rx(x)),
            Loc::Xmm(x) => asm!(self.a; movsd [Rq(SCRATCH)], Rx(x)),
            _ => unreachable!(),
        }
        self.release(v);
        Ok(())
    }
}
