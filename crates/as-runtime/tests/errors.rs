//! Error cases: pointers outside memory, wrong type ids, use after unpin,
//! pin misuse, bad values, non-AS modules. Each gives a clear `Err`.
mod common;

use as_runtime::{AsError, AsRuntime, Values};
use common::{i32v, load, BUILDS};
use wasmjit::{Engine, Instance, Module, Store};

#[test]
fn pointers_outside_memory_and_stray_pointers() {
    for (v, p) in BUILDS {
        let mut m = load(v, p, "strings");
        let size = m.rt.memory().data(&m.store).len() as u32;
        for ptr in [size, size + 16, 0xFFFF_FFF0, 16] {
            let e = m.rt.get_string(&m.store, ptr).unwrap_err();
            assert!(
                matches!(e, AsError::OutOfBounds { .. } | AsError::NotAnObject { .. }),
                "{ptr:#x}: {e}"
            );
            assert!(m.rt.array_info(&m.store, ptr).is_err());
            assert!(m.rt.pin(&mut m.store, ptr).is_err());
        }
        assert!(matches!(
            m.rt.get_string(&m.store, 0),
            Err(AsError::Null { .. })
        ));
        let hello = m.call_i32("get_hello_string", &[]);
        let e = m.rt.get_string(&m.store, hello + 4).unwrap_err();
        assert!(matches!(e, AsError::NotAnObject { .. }), "{e}");
        // Zeroed memory far above the data: no valid header there.
        let e = m.rt.get_string(&m.store, size - 4096).unwrap_err();
        assert!(matches!(e, AsError::NotAnObject { .. }), "{e}");
    }
}

#[test]
fn wrong_type_ids() {
    for (v, p) in BUILDS {
        let mut m = load(v, p, "arrays");
        let arr = m.call_i32("make_Float64Array", &[i32v(3)]);
        let e = m.rt.get_string(&m.store, arr).unwrap_err();
        assert!(matches!(e, AsError::WrongType { .. }), "{e}");
        assert!(e.to_string().contains("expected String"), "{e}");
        let string_id = m.rt.string_id();
        let e =
            m.rt.new_array(&mut m.store, string_id, Values::F64(&[1.0]))
                .unwrap_err();
        assert!(matches!(e, AsError::NotAnArrayType { .. }), "{e}");
        let e =
            m.rt.new_array(&mut m.store, 9999, Values::F64(&[1.0]))
                .unwrap_err();
        assert!(matches!(e, AsError::UnknownTypeId { id: 9999, .. }), "{e}");
        assert!(matches!(
            m.rt.new_object(&mut m.store, 4, 9999),
            Err(AsError::UnknownTypeId { .. })
        ));
        let s = m.rt.new_string(&mut m.store, "x").unwrap();
        assert!(matches!(
            m.rt.array_info(&m.store, s),
            Err(AsError::WrongType { .. })
        ));
        let f64_id = m.global_u32("Float64Array_ID");
        let e =
            m.rt.check_type(&m.store, s, f64_id, "Float64Array")
                .unwrap_err();
        assert!(matches!(e, AsError::WrongType { .. }), "{e}");
    }
}

#[test]
fn use_after_unpin_and_pin_counting() {
    for (v, p) in BUILDS {
        let mut m = load(v, p, "strings");
        let s = m.rt.new_string(&mut m.store, "short-lived").unwrap();
        m.rt.pin(&mut m.store, s).unwrap();
        m.rt.pin(&mut m.store, s).unwrap();
        assert_eq!(m.rt.pin_count(s), 2);
        m.rt.unpin(&mut m.store, s).unwrap();
        m.rt.collect(&mut m.store).unwrap();
        assert_eq!(
            m.rt.get_string(&m.store, s).unwrap(),
            "short-lived",
            "{}: still pinned once",
            m.label
        );
        m.rt.unpin(&mut m.store, s).unwrap();
        assert!(matches!(
            m.rt.unpin(&mut m.store, s),
            Err(AsError::NotPinned { .. })
        ));
        m.rt.collect(&mut m.store).unwrap();
        let e = m.rt.get_string(&m.store, s).unwrap_err();
        assert!(matches!(e, AsError::Freed { .. }), "{}: {e}", m.label);
        assert!(e.to_string().contains("used after unpin"));
        assert!(matches!(
            m.rt.pin(&mut m.store, s),
            Err(AsError::Freed { .. })
        ));
        let hello = m.call_i32("get_hello_string", &[]);
        assert!(matches!(
            m.rt.unpin(&mut m.store, hello),
            Err(AsError::NotPinned { .. })
        ));
    }
}

#[test]
fn pinned_by_the_module_itself() {
    for (v, p) in BUILDS {
        let mut m = load(v, p, "strings");
        let s = m.rt.new_string(&mut m.store, "pinned elsewhere").unwrap();
        m.call_i32("__pin", &[i32v(s)]);
        let e = m.rt.pin(&mut m.store, s).unwrap_err();
        assert!(matches!(e, AsError::AlreadyPinned { .. }), "{e}");
    }
}

#[test]
fn bad_values_for_new_array() {
    for (v, p) in BUILDS {
        let mut m = load(v, p, "vector3d");
        let id = m.global_u32("VectorsArray_ID");
        for vals in [
            Values::U64(&[12345]),
            Values::U64(&[1 << 40]),
            Values::F64(&[1.0]),
            Values::Raw(&[0; 4]),
        ] {
            let e = m.rt.new_array(&mut m.store, id, vals).unwrap_err();
            assert!(matches!(e, AsError::BadValue { .. }), "{e}");
        }
        let mut a = load(v, p, "arrays");
        let f64_id = a.global_u32("Float64Array_ID");
        let e =
            a.rt.new_array(&mut a.store, f64_id, Values::Raw(&[0; 12]))
                .unwrap_err();
        assert!(matches!(e, AsError::BadValue { .. }), "{e}");
    }
}

#[test]
fn allocation_too_large_is_an_abort() {
    for (v, p) in BUILDS {
        let mut m = load(v, p, "strings");
        let id = m.rt.string_id();
        let e = m.rt.new_object(&mut m.store, 1 << 30, id).unwrap_err();
        match e {
            AsError::Abort(info) => {
                assert_eq!(info.message.as_deref(), Some("Allocation too large"))
            }
            other => panic!("{other}"),
        }
    }
}

#[test]
fn modules_without_the_as_runtime() {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let plain = Module::from_wat(&engine, r#"(module (memory (export "memory") 1))"#).unwrap();
    let inst = Instance::new(&mut store, &plain, &[]).unwrap();
    let e = AsRuntime::new(&store, inst).err().unwrap();
    assert!(matches!(e, AsError::MissingExport { .. }), "{e}");
    assert!(e.to_string().contains("--exportRuntime"));
    let odd = Module::from_wat(
        &engine,
        r#"(module (memory (export "memory") 1) (global (export "__rtti_base") i32 (i32.const 64))
            (data (i32.const 64) "\05\00\00\00\01\00\00\00\02\00\00\00\03\00\00\00"))"#,
    )
    .unwrap();
    let inst = Instance::new(&mut store, &odd, &[]).unwrap();
    let e = AsRuntime::new(&store, inst).err().unwrap();
    assert!(matches!(e, AsError::UnrecognizedRuntime(_)), "{e}");
    let outside = Module::from_wat(
        &engine,
        r#"(module (memory (export "memory") 1) (global (export "__rtti_base") i32 (i32.const 65534)))"#,
    )
    .unwrap();
    let inst = Instance::new(&mut store, &outside, &[]).unwrap();
    assert!(matches!(
        AsRuntime::new(&store, inst),
        Err(AsError::OutOfBounds { .. })
    ));
}
