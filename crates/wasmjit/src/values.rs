//! Value types and values, as in the spec's "Types" (§2.3) and "Values" (§4.2.1).

use std::fmt;

use crate::handles::{ExternRef, Func};

/// A WebAssembly value type (spec §2.3.4 number types, §2.3.5 vector types,
/// §2.3.6 reference types).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValType {
    /// 32-bit integer.
    I32,
    /// 64-bit integer.
    I64,
    /// IEEE 754 binary32.
    F32,
    /// IEEE 754 binary64.
    F64,
    /// 128-bit vector.
    V128,
    /// Nullable reference to a function.
    FuncRef,
    /// Nullable reference to a host object.
    ExternRef,
}

impl ValType {
    /// Whether values of this type live in general-purpose registers
    /// (integers and references) rather than in XMM registers.
    pub fn is_int_like(self) -> bool {
        matches!(
            self,
            ValType::I32 | ValType::I64 | ValType::FuncRef | ValType::ExternRef
        )
    }

    /// How many 8-byte words a value of this type takes in an argument or
    /// result area and in the raw slots of a call (2 for `v128`, else 1).
    pub fn slot_words(self) -> usize {
        if self == ValType::V128 {
            2
        } else {
            1
        }
    }

    /// Whether this is a reference type (`funcref` or `externref`).
    pub fn is_ref(self) -> bool {
        matches!(self, ValType::FuncRef | ValType::ExternRef)
    }

    pub(crate) fn from_wasmparser(ty: wasmparser::ValType) -> Option<ValType> {
        use wasmparser::ValType as W;
        Some(match ty {
            W::I32 => ValType::I32,
            W::I64 => ValType::I64,
            W::F32 => ValType::F32,
            W::F64 => ValType::F64,
            W::V128 => ValType::V128,
            W::Ref(r) if r.is_func_ref() => ValType::FuncRef,
            W::Ref(r) if r.is_extern_ref() => ValType::ExternRef,
            W::Ref(_) => return None,
        })
    }
}

impl fmt::Display for ValType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ValType::I32 => "i32",
            ValType::I64 => "i64",
            ValType::F32 => "f32",
            ValType::F64 => "f64",
            ValType::V128 => "v128",
            ValType::FuncRef => "funcref",
            ValType::ExternRef => "externref",
        })
    }
}

/// A function type: parameter and result types (spec §2.3.8).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FuncType {
    params: Box<[ValType]>,
    results: Box<[ValType]>,
}

impl FuncType {
    /// Builds a function type from its parameter and result types.
    pub fn new(
        params: impl IntoIterator<Item = ValType>,
        results: impl IntoIterator<Item = ValType>,
    ) -> FuncType {
        FuncType {
            params: params.into_iter().collect(),
            results: results.into_iter().collect(),
        }
    }

    /// The parameter types, in order.
    pub fn params(&self) -> &[ValType] {
        &self.params
    }

    /// The result types, in order.
    pub fn results(&self) -> &[ValType] {
        &self.results
    }
}

/// The word offset of value `k` in an area holding `tys` in order, each
/// taking [`ValType::slot_words`] words (the calling convention's argument
/// and result areas, `compiler/func.rs`).
pub(crate) fn word_offset(tys: &[ValType], k: usize) -> usize {
    tys[..k].iter().map(|t| t.slot_words()).sum()
}

/// The words an area holding `tys` takes.
pub(crate) fn words(tys: &[ValType]) -> usize {
    word_offset(tys, tys.len())
}

impl fmt::Display for FuncType {
    /// Formats as `(i32, i64) -> (f32)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |v: &[ValType]| {
            v.iter()
                .map(|t| t.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        write!(f, "({}) -> ({})", list(&self.params), list(&self.results))
    }
}

/// Size bounds of a memory (in 64 KiB pages) or a table (in elements), spec §2.3.9.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Limits {
    /// Minimum (initial) size.
    pub min: u64,
    /// Maximum size, if declared.
    pub max: Option<u64>,
}

impl Limits {
    /// Import matching for limits (spec §4.5.2 "Limits"): `self` (the
    /// provided extern's) matches `required` when it is at least as large and
    /// its maximum is no larger.
    pub fn matches(&self, required: &Limits) -> bool {
        self.min >= required.min
            && match (self.max, required.max) {
                (_, None) => true,
                (Some(a), Some(b)) => a <= b,
                (None, Some(_)) => false,
            }
    }
}

/// A memory type: limits in 64 KiB pages (spec §2.3.10).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MemoryType {
    /// Size bounds in pages.
    pub limits: Limits,
    /// Whether this is a 64-bit memory (memory64 proposal; not yet supported).
    pub memory64: bool,
    /// Whether the memory is shared (threads proposal; not yet supported).
    pub shared: bool,
}

/// A table type: element type and limits in elements (spec §2.3.11).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TableType {
    /// `FuncRef` or `ExternRef`.
    pub element: ValType,
    /// Size bounds in elements.
    pub limits: Limits,
}

/// A global type: value type and mutability (spec §2.3.12).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GlobalType {
    /// The value type of the global.
    pub content: ValType,
    /// Whether `global.set` may change it.
    pub mutable: bool,
}

/// The type of an import or export (spec §2.3.13 external types).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExternType {
    /// A function of this type.
    Func(FuncType),
    /// A table of this type.
    Table(TableType),
    /// A memory of this type.
    Memory(MemoryType),
    /// A global of this type.
    Global(GlobalType),
}

impl fmt::Display for ExternType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lim = |l: &Limits| match l.max {
            Some(m) => format!("{} {}", l.min, m),
            None => format!("{}", l.min),
        };
        match self {
            ExternType::Func(t) => write!(f, "func {t}"),
            ExternType::Table(t) => write!(f, "table {} {}", lim(&t.limits), t.element),
            ExternType::Memory(t) => write!(f, "memory {}", lim(&t.limits)),
            ExternType::Global(t) if t.mutable => write!(f, "global (mut {})", t.content),
            ExternType::Global(t) => write!(f, "global {}", t.content),
        }
    }
}

/// A runtime value (spec §4.2.1). Floats are kept as raw bits so that NaN
/// payloads survive every round trip, as the spec requires.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Val {
    /// An `i32`, as its two's complement signed reading.
    I32(i32),
    /// An `i64`, as its two's complement signed reading.
    I64(i64),
    /// An `f32`, as its IEEE 754 bit pattern.
    F32(u32),
    /// An `f64`, as its IEEE 754 bit pattern.
    F64(u64),
    /// A `v128`, little-endian lanes.
    V128(u128),
    /// A `funcref`: `None` is the null reference.
    FuncRef(Option<Func>),
    /// An `externref`: `None` is the null reference.
    ExternRef(Option<ExternRef>),
}

impl Val {
    /// The value type of this value.
    pub fn ty(&self) -> ValType {
        match self {
            Val::I32(_) => ValType::I32,
            Val::I64(_) => ValType::I64,
            Val::F32(_) => ValType::F32,
            Val::F64(_) => ValType::F64,
            Val::V128(_) => ValType::V128,
            Val::FuncRef(_) => ValType::FuncRef,
            Val::ExternRef(_) => ValType::ExternRef,
        }
    }

    /// An `f32` value from a Rust float.
    pub fn from_f32(v: f32) -> Val {
        Val::F32(v.to_bits())
    }

    /// An `f64` value from a Rust float.
    pub fn from_f64(v: f64) -> Val {
        Val::F64(v.to_bits())
    }

    /// The number or vector of type `ty` at word `at` of a call's raw
    /// slots (see [`crate::Func::new_numeric`]); `None` for a reference
    /// type, whose slot holds an address of the store.
    pub fn from_slots(ty: ValType, slots: &[u64], at: usize) -> Option<Val> {
        Some(match ty {
            ValType::I32 => Val::I32(slots[at] as u32 as i32),
            ValType::I64 => Val::I64(slots[at] as i64),
            ValType::F32 => Val::F32(slots[at] as u32),
            ValType::F64 => Val::F64(slots[at]),
            ValType::V128 => Val::V128(slots[at] as u128 | (slots[at + 1] as u128) << 64),
            ValType::FuncRef | ValType::ExternRef => return None,
        })
    }

    /// Writes a number or vector at word `at` of a call's raw slots (two
    /// words, low half first, for a `v128`); `false`, writing nothing, for
    /// a reference.
    pub fn to_slots(self, slots: &mut [u64], at: usize) -> bool {
        slots[at] = match self {
            Val::I32(x) => x as u32 as u64,
            Val::I64(x) => x as u64,
            Val::F32(b) => b as u64,
            Val::F64(b) => b,
            Val::V128(b) => {
                slots[at + 1] = (b >> 64) as u64;
                b as u64
            }
            Val::FuncRef(_) | Val::ExternRef(_) => return false,
        };
        true
    }

    /// The zero value (null for references) of a type: what locals start as (spec §4.4.8).
    pub fn default_for(ty: ValType) -> Val {
        match ty {
            ValType::I32 => Val::I32(0),
            ValType::I64 => Val::I64(0),
            ValType::F32 => Val::F32(0),
            ValType::F64 => Val::F64(0),
            ValType::V128 => Val::V128(0),
            ValType::FuncRef => Val::FuncRef(None),
            ValType::ExternRef => Val::ExternRef(None),
        }
    }
}
