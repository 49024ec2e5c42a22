//! Arrays of every element type, views, and new arrays (pyaswasm README
//! "How to use arrays" and "How to use float array view"), on every build.
mod common;

use as_runtime::{ArrayShape, ArrayValues, ElemKind, Values};
use common::{i32v, load, BUILDS};
use wasmjit::Val;

/// Every array type of `asm-tests/src/arrays.ts` with its shape and element kind.
const TYPES: [(&str, ArrayShape, ElemKind); 21] = [
    ("Int8Array", ArrayShape::TypedArray, ElemKind::I8),
    ("Uint8Array", ArrayShape::TypedArray, ElemKind::U8),
    ("Uint8ClampedArray", ArrayShape::TypedArray, ElemKind::U8),
    ("Int16Array", ArrayShape::TypedArray, ElemKind::I16),
    ("Uint16Array", ArrayShape::TypedArray, ElemKind::U16),
    ("Int32Array", ArrayShape::TypedArray, ElemKind::I32),
    ("Uint32Array", ArrayShape::TypedArray, ElemKind::U32),
    ("Int64Array", ArrayShape::TypedArray, ElemKind::I64),
    ("Uint64Array", ArrayShape::TypedArray, ElemKind::U64),
    ("Float32Array", ArrayShape::TypedArray, ElemKind::F32),
    ("Float64Array", ArrayShape::TypedArray, ElemKind::F64),
    ("ArrayI8", ArrayShape::Array, ElemKind::I8),
    ("ArrayU16", ArrayShape::Array, ElemKind::U16),
    ("ArrayI32", ArrayShape::Array, ElemKind::I32),
    ("ArrayU32", ArrayShape::Array, ElemKind::U32),
    ("ArrayI64", ArrayShape::Array, ElemKind::I64),
    ("ArrayF32", ArrayShape::Array, ElemKind::F32),
    ("ArrayF64", ArrayShape::Array, ElemKind::F64),
    ("StaticArrayF64", ArrayShape::StaticArray, ElemKind::F64),
    ("StaticArrayI16", ArrayShape::StaticArray, ElemKind::I16),
    ("StaticArrayU8", ArrayShape::StaticArray, ElemKind::U8),
];

/// `pattern(i)` of arrays.ts.
fn pattern(i: u32) -> f64 {
    f64::from(i as i32 * 37 - 100)
}

/// Element i of `make_<T>` converted to f64, as AS computes it.
fn expected(kind: ElemKind, i: u32) -> f64 {
    let n = pattern(i) as i64;
    match kind {
        ElemKind::I8 => f64::from(n as i8),
        ElemKind::U8 => f64::from(n as u8),
        ElemKind::I16 => f64::from(n as i16),
        ElemKind::U16 => f64::from(n as u16),
        ElemKind::I32 => f64::from(n as i32),
        ElemKind::U32 => f64::from(n as u32),
        ElemKind::I64 => n as f64,
        ElemKind::U64 => n as u64 as f64,
        ElemKind::F32 => f64::from((pattern(i) / 2.0) as f32),
        ElemKind::F64 => pattern(i) / 2.0,
        ElemKind::Managed => unreachable!(),
    }
}

#[test]
fn random_arrays_from_the_readme() {
    for (v, p) in BUILDS {
        let mut m = load(v, p, "arrays");
        let fa = m.call_i32(
            "generate_random_float_array",
            &[i32v(10), Val::from_f32(-2.0), Val::from_f32(2.0)],
        );
        let ArrayValues::F32(floats) = m.rt.get_array(&m.store, fa).unwrap() else {
            panic!("{}: not f32", m.label)
        };
        assert_eq!(floats.len(), 10);
        assert!(floats.iter().all(|x| (-2.0..2.0).contains(x)), "{floats:?}");
        assert!(
            floats.windows(2).any(|w| w[0] != w[1]),
            "not random: {floats:?}"
        );
        let ia = m.call_i32("generate_random_integer_array", &[i32v(10)]);
        let ArrayValues::I32(ints) = m.rt.get_array(&m.store, ia).unwrap() else {
            panic!("not i32")
        };
        assert!(ints.iter().all(|x| (0..100).contains(x)), "{ints:?}");
        // The view: a write through it is seen by the module and by get_array.
        m.rt.pin(&mut m.store, ia).unwrap();
        let (info, bytes) = m.rt.array_bytes_mut(&mut m.store, ia).unwrap();
        assert_eq!(
            (info.kind, info.len, info.kind.format()),
            (ElemKind::I32, 10, 'i')
        );
        bytes[4..8].copy_from_slice(&50i32.to_le_bytes());
        let ArrayValues::I32(ints) = m.rt.get_array(&m.store, ia).unwrap() else {
            panic!()
        };
        assert_eq!(ints[1], 50);
        assert_eq!(m.call_f64("get_Int32Array", &[i32v(ia), i32v(1)]), 50.0);
        m.rt.unpin(&mut m.store, ia).unwrap();
    }
}

#[test]
fn float_array_view_from_the_readme() {
    for (v, p) in BUILDS {
        let mut m = load(v, p, "arrays");
        let id = m.global_u32("Float32Array_ID");
        let values: Vec<f64> = (0..10).map(|i| f64::from(i) / 10.0 - 0.5).collect();
        let a =
            m.rt.new_array(&mut m.store, id, Values::F64(&values))
                .unwrap();
        m.rt.pin(&mut m.store, a).unwrap();
        let mut copy = m.rt.get_array(&m.store, a).unwrap();
        if let ArrayValues::F32(c) = &mut copy {
            c[1] = 16.0;
        }
        let ArrayValues::F32(fresh) = m.rt.get_array(&m.store, a).unwrap() else {
            panic!()
        };
        assert_ne!(fresh[1], 16.0, "get_array must copy");
        let (info, bytes) = m.rt.array_bytes_mut(&mut m.store, a).unwrap();
        assert_eq!(info.kind.format(), 'f');
        bytes[4..8].copy_from_slice(&17.0f32.to_le_bytes());
        let ArrayValues::F32(after) = m.rt.get_array(&m.store, a).unwrap() else {
            panic!()
        };
        assert_eq!(after[1], 17.0, "{}", m.label);
        assert_eq!(m.call_f64("get_Float32Array", &[i32v(a), i32v(1)]), 17.0);
        let sum: f64 = after.iter().map(|&x| f64::from(x)).sum();
        assert_eq!(m.call_f64("sum_Float32Array", &[i32v(a)]), sum);
        m.rt.unpin(&mut m.store, a).unwrap();
    }
}

#[test]
fn every_element_type_read_from_the_module() {
    for (v, p) in BUILDS {
        let mut m = load(v, p, "arrays");
        for (name, shape, kind) in TYPES {
            let n = 13;
            let a = m.call_i32(&format!("make_{name}"), &[i32v(n)]);
            let info = m.rt.array_info(&m.store, a).unwrap();
            assert_eq!(
                (info.shape, info.kind, info.len),
                (shape, kind, n),
                "{} {name}",
                m.label
            );
            assert_eq!(info.type_id, m.global_u32(&format!("{name}_ID")));
            let got = m.rt.get_array(&m.store, a).unwrap().to_f64();
            let want: Vec<f64> = (0..n).map(|i| expected(kind, i)).collect();
            assert_eq!(got, want, "{} {name}", m.label);
        }
    }
}

#[test]
fn every_element_type_written_by_new_array() {
    for (v, p) in BUILDS {
        let mut m = load(v, p, "arrays");
        for (name, shape, kind) in TYPES {
            let id = m.global_u32(&format!("{name}_ID"));
            let n = 17u32;
            let is_float = matches!(kind, ElemKind::F32 | ElemKind::F64);
            let floats: Vec<f64> = (0..n)
                .map(|i| {
                    if is_float {
                        pattern(i) / 2.0
                    } else {
                        pattern(i)
                    }
                })
                .collect();
            let ints: Vec<i64> = (0..n).map(|i| pattern(i) as i64).collect();
            let want: Vec<f64> = (0..n).map(|i| expected(kind, i)).collect();
            let inputs: Vec<Values> = if is_float {
                vec![Values::F64(&floats)]
            } else {
                vec![Values::F64(&floats), Values::I64(&ints)]
            };
            for input in inputs {
                let a = m.rt.new_array(&mut m.store, id, input).unwrap();
                m.rt.pin(&mut m.store, a).unwrap();
                let info = m.rt.array_info(&m.store, a).unwrap();
                assert_eq!((info.shape, info.kind, info.len), (shape, kind, n));
                assert_eq!(
                    m.rt.get_array(&m.store, a).unwrap().to_f64(),
                    want,
                    "{} {name}",
                    m.label
                );
                assert_eq!(
                    m.call_f64(&format!("sum_{name}"), &[i32v(a)]),
                    want.iter().sum::<f64>()
                );
                assert_eq!(
                    m.call_f64(&format!("get_{name}"), &[i32v(a), i32v(5)]),
                    want[5]
                );
                m.rt.unpin(&mut m.store, a).unwrap();
            }
        }
    }
}

#[test]
fn bool_arrays_subarrays_and_buffers() {
    for (v, p) in BUILDS {
        let mut m = load(v, p, "arrays");
        let b = m.call_i32("make_ArrayBool", &[i32v(5)]);
        assert_eq!(
            m.rt.get_array(&m.store, b).unwrap(),
            ArrayValues::U8(vec![1; 5])
        );
        let id = m.global_u32("ArrayBool_ID");
        let nb =
            m.rt.new_array(&mut m.store, id, Values::I64(&[1, 0, 1]))
                .unwrap();
        assert_eq!(m.call_f64("sum_ArrayBool", &[i32v(nb)]), 2.0);

        let sub = m.call_i32("make_subarray_f64", &[i32v(10), i32v(3), i32v(4)]);
        let info = m.rt.array_info(&m.store, sub).unwrap();
        assert_eq!(info.len, 4);
        assert_eq!(info.data_start, info.buffer + 3 * 8, "{}", m.label);
        let want: Vec<f64> = (3..7).map(|i| pattern(i) / 2.0).collect();
        assert_eq!(
            m.rt.get_array(&m.store, sub).unwrap(),
            ArrayValues::F64(want)
        );

        let buf = m.call_i32("make_array_buffer", &[i32v(300)]);
        let bytes: Vec<u8> = (0..300).map(|i| i as u8).collect();
        assert_eq!(
            m.rt.get_array(&m.store, buf).unwrap(),
            ArrayValues::U8(bytes.clone())
        );
        let ab_id = m.rt.array_buffer_id();
        let nbuf =
            m.rt.new_array(&mut m.store, ab_id, Values::Raw(&bytes))
                .unwrap();
        let sum: f64 = bytes.iter().map(|&b| f64::from(b)).sum();
        assert_eq!(m.call_f64("sum_array_buffer", &[i32v(nbuf)]), sum);

        let f64_id = m.global_u32("Float64Array_ID");
        let raw: Vec<u8> = [1.5f64, -2.25]
            .iter()
            .flat_map(|x| x.to_le_bytes())
            .collect();
        let r =
            m.rt.new_array(&mut m.store, f64_id, Values::Raw(&raw))
                .unwrap();
        assert_eq!(
            m.rt.get_array(&m.store, r).unwrap(),
            ArrayValues::F64(vec![1.5, -2.25])
        );
        let empty =
            m.rt.new_array(&mut m.store, f64_id, Values::F64(&[]))
                .unwrap();
        assert_eq!(
            m.rt.get_array(&m.store, empty).unwrap(),
            ArrayValues::F64(vec![])
        );
        assert_eq!(m.call_f64("sum_Float64Array", &[i32v(empty)]), 0.0);
    }
}
