//! The runtime type table at `__rtti_base`, and the two runtime generations.
//!
//! Reference: `std/assembly/shared/typeinfo.ts` of the npm package
//! `assemblyscript`. The table is a `u32` count followed by one entry per
//! runtime type id:
//!
//! ```text
//! AS >= 0.20 (0.28.20):        AS 0.18-0.19 (0.19.23):
//!   +0  count                    +0  count
//!   +4  flags[id 0]              +4  flags[id 0]
//!   +8  flags[id 1]              +8  base[id 0]   (base class id, 0 if none)
//!   ...                          +12 flags[id 1]
//!                                ...
//! ```
//!
//! The flags (`TypeinfoFlags`) are the same in both generations.

use crate::error::{AsError, Result};
use crate::object::read_u32;

/// `TypeinfoFlags.ARRAYBUFFERVIEW`: the type is a typed array (`ArrayBufferView`).
pub const ARRAYBUFFERVIEW: u32 = 1 << 0;
/// `TypeinfoFlags.ARRAY`: the type is an `Array<T>`.
pub const ARRAY: u32 = 1 << 1;
/// `TypeinfoFlags.STATICARRAY`: the type is a `StaticArray<T>`.
pub const STATICARRAY: u32 = 1 << 2;
/// `TypeinfoFlags.SET`.
pub const SET: u32 = 1 << 3;
/// `TypeinfoFlags.MAP`.
pub const MAP: u32 = 1 << 4;
/// `TypeinfoFlags.POINTERFREE`: the type has no outgoing pointers.
pub const POINTERFREE: u32 = 1 << 5;
/// `TypeinfoFlags.VALUE_ALIGN_0`; `VALUE_ALIGN_n` is this shifted left by `n`
/// and means elements of `1 << n` bytes.
pub const VALUE_ALIGN_0: u32 = 1 << 6;
/// `TypeinfoFlags.VALUE_SIGNED`: elements are signed integers.
pub const VALUE_SIGNED: u32 = 1 << 11;
/// `TypeinfoFlags.VALUE_FLOAT`: elements are floats.
pub const VALUE_FLOAT: u32 = 1 << 12;
/// `TypeinfoFlags.VALUE_NULLABLE`: elements are nullable references.
pub const VALUE_NULLABLE: u32 = 1 << 13;
/// `TypeinfoFlags.VALUE_MANAGED`: elements are pointers to managed objects.
pub const VALUE_MANAGED: u32 = 1 << 14;

/// Which generation of the AssemblyScript runtime compiled the module.
///
/// Detection rule ([`TypeTable::read`]): the first type ids are built in.
/// In AS >= 0.20 they are `Object` (0), `ArrayBuffer` (1), `String` (2),
/// `ArrayBufferView` (3); the first three are pointer-free, so the table's
/// words 0, 1 and 2 all carry `POINTERFREE`. In AS 0.18–0.19 they are
/// `ArrayBuffer` (0), `String` (1), `ArrayBufferView` (2) with two words per
/// entry, so word 1 is the `ArrayBuffer`'s base id, 0, while words 0 and 2
/// (the flags of `ArrayBuffer` and `String`) carry `POINTERFREE`. Word 1
/// therefore decides: `POINTERFREE` means ≥ 0.20, `0` means 0.18–0.19; any
/// other table is refused. Checked on modules from asc 0.28.20 and 0.19.23.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Generation {
    /// AS 0.18 and 0.19: `ArrayBuffer` id 0, `String` id 1, entries of
    /// (flags, base id), classes exported as `Class#method`.
    Legacy,
    /// AS 0.20 and later (0.28): `Object` id 0, `ArrayBuffer` id 1,
    /// `String` id 2, flags-only entries, classes not exported.
    Current,
}

impl Generation {
    /// Runtime type id of `ArrayBuffer`.
    pub fn array_buffer_id(self) -> u32 {
        match self {
            Generation::Legacy => 0,
            Generation::Current => 1,
        }
    }

    /// Runtime type id of `String`.
    pub fn string_id(self) -> u32 {
        match self {
            Generation::Legacy => 1,
            Generation::Current => 2,
        }
    }

    /// Bytes per type table entry (4: flags; 8: flags and base id).
    pub fn entry_size(self) -> u32 {
        match self {
            Generation::Legacy => 8,
            Generation::Current => 4,
        }
    }
}

/// One entry of the type table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TypeInfo {
    /// `TypeinfoFlags` bits.
    pub flags: u32,
    /// Base class id (AS 0.18–0.19 only; `None` for AS >= 0.20).
    pub base: Option<u32>,
}

/// The element type of an array, from the `VALUE_*` flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ElemKind {
    /// `i8`.
    I8,
    /// `u8` (also `bool` and `Uint8ClampedArray`).
    U8,
    /// `i16`.
    I16,
    /// `u16`.
    U16,
    /// `i32`.
    I32,
    /// `u32`.
    U32,
    /// `i64`.
    I64,
    /// `u64`.
    U64,
    /// `f32`.
    F32,
    /// `f64`.
    F64,
    /// A pointer (`u32`) to a managed object, or 0 for null.
    Managed,
}

impl ElemKind {
    /// Bytes per element.
    pub fn size(self) -> u32 {
        match self {
            ElemKind::I8 | ElemKind::U8 => 1,
            ElemKind::I16 | ElemKind::U16 => 2,
            ElemKind::I32 | ElemKind::U32 | ElemKind::F32 | ElemKind::Managed => 4,
            ElemKind::I64 | ElemKind::U64 | ElemKind::F64 => 8,
        }
    }

    /// The Python `struct` / buffer-protocol format character of the element
    /// (little-endian, standard sizes): `b B h H i I q Q f d`, `I` for pointers.
    pub fn format(self) -> char {
        match self {
            ElemKind::I8 => 'b',
            ElemKind::U8 => 'B',
            ElemKind::I16 => 'h',
            ElemKind::U16 => 'H',
            ElemKind::I32 => 'i',
            ElemKind::U32 | ElemKind::Managed => 'I',
            ElemKind::I64 => 'q',
            ElemKind::U64 => 'Q',
            ElemKind::F32 => 'f',
            ElemKind::F64 => 'd',
        }
    }

    /// The element kind described by type info `flags`, or an error for
    /// `v128` elements (`VALUE_ALIGN_4`) and flags without a value alignment.
    pub fn from_flags(flags: u32) -> Result<ElemKind> {
        let align = (0..5).find(|n| flags & (VALUE_ALIGN_0 << n) != 0);
        let signed = flags & VALUE_SIGNED != 0;
        let kind = match align {
            _ if flags & VALUE_MANAGED != 0 => ElemKind::Managed,
            Some(2) if flags & VALUE_FLOAT != 0 => ElemKind::F32,
            Some(3) if flags & VALUE_FLOAT != 0 => ElemKind::F64,
            Some(0) if signed => ElemKind::I8,
            Some(0) => ElemKind::U8,
            Some(1) if signed => ElemKind::I16,
            Some(1) => ElemKind::U16,
            Some(2) if signed => ElemKind::I32,
            Some(2) => ElemKind::U32,
            Some(3) if signed => ElemKind::I64,
            Some(3) => ElemKind::U64,
            Some(n) => {
                return Err(AsError::Unsupported(format!(
                    "array elements of {} bytes (type flags {flags:#x})",
                    1u32 << n
                )))
            }
            None => {
                return Err(AsError::Unsupported(format!(
                    "type flags {flags:#x} give no element alignment"
                )))
            }
        };
        Ok(kind)
    }
}

/// The layout family of an array-like runtime type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArrayShape {
    /// `ArrayBuffer`: the bytes are the payload, `rtSize` is the length.
    ArrayBuffer,
    /// A typed array (`Int8Array` ... `Float64Array`): an `ArrayBufferView`
    /// with `buffer` (+0), `dataStart` (+4) and `byteLength` (+8), see
    /// `std/assembly/arraybuffer.ts`.
    TypedArray,
    /// `Array<T>`: the `ArrayBufferView` fields plus `length_` (+12), see
    /// `std/assembly/array.ts`; `byteLength` is the capacity.
    Array,
    /// `StaticArray<T>`: the elements are the payload, `rtSize` bytes long,
    /// see `std/assembly/staticarray.ts`.
    StaticArray,
}

/// The runtime type table, copied out of memory once (it is static data).
#[derive(Clone, Debug)]
pub struct TypeTable {
    generation: Generation,
    entries: Vec<TypeInfo>,
}

impl TypeTable {
    /// Reads the table at `rtti_base` in `mem` and detects the generation
    /// (rule in [`Generation`]).
    ///
    /// # Errors
    /// [`AsError::OutOfBounds`] when the table does not fit in memory;
    /// [`AsError::UnrecognizedRuntime`] when it matches neither generation.
    pub fn read(mem: &[u8], rtti_base: u32) -> Result<TypeTable> {
        let count = read_u32(mem, rtti_base)?;
        if count < 3 {
            return Err(AsError::UnrecognizedRuntime(format!(
                "type table at {rtti_base:#x} has {count} entries, fewer than the built-in types"
            )));
        }
        let word = |i: u32| read_u32(mem, rtti_base.wrapping_add(4 + 4 * i));
        let (w0, w1, w2) = (word(0)?, word(1)?, word(2)?);
        let pointer_free = |w: u32| w & POINTERFREE != 0;
        let generation = if pointer_free(w0) && pointer_free(w1) && pointer_free(w2) && count >= 4 {
            Generation::Current
        } else if pointer_free(w0) && w1 == 0 && pointer_free(w2) {
            Generation::Legacy
        } else {
            return Err(AsError::UnrecognizedRuntime(format!(
                "type table at {rtti_base:#x} starts with {w0:#x} {w1:#x} {w2:#x}"
            )));
        };
        let stride = generation.entry_size();
        let end = 4u64 + u64::from(count) * u64::from(stride);
        if u64::from(rtti_base) + end > mem.len() as u64 {
            return Err(AsError::OutOfBounds {
                ptr: rtti_base,
                len: end,
                memory_size: mem.len(),
            });
        }
        let entries = (0..count)
            .map(|id| {
                let at = rtti_base + 4 + id * stride;
                Ok(TypeInfo {
                    flags: read_u32(mem, at)?,
                    base: match generation {
                        Generation::Legacy => Some(read_u32(mem, at + 4)?),
                        Generation::Current => None,
                    },
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(TypeTable {
            generation,
            entries,
        })
    }

    /// The detected runtime generation.
    pub fn generation(&self) -> Generation {
        self.generation
    }

    /// Number of runtime type ids.
    pub fn len(&self) -> u32 {
        self.entries.len() as u32
    }

    /// Whether the table is empty (never, for a table [`TypeTable::read`] accepted).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry of type `id`.
    ///
    /// # Errors
    /// [`AsError::UnknownTypeId`] when `id` is not in the table.
    pub fn get(&self, id: u32) -> Result<TypeInfo> {
        self.entries
            .get(id as usize)
            .copied()
            .ok_or(AsError::UnknownTypeId {
                id,
                count: self.len(),
            })
    }

    /// The array shape and element kind of type `id`: `ArrayBuffer` (bytes),
    /// typed arrays, `Array<T>` and `StaticArray<T>`.
    ///
    /// # Errors
    /// [`AsError::UnknownTypeId`]; [`AsError::NotAnArrayType`] for any other
    /// type; [`AsError::Unsupported`] for `v128` elements.
    pub fn array_type(&self, id: u32) -> Result<(ArrayShape, ElemKind)> {
        let flags = self.get(id)?.flags;
        if id == self.generation.array_buffer_id() {
            return Ok((ArrayShape::ArrayBuffer, ElemKind::U8));
        }
        let shape = if flags & ARRAY != 0 {
            ArrayShape::Array
        } else if flags & STATICARRAY != 0 {
            ArrayShape::StaticArray
        } else if flags & ARRAYBUFFERVIEW != 0 {
            ArrayShape::TypedArray
        } else {
            return Err(AsError::NotAnArrayType { id, flags });
        };
        Ok((shape, ElemKind::from_flags(flags)?))
    }

    /// Whether type `id` is `base` or derives from it. Exact for AS
    /// 0.18–0.19 (base ids in the table); AS >= 0.20 records no bases, so
    /// there only `id == base` is known.
    pub fn is_subtype(&self, mut id: u32, base: u32) -> bool {
        for _ in 0..self.entries.len() {
            if id == base {
                return true;
            }
            match self.entries.get(id as usize).and_then(|e| e.base) {
                Some(b) if b != 0 && b != id => id = b,
                _ => return false,
            }
        }
        false
    }
}
