//! `ArrayBuffer`, typed arrays, `Array<T>` and `StaticArray<T>`: reading
//! them, zero-copy views of their elements, and allocating new ones.
//!
//! Layouts (`std/assembly/arraybuffer.ts`, `array.ts`, `staticarray.ts`,
//! the same in AS 0.19 and 0.28):
//!
//! ```text
//! ArrayBuffer     payload = the bytes, rtSize = byteLength
//! typed array     +0 buffer (ArrayBuffer ptr)  +4 dataStart (address)  +8 byteLength
//! Array<T>        the same, byteLength = capacity, plus +12 length_ (elements)
//! StaticArray<T>  payload = the elements, rtSize = length * sizeof<T>
//! ```

use std::collections::BTreeSet;

use wasmjit::Store;

use crate::error::{AsError, Result};
use crate::object::{self, read_u32, write_u32};
use crate::rtti::{ArrayShape, ElemKind};
use crate::runtime::AsRuntime;

/// Where an array's elements are in memory: what a zero-copy view needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArrayInfo {
    /// The array object's runtime type id.
    pub type_id: u32,
    /// Its layout family.
    pub shape: ArrayShape,
    /// The element type.
    pub kind: ElemKind,
    /// Address of element 0 (`dataStart`, or the payload for `ArrayBuffer`
    /// and `StaticArray`).
    pub data_start: u32,
    /// Number of elements (bytes for `ArrayBuffer`).
    pub len: u32,
    /// The backing `ArrayBuffer` (the object itself for `ArrayBuffer` and `StaticArray`).
    pub buffer: u32,
}

impl ArrayInfo {
    /// Bytes of element data: `len * kind.size()`.
    pub fn byte_len(&self) -> u32 {
        self.len * self.kind.size()
    }
}

/// A copy of an array's elements, typed by the element kind.
#[derive(Clone, Debug, PartialEq)]
pub enum ArrayValues {
    /// `i8` elements.
    I8(Vec<i8>),
    /// `u8` elements (also `bool`, `Uint8ClampedArray`, `ArrayBuffer` bytes).
    U8(Vec<u8>),
    /// `i16` elements.
    I16(Vec<i16>),
    /// `u16` elements.
    U16(Vec<u16>),
    /// `i32` elements.
    I32(Vec<i32>),
    /// `u32` elements.
    U32(Vec<u32>),
    /// `i64` elements.
    I64(Vec<i64>),
    /// `u64` elements.
    U64(Vec<u64>),
    /// `f32` elements.
    F32(Vec<f32>),
    /// `f64` elements.
    F64(Vec<f64>),
    /// Pointers to managed objects (0 = null).
    Managed(Vec<u32>),
}

impl ArrayValues {
    /// Number of elements.
    pub fn len(&self) -> usize {
        match self {
            ArrayValues::I8(v) => v.len(),
            ArrayValues::U8(v) => v.len(),
            ArrayValues::I16(v) => v.len(),
            ArrayValues::U16(v) => v.len(),
            ArrayValues::I32(v) => v.len(),
            ArrayValues::U32(v) | ArrayValues::Managed(v) => v.len(),
            ArrayValues::I64(v) => v.len(),
            ArrayValues::U64(v) => v.len(),
            ArrayValues::F32(v) => v.len(),
            ArrayValues::F64(v) => v.len(),
        }
    }

    /// Whether there are no elements.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every element as `f64` (pointers as their address), for comparisons.
    pub fn to_f64(&self) -> Vec<f64> {
        match self {
            ArrayValues::I8(v) => v.iter().map(|&x| f64::from(x)).collect(),
            ArrayValues::U8(v) => v.iter().map(|&x| f64::from(x)).collect(),
            ArrayValues::I16(v) => v.iter().map(|&x| f64::from(x)).collect(),
            ArrayValues::U16(v) => v.iter().map(|&x| f64::from(x)).collect(),
            ArrayValues::I32(v) => v.iter().map(|&x| f64::from(x)).collect(),
            ArrayValues::U32(v) | ArrayValues::Managed(v) => {
                v.iter().map(|&x| f64::from(x)).collect()
            }
            ArrayValues::I64(v) => v.iter().map(|&x| x as f64).collect(),
            ArrayValues::U64(v) => v.iter().map(|&x| x as f64).collect(),
            ArrayValues::F32(v) => v.iter().map(|&x| f64::from(x)).collect(),
            ArrayValues::F64(v) => v.clone(),
        }
    }
}

/// Input of [`AsRuntime::new_array`]; each value is converted to the element type.
#[derive(Clone, Copy, Debug)]
pub enum Values<'a> {
    /// Integers. Into integer elements: wrapped modulo 2^bits (like a JS
    /// typed array store); into float elements: rounded to nearest; into
    /// managed elements: object pointers, 0 for null.
    I64(&'a [i64]),
    /// Unsigned integers, converted like [`Values::I64`].
    U64(&'a [u64]),
    /// Floats. Into float elements: rounded to the element's precision; into
    /// integer elements: ECMAScript `ToInt8`..`ToUint32` semantics (NaN and
    /// infinities give 0, else truncation toward zero, wrapped modulo
    /// 2^bits), extended to 64 bits; refused for managed elements.
    F64(&'a [f64]),
    /// Element bytes already encoded (little-endian); the length must be a
    /// multiple of the element size. Refused for managed elements.
    Raw(&'a [u8]),
}

impl Values<'_> {
    fn count(&self, size: u32) -> Result<usize> {
        Ok(match self {
            Values::I64(v) => v.len(),
            Values::U64(v) => v.len(),
            Values::F64(v) => v.len(),
            Values::Raw(b) => {
                if b.len() % size as usize != 0 {
                    return Err(AsError::BadValue {
                        index: b.len() / size as usize,
                        message: format!(
                            "{} raw bytes are not a whole number of {size}-byte elements",
                            b.len()
                        ),
                    });
                }
                b.len() / size as usize
            }
        })
    }
}

/// ECMAScript ToInt/ToUint (spec §7.1.6–7.1.11) generalized to 64 bits: the
/// two's complement bits of `trunc(x) mod 2^64`, 0 for NaN and infinities.
fn float_to_int_bits(x: f64) -> u64 {
    if !x.is_finite() {
        return 0;
    }
    let t = x.trunc();
    const TWO63: f64 = 9_223_372_036_854_775_808.0;
    if t.abs() < TWO63 {
        return t as i64 as u64;
    }
    // |t| >= 2^63: t is a multiple of 2^11, so the remainder is exact.
    const TWO64: f64 = 18_446_744_073_709_551_616.0;
    let m = t.rem_euclid(TWO64);
    if m >= TWO64 {
        0
    } else {
        m as u64
    }
}

fn put<const N: usize, T: Copy>(dst: &mut [u8], src: &[T], f: impl Fn(T) -> [u8; N]) {
    for (d, &v) in dst.chunks_exact_mut(N).zip(src) {
        d.copy_from_slice(&f(v));
    }
}

fn put_int(dst: &mut [u8], size: usize, bits: impl Iterator<Item = u64>) {
    for (d, b) in dst.chunks_exact_mut(size).zip(bits) {
        d.copy_from_slice(&b.to_le_bytes()[..size]);
    }
}

/// Encodes `values` as `kind` elements into `dst` (exactly `count * size` bytes).
fn encode(kind: ElemKind, values: Values<'_>, dst: &mut [u8]) {
    let size = kind.size() as usize;
    match values {
        Values::Raw(b) => dst.copy_from_slice(b),
        Values::F64(v) => match kind {
            ElemKind::F64 => put(dst, v, f64::to_le_bytes),
            ElemKind::F32 => put(dst, v, |x| (x as f32).to_le_bytes()),
            _ => put_int(dst, size, v.iter().map(|&x| float_to_int_bits(x))),
        },
        Values::I64(v) => match kind {
            ElemKind::F64 => put(dst, v, |x| (x as f64).to_le_bytes()),
            ElemKind::F32 => put(dst, v, |x| (x as f32).to_le_bytes()),
            _ => put_int(dst, size, v.iter().map(|&x| x as u64)),
        },
        Values::U64(v) => match kind {
            ElemKind::F64 => put(dst, v, |x| (x as f64).to_le_bytes()),
            ElemKind::F32 => put(dst, v, |x| (x as f32).to_le_bytes()),
            _ => put_int(dst, size, v.iter().copied()),
        },
    }
}

fn decode(kind: ElemKind, b: &[u8]) -> ArrayValues {
    fn get<const N: usize, T>(b: &[u8], f: impl Fn([u8; N]) -> T) -> Vec<T> {
        b.chunks_exact(N)
            .map(|c| {
                let mut a = [0u8; N];
                a.copy_from_slice(c);
                f(a)
            })
            .collect()
    }
    match kind {
        ElemKind::I8 => ArrayValues::I8(b.iter().map(|&x| x as i8).collect()),
        ElemKind::U8 => ArrayValues::U8(b.to_vec()),
        ElemKind::I16 => ArrayValues::I16(get(b, i16::from_le_bytes)),
        ElemKind::U16 => ArrayValues::U16(get(b, u16::from_le_bytes)),
        ElemKind::I32 => ArrayValues::I32(get(b, i32::from_le_bytes)),
        ElemKind::U32 => ArrayValues::U32(get(b, u32::from_le_bytes)),
        ElemKind::Managed => ArrayValues::Managed(get(b, u32::from_le_bytes)),
        ElemKind::I64 => ArrayValues::I64(get(b, i64::from_le_bytes)),
        ElemKind::U64 => ArrayValues::U64(get(b, u64::from_le_bytes)),
        ElemKind::F32 => ArrayValues::F32(get(b, f32::from_le_bytes)),
        ElemKind::F64 => ArrayValues::F64(get(b, f64::from_le_bytes)),
    }
}

impl AsRuntime {
    /// Where the elements of the array-like object at `ptr` are: element
    /// type, count and address. A typed array's `dataStart` may lie inside
    /// its buffer (`subarray`); the whole range is checked to be inside the
    /// buffer object and the memory.
    ///
    /// # Errors
    /// The checks of [`AsRuntime::header`] (also on the backing buffer);
    /// [`AsError::WrongType`] when the object is not an `ArrayBuffer`,
    /// typed array, `Array` or `StaticArray`; [`AsError::NotAnObject`] when
    /// its fields are inconsistent; [`AsError::Unsupported`] for `v128` elements.
    pub fn array_info(&self, store: &Store, ptr: u32) -> Result<ArrayInfo> {
        let mem = self.memory.data(store);
        let h = object::header(mem, ptr, self.types.len(), "array")?;
        let (shape, kind) = self.types.array_type(h.rt_id).map_err(|e| match e {
            AsError::NotAnArrayType { .. } => AsError::WrongType {
                ptr,
                expected: "an ArrayBuffer, typed array, Array or StaticArray".into(),
                found_id: h.rt_id,
            },
            e => e,
        })?;
        let size = kind.size();
        let info = |data_start, len, buffer| ArrayInfo {
            type_id: h.rt_id,
            shape,
            kind,
            data_start,
            len,
            buffer,
        };
        match shape {
            ArrayShape::ArrayBuffer => Ok(info(ptr, h.rt_size, ptr)),
            ArrayShape::StaticArray => Ok(info(ptr, h.rt_size / size, ptr)),
            ArrayShape::TypedArray | ArrayShape::Array => {
                let fields = if shape == ArrayShape::Array { 16 } else { 12 };
                if h.rt_size < fields {
                    return Err(AsError::NotAnObject {
                        ptr,
                        reason: format!("rtSize {} is too small for its fields", h.rt_size),
                    });
                }
                let buffer = read_u32(mem, ptr)?;
                let data_start = read_u32(mem, ptr + 4)?;
                let byte_length = read_u32(mem, ptr + 8)?;
                let len = if shape == ArrayShape::Array {
                    read_u32(mem, ptr + 12)?
                } else {
                    byte_length / size
                };
                let bh = object::header(mem, buffer, self.types.len(), "ArrayBuffer")?;
                let end = u64::from(data_start) + u64::from(len) * u64::from(size);
                if bh.rt_id != self.array_buffer_id()
                    || data_start < buffer
                    || end > u64::from(buffer) + u64::from(bh.rt_size)
                    || u64::from(len) * u64::from(size) > u64::from(byte_length)
                {
                    return Err(AsError::NotAnObject {
                        ptr,
                        reason: format!(
                            "its elements ({len} at {data_start:#x}) are not inside its buffer {buffer:#x}"
                        ),
                    });
                }
                Ok(info(data_start, len, buffer))
            }
        }
    }

    /// The element bytes of the array at `ptr`, borrowed from memory (the
    /// zero-copy view: reinterpret with [`ArrayInfo::kind`]).
    ///
    /// # Errors
    /// As [`AsRuntime::array_info`].
    pub fn array_bytes<'s>(&self, store: &'s Store, ptr: u32) -> Result<(ArrayInfo, &'s [u8])> {
        let info = self.array_info(store, ptr)?;
        let mem = self.memory.data(store);
        let r = object::range(mem, info.data_start, u64::from(info.byte_len()))?;
        Ok((info, &mem[r]))
    }

    /// The element bytes of the array at `ptr`, writable in place.
    ///
    /// # Errors
    /// As [`AsRuntime::array_info`].
    pub fn array_bytes_mut<'s>(
        &self,
        store: &'s mut Store,
        ptr: u32,
    ) -> Result<(ArrayInfo, &'s mut [u8])> {
        let info = self.array_info(store, ptr)?;
        let mem = self.memory.data_mut(store);
        let r = object::range(mem, info.data_start, u64::from(info.byte_len()))?;
        Ok((info, &mut mem[r]))
    }

    /// A copy of the elements of the array at `ptr`.
    ///
    /// # Errors
    /// As [`AsRuntime::array_info`].
    pub fn get_array(&self, store: &Store, ptr: u32) -> Result<ArrayValues> {
        let (info, bytes) = self.array_bytes(store, ptr)?;
        Ok(decode(info.kind, bytes))
    }

    /// A new array of runtime type `type_id` (an `ArrayBuffer`, typed array,
    /// `Array<T>` or `StaticArray<T>` id, e.g. an exported `idof<Float64Array>()`)
    /// holding `values` converted as [`Values`] describes. For arrays of
    /// objects the values are object pointers; they are checked to be live
    /// objects and kept pinned while this function allocates. The new array
    /// is not pinned: pin it before anything else allocates.
    ///
    /// # Errors
    /// [`AsError::UnknownTypeId`]; [`AsError::NotAnArrayType`];
    /// [`AsError::BadValue`] for a pointer that is not an object, a float or
    /// raw input for managed elements, or a raw length that is not a whole
    /// number of elements; [`AsError::MissingExport`] without `__new`/`__pin`/`__unpin`;
    /// [`AsError::Abort`] / [`AsError::Engine`] when allocation fails.
    pub fn new_array(
        &mut self,
        store: &mut Store,
        type_id: u32,
        values: Values<'_>,
    ) -> Result<u32> {
        let (shape, kind) = self.types.array_type(type_id)?;
        let size = kind.size();
        let count = values.count(size)?;
        let byte_len = u32::try_from(count as u64 * u64::from(size))
            .ok()
            .filter(|&b| b < 1 << 30)
            .ok_or_else(|| {
                AsError::Unsupported(format!("an array of {count} {size}-byte elements"))
            })?;
        let mut temp_pins = Vec::new();
        if kind == ElemKind::Managed {
            temp_pins = self.check_object_values(store, values)?;
        }
        for &p in &temp_pins {
            self.raw_pin(store, p)?;
        }
        let result = self.alloc_array(store, type_id, shape, kind, values, byte_len, count as u32);
        let mut unpinned = Ok(());
        for &p in &temp_pins {
            unpinned = unpinned.and(self.raw_unpin(store, p));
        }
        let ptr = result?;
        unpinned?;
        Ok(ptr)
    }

    /// Checks managed-element input; returns the distinct live objects that
    /// nothing pins yet (to pin during allocation).
    fn check_object_values(&self, store: &Store, values: Values<'_>) -> Result<Vec<u32>> {
        let ptrs: Vec<(usize, u64)> = match values {
            Values::I64(v) => v.iter().enumerate().map(|(i, &x)| (i, x as u64)).collect(),
            Values::U64(v) => v.iter().copied().enumerate().collect(),
            Values::F64(_) | Values::Raw(_) => {
                return Err(AsError::BadValue {
                    index: 0,
                    message: "an array of objects takes object pointers (I64 or U64 values)".into(),
                })
            }
        };
        let mut to_pin = BTreeSet::new();
        for (index, p) in ptrs {
            if p == 0 {
                continue;
            }
            let p32 = u32::try_from(p).map_err(|_| AsError::BadValue {
                index,
                message: format!("{p:#x} is not a 32-bit pointer"),
            })?;
            let h = self.header(store, p32).map_err(|e| AsError::BadValue {
                index,
                message: e.to_string(),
            })?;
            if !h.is_pinned() {
                to_pin.insert(p32);
            }
        }
        Ok(to_pin.into_iter().collect())
    }

    #[allow(clippy::too_many_arguments)]
    fn alloc_array(
        &mut self,
        store: &mut Store,
        type_id: u32,
        shape: ArrayShape,
        kind: ElemKind,
        values: Values<'_>,
        byte_len: u32,
        count: u32,
    ) -> Result<u32> {
        let (ptr, data) = match shape {
            ArrayShape::ArrayBuffer | ArrayShape::StaticArray => {
                let p = self.new_object(store, byte_len, type_id)?;
                (p, p)
            }
            ArrayShape::TypedArray | ArrayShape::Array => {
                let ab_id = self.array_buffer_id();
                let buf = self.new_object(store, byte_len, ab_id)?;
                self.raw_pin(store, buf)?;
                let fields = if shape == ArrayShape::Array { 16 } else { 12 };
                let arr = self.new_object(store, fields, type_id);
                let unpin = self.raw_unpin(store, buf);
                let arr = arr?;
                unpin?;
                let mem = self.memory.data_mut(store);
                write_u32(mem, arr, buf)?;
                write_u32(mem, arr + 4, buf)?;
                write_u32(mem, arr + 8, byte_len)?;
                if shape == ArrayShape::Array {
                    write_u32(mem, arr + 12, count)?;
                }
                (arr, buf)
            }
        };
        let mem = self.memory.data_mut(store);
        let r = object::range(mem, data, u64::from(byte_len))?;
        encode(kind, values, &mut mem[r]);
        Ok(ptr)
    }
}

#[cfg(test)]
mod tests {
    use super::float_to_int_bits;

    #[test]
    fn float_to_int_follows_ecmascript() {
        assert_eq!(float_to_int_bits(f64::NAN), 0);
        assert_eq!(float_to_int_bits(f64::INFINITY), 0);
        assert_eq!(float_to_int_bits(-1.5) as u8, 255);
        assert_eq!(float_to_int_bits(300.9) as u8, 44);
        assert_eq!(float_to_int_bits(-129.0) as i8, 127);
        assert_eq!(float_to_int_bits(4294967297.0) as u32, 1);
        assert_eq!(float_to_int_bits(-100.0) as i8, -100);
        assert_eq!(
            float_to_int_bits(-1e19),
            (-1e19f64 + 18_446_744_073_709_551_616.0) as u64
        );
    }
}
