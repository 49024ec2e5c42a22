//! The single-pass compiler: wasm operators straight to x86-64 machine code
//! with `dynasm`, no IR in between.
//!
//! - `func.rs`: one function: frame layout, prologue, the operator loop;
//! - `ops.rs`: fused operator pairs and the simplest emitters;
//! - `stack.rs`: the abstract value stack and register allocation
//!   (`regalloc.rs`: the free-register sets);
//! - `control.rs`, `calls.rs`, `memory.rs`, `int.rs`, `float.rs`,
//!   `convert.rs`, `trunc.rs` (float→int), `table.rs` (references, inline
//!   table access), `bulk.rs` (operations done by runtime helpers),
//!   `divconst.rs` (division by constants as multiplications): the
//!   emitters, by instruction family;
//! - `visit.rs`: operator dispatch (`wasmparser::VisitOperator`);
//! - `link.rs`: a module's functions in chunks on several threads, and
//!   the calls between them linked;
//! - `isa/x64/`: the x86-64 backend: assembler wrapper and condition codes
//!   (`asm.rs`), register numbering and sets (`regs.rs`).

// dynasm's expansion converts register numbers with `.into()`.
#![allow(clippy::useless_conversion)]

mod bulk;
mod calls;
mod control;
mod convert;
mod divconst;
mod float;
mod func;
mod global;
mod inline;
mod int;
mod isa;
mod link;
mod masm;
mod memory;
mod ops;
mod pinning;
mod regalloc;
mod simd;
// The ia32 backend implements no SIMD yet (isa/ia32/simd.rs).
#[cfg_attr(target_arch = "x86", allow(dead_code))]
mod simd_masm;
mod stack;
mod table;
mod trunc;
mod visit;
mod visit_simd;
mod wide;

use crate::environ::bounds::BoundsChecks;
use crate::environ::isa::SimdIsa;
use crate::environ::vmoffsets::VMOffsets;
use crate::values::{FuncType, GlobalType, MemoryType, TableType, ValType};

pub use self::inline::InlineRange;
pub use self::link::{compile_module, FuncInput};

/// The backend the generator emits through: x86-64, or 32-bit x86
/// (`isa/ia32/`, in progress) in a 32-bit build.
#[cfg(target_arch = "x86_64")]
pub(crate) type Target = self::isa::x64::asm::Asm;
#[cfg(target_arch = "x86")]
pub(crate) type Target = self::isa::ia32::asm::Asm;
/// The backend's condition code: a pending comparison (`Loc::Cond`).
pub(crate) type Cond = <Target as masm::MacroAssembler>::Cond;

/// What the compiler needs to know about the module around a function.
pub struct ModuleEnv {
    /// The type section.
    pub types: Vec<FuncType>,
    /// Canonical (engine-wide) signature id of each type.
    pub sig_ids: Vec<u32>,
    /// Type index of every function, imported ones first.
    pub funcs: Vec<u32>,
    pub num_imported_funcs: u32,
    pub tables: Vec<TableType>,
    pub memories: Vec<MemoryType>,
    pub globals: Vec<GlobalType>,
    /// Layout of the instances' `VMContext`.
    pub offsets: VMOffsets,
    /// How memory accesses are kept in bounds (the engine's strategy).
    pub bounds_checks: BoundsChecks,
    /// The vector instruction set `v128` code is generated for (the
    /// engine's).
    pub simd_isa: SimdIsa,
}

impl ModuleEnv {
    /// The type of function `f`.
    pub fn func_type(&self, f: u32) -> &FuncType {
        &self.types[self.funcs[f as usize] as usize]
    }

    /// Whether the type `op` carries mentions `ty`: a block, call or
    /// global access whose type has `ty`, a typed `select` of `ty` (the
    /// operators of `ty` itself are the caller's to recognise).
    pub fn signature_mentions(&self, op: &wasmparser::Operator<'_>, ty: ValType) -> bool {
        use wasmparser::{BlockType, Operator};
        let has = |t: &FuncType| t.params().contains(&ty) || t.results().contains(&ty);
        let is = |t: wasmparser::ValType| ValType::from_wasmparser(t) == Some(ty);
        match *op {
            Operator::Block { blockty } | Operator::Loop { blockty } | Operator::If { blockty } => {
                match blockty {
                    BlockType::Empty => false,
                    BlockType::Type(t) => is(t),
                    BlockType::FuncType(i) => self.types.get(i as usize).is_some_and(has),
                }
            }
            Operator::Call { function_index } => self
                .funcs
                .get(function_index as usize)
                .is_some_and(|&t| self.types.get(t as usize).is_some_and(has)),
            Operator::CallIndirect { type_index, .. }
            | Operator::CallRef { type_index }
            | Operator::ReturnCallRef { type_index } => {
                self.types.get(type_index as usize).is_some_and(has)
            }
            Operator::GlobalGet { global_index } | Operator::GlobalSet { global_index } => self
                .globals
                .get(global_index as usize)
                .is_some_and(|g| g.content == ty),
            Operator::TypedSelect { ty: t } => is(t),
            _ => false,
        }
    }
}

/// A place in a module's code that holds the canonical signature id of
/// type `type_index` as a 4-byte little-endian immediate
/// (`call_indirect`'s check). Ids are engine-wide, so code loaded into
/// another engine has them rewritten (`module/serialize.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SigSite {
    /// Byte offset of the immediate in the module's code.
    pub offset: u32,
    /// The module's type index whose id it is.
    pub type_index: u32,
}

/// The machine code of a module and what is known about its layout.
pub struct CompiledCode {
    pub code: Vec<u8>,
    /// Offset of each defined function in `code`.
    pub func_offsets: Vec<usize>,
    /// Whether each defined function returns quickly (`func.rs`,
    /// `may_run_long`).
    pub quick: Vec<bool>,
    pub sig_sites: Vec<SigSite>,
    /// The code of inlined callees, by start (`inline.rs`).
    pub inline_ranges: Vec<InlineRange>,
}
