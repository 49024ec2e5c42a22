//! `global.get` and `global.set` (spec §4.4.5 variable instructions).
//!
//! A defined global's value lives in the instance's `VMContext`
//! (`environ/vmoffsets.rs`), so an access is one load or store at a
//! constant offset of the context register. An imported global's value
//! lives with its exporter (another instance's context, or a host global's
//! own storage): the context holds a pointer to it, loaded first.
//!
//! A function's hot global (AssemblyScript's and clang's
//! `__stack_pointer`: moved by every function that keeps values on the
//! shadow stack, six accesses in `StaticArray<f32>#__get`) also lives in a
//! register for the whole function ([`HotGlobal`]): `global.get` reads the
//! register, `global.set` writes both (so the context is always current,
//! for traps and for the host), and the register is reloaded from the
//! context after every call, which may change the global.

use crate::environ::vmoffsets::GlobalAt;
use crate::error::Result;
use crate::values::GlobalType;
use crate::values::ValType;

use super::func::FuncCompiler;
use super::masm::{Cell, MacroAssembler as _, OperandSize, Reg, StoreSrc};
use super::simd_masm::SimdAssembler as _;
use super::stack::{Entry, Loc};
use super::Target;

const SCRATCH: u8 = <Target as super::masm::MacroAssembler>::SCRATCH;

/// Accesses (the function's own, and those of the callees inlined into
/// it) from which a global is kept in a register.
const HOT_MIN_USES: u32 = 4;

/// A global kept in a register: in the pinned extra local `local`.
#[derive(Clone, Copy, Debug)]
pub struct HotGlobal {
    pub global: u32,
    pub local: u32,
}

/// The global to keep in a register, given how often the function uses
/// each global (`uses`, by index): the most used defined, mutable `i32`,
/// if it is used at least [`HOT_MIN_USES`] times.
pub fn choose_hot(env: &super::ModuleEnv, uses: &[u32]) -> Option<u32> {
    // Not yet on 32-bit x86, whose six allocatable registers are scarcer
    // (its golden listings, tests/golden/ia32/, are those without it).
    if cfg!(target_arch = "x86") {
        return None;
    }
    let defined = env.offsets.num_imported_globals as usize;
    let candidate = |g: &GlobalType| g.mutable && g.content == ValType::I32;
    (defined..uses.len())
        .filter(|&g| uses[g] >= HOT_MIN_USES && candidate(&env.globals[g]))
        .max_by_key(|&g| (uses[g], std::cmp::Reverse(g)))
        .map(|g| g as u32)
}

impl FuncCompiler<'_> {
    /// The hot global's register `= ` its value in the context (at entry,
    /// and after calls).
    pub fn load_hot_global(&mut self, h: HotGlobal) {
        let r = self.pinned[h.local as usize].expect("hot global pinned");
        if let GlobalAt::Inline(off) = self.env.offsets.global(h.global) {
            self.a
                .load_cell(OperandSize::S32, false, r, Cell::Vmctx(off));
        }
    }

    /// Where global `g`'s value is, with the pointer of an imported one
    /// loaded into `ptr`.
    fn global_cell(&mut self, g: u32, ptr: Reg) -> Cell {
        match self.env.offsets.global(g) {
            GlobalAt::Inline(off) => Cell::Vmctx(off),
            GlobalAt::Imported(off) => {
                self.a.load_vmctx(ptr, off);
                Cell::At(ptr)
            }
        }
    }

    pub fn global_get(&mut self, g: u32) -> Result<()> {
        if let Some(h) = self.hot_global.filter(|h| h.global == g) {
            self.local_get(h.local);
            return Ok(());
        }
        let ty = self.env.globals[g as usize].content;
        if ty == ValType::V128 {
            let x = self.alloc_fpr();
            let cell = self.global_cell(g, SCRATCH);
            self.a.v128_load_cell(x, cell);
            self.push(ty, Loc::Fpr(x));
        } else if matches!(ty, ValType::F32 | ValType::F64) {
            let x = self.alloc_fpr();
            let cell = self.global_cell(g, SCRATCH);
            self.a.load_cell(OperandSize::of_float(ty), true, x, cell);
            self.push(ty, Loc::Fpr(x));
        } else {
            let r = self.alloc_gpr_for(ty);
            let cell = self.global_cell(g, r);
            self.a.load_cell(OperandSize::of(ty), false, r, cell);
            self.push(ty, Loc::Gpr(r));
        }
        Ok(())
    }

    pub fn global_set(&mut self, g: u32) -> Result<()> {
        if let Some(h) = self.hot_global.filter(|h| h.global == g) {
            // The register first, then the context from the register (or
            // from the value's own register or constant).
            self.local_tee(h.local);
            if self.peek(0).loc == Loc::Local(h.local) {
                let e = self.pop();
                self.release(e);
                let r = self.pinned[h.local as usize].expect("hot global pinned");
                let cell = self.global_cell(g, SCRATCH);
                self.a.store_cell(OperandSize::S32, StoreSrc::Gpr(r), cell);
                return Ok(());
            }
        }
        let ty = self.env.globals[g as usize].content;
        if ty == ValType::V128 {
            let (x, owned) = self.pop_v128_read();
            let cell = self.global_cell(g, SCRATCH);
            self.a.v128_store_cell(x, cell);
            if owned {
                self.regs.free_fpr(x);
            }
            return Ok(());
        }
        let v = self.pop();
        let v = match v.loc {
            Loc::Gpr(_) | Loc::Fpr(_) => v,
            Loc::Const(c) if ty == ValType::I32 || c as i64 == c as i32 as i64 => v,
            _ => {
                // The value's bits as an integer of its width (references
                // as themselves).
                let bits_ty = match ty {
                    ValType::I32 | ValType::F32 => ValType::I32,
                    ValType::I64 | ValType::F64 => ValType::I64,
                    t => t,
                };
                let r = self.alloc_gpr_for(bits_ty);
                self.load_gpr(
                    Entry {
                        ty: bits_ty,
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
        let cell = self.global_cell(g, SCRATCH);
        let size = if matches!(ty, ValType::I32 | ValType::F32) {
            OperandSize::S32
        } else {
            OperandSize::S64
        };
        let src = match v.loc {
            Loc::Const(c) => StoreSrc::Imm(c),
            Loc::Gpr(r) => StoreSrc::Gpr(r),
            Loc::Fpr(x) => StoreSrc::Float(x),
            _ => unreachable!(),
        };
        self.a.store_cell(size, src, cell);
        self.release(v);
        Ok(())
    }
}
