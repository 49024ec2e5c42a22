//! Bulk memory instructions (`memory.fill/copy/init`, `data.drop`) and data
//! segments at instantiation, including the no-partial-write rules of Wasm 2.0.

use wasmjit::{
    Engine, Error, Extern, Instance, Limits, Memory, MemoryType, Module, Store, TrapKind, Val,
};

const PAGE: usize = 65536;

fn instance(wat: &str) -> (Store, Instance, Memory) {
    let engine = Engine::default();
    let module = Module::from_wat(&engine, wat).unwrap();
    let mut store = Store::new(&engine);
    let inst = Instance::new(&mut store, &module, &[]).unwrap();
    let mem = match inst.get_export(&store, "mem") {
        Some(Extern::Memory(m)) => m,
        other => panic!("no exported memory: {other:?}"),
    };
    (store, inst, mem)
}

fn run(store: &mut Store, inst: Instance, name: &str, args: &[i32]) -> wasmjit::Result<Vec<Val>> {
    let args: Vec<Val> = args.iter().map(|&a| Val::I32(a)).collect();
    inst.get_func(store, name).unwrap().call(store, &args)
}

fn trap_kind(r: wasmjit::Result<Vec<Val>>) -> TrapKind {
    match r {
        Err(Error::Trap(t)) => t.kind(),
        other => panic!("expected a trap, got {other:?}"),
    }
}

const OPS: &str = r#"(module
    (memory (export "mem") 1 2)
    (data (i32.const 16) "abcd")
    (data $p "hello")
    (data $q "")
    (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
    (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
    (func (export "init") (param i32 i32 i32) (memory.init $p (local.get 0) (local.get 1) (local.get 2)))
    (func (export "init-active") (param i32) (memory.init 0 (local.get 0) (i32.const 0) (i32.const 1)))
    (func (export "init-empty") (param i32 i32) (memory.init $q (local.get 0) (local.get 1) (i32.const 0)))
    (func (export "drop") (data.drop $p))
    (func (export "grow") (result i32) (memory.grow (i32.const 1)))
    (func (export "fill-const") (memory.fill (i32.const 100) (i32.const 0x1ff) (i32.const 3))))"#;

#[test]
fn fill() {
    let (mut s, i, m) = instance(OPS);
    run(&mut s, i, "fill", &[1, 0xab, 3]).unwrap();
    assert_eq!(&m.data(&s)[..5], &[0, 0xab, 0xab, 0xab, 0]);
    run(&mut s, i, "fill-const", &[]).unwrap();
    assert_eq!(&m.data(&s)[99..104], &[0, 0xff, 0xff, 0xff, 0]);
    // Up to the end is fine, one past is a trap that writes nothing.
    run(&mut s, i, "fill", &[PAGE as i32 - 2, 7, 2]).unwrap();
    run(&mut s, i, "fill", &[PAGE as i32, 7, 0]).unwrap();
    for args in [[PAGE as i32 - 2, 9, 3], [PAGE as i32 + 1, 9, 0], [0, 9, -1]] {
        let k = trap_kind(run(&mut s, i, "fill", &args));
        assert_eq!(k, TrapKind::MemoryOutOfBounds, "{args:?}");
        assert_eq!(k.message(), "out of bounds memory access");
    }
    assert_eq!(&m.data(&s)[PAGE - 3..], &[0, 7, 7]);
    assert!(!m.data(&s).contains(&9));
    // After growing, the new page is in bounds.
    run(&mut s, i, "grow", &[]).unwrap();
    run(&mut s, i, "fill", &[PAGE as i32 - 2, 9, 3]).unwrap();
    assert_eq!(&m.data(&s)[PAGE - 2..PAGE + 2], &[9, 9, 9, 0]);
}

#[test]
fn copy_overlapping_and_bounds() {
    let (mut s, i, m) = instance(OPS);
    assert_eq!(&m.data(&s)[16..20], b"abcd");
    run(&mut s, i, "copy", &[18, 16, 4]).unwrap();
    assert_eq!(&m.data(&s)[16..22], b"ababcd");
    run(&mut s, i, "copy", &[15, 16, 6]).unwrap();
    assert_eq!(&m.data(&s)[15..22], b"ababcdd");
    run(&mut s, i, "copy", &[PAGE as i32, 0, 0]).unwrap();
    run(&mut s, i, "copy", &[0, PAGE as i32, 0]).unwrap();
    let before = m.data(&s).to_vec();
    for args in [
        [PAGE as i32 - 3, 16, 4],
        [0, PAGE as i32 - 3, 4],
        [PAGE as i32 + 1, 0, 0],
        [0, PAGE as i32 + 1, 0],
        [0, 0, -1],
        [-1, 0, 1],
    ] {
        assert_eq!(
            trap_kind(run(&mut s, i, "copy", &args)),
            TrapKind::MemoryOutOfBounds,
            "{args:?}"
        );
    }
    assert_eq!(m.data(&s), &before[..], "a failing copy writes nothing");
}

#[test]
fn init_and_drop() {
    let (mut s, i, m) = instance(OPS);
    run(&mut s, i, "init", &[100, 1, 3]).unwrap();
    assert_eq!(&m.data(&s)[99..104], b"\0ell\0");
    run(&mut s, i, "init", &[PAGE as i32 - 5, 0, 5]).unwrap();
    assert_eq!(&m.data(&s)[PAGE - 5..], b"hello");
    run(&mut s, i, "init", &[PAGE as i32, 5, 0]).unwrap();
    let before = m.data(&s).to_vec();
    for args in [
        [PAGE as i32 - 4, 0, 5],
        [0, 1, 5],
        [0, 6, 0],
        [PAGE as i32 + 1, 0, 0],
    ] {
        assert_eq!(
            trap_kind(run(&mut s, i, "init", &args)),
            TrapKind::MemoryOutOfBounds,
            "{args:?}"
        );
    }
    assert_eq!(m.data(&s), &before[..], "a failing init writes nothing");
    run(&mut s, i, "init-empty", &[0, 0]).unwrap();
    assert_eq!(
        trap_kind(run(&mut s, i, "init-empty", &[0, 1])),
        TrapKind::MemoryOutOfBounds
    );
    // Dropping twice is allowed; a dropped segment is empty.
    run(&mut s, i, "drop", &[]).unwrap();
    run(&mut s, i, "drop", &[]).unwrap();
    run(&mut s, i, "init", &[0, 0, 0]).unwrap();
    assert_eq!(
        trap_kind(run(&mut s, i, "init", &[0, 0, 1])),
        TrapKind::MemoryOutOfBounds
    );
    // Active segments are dropped by instantiation.
    run(&mut s, i, "init-active", &[PAGE as i32]).unwrap_err();
    assert_eq!(
        trap_kind(run(&mut s, i, "init-active", &[0])),
        TrapKind::MemoryOutOfBounds
    );
}

#[test]
fn data_segments_apply_in_order_and_keep_earlier_writes() {
    let engine = Engine::default();
    let mut s = Store::new(&engine);
    let mem = Memory::new(
        &mut s,
        MemoryType {
            limits: Limits { min: 1, max: None },
            memory64: false,
            shared: false,
        },
    )
    .unwrap();
    let module = Module::from_wat(
        &engine,
        r#"(module
        (import "m" "mem" (memory 1))
        (data (i32.const 0) "first")
        (data (i32.const 65534) "xyz")
        (data (i32.const 8) "never"))"#,
    )
    .unwrap();
    let err = Instance::new(&mut s, &module, &[Extern::Memory(mem)]).unwrap_err();
    assert!(
        err.to_string().contains("out of bounds memory access"),
        "{err}"
    );
    assert_eq!(&mem.data(&s)[..5], b"first");
    assert_eq!(
        &mem.data(&s)[PAGE - 2..],
        &[0, 0],
        "the failing segment writes nothing"
    );
    assert_eq!(&mem.data(&s)[8..13], &[0; 5]);

    // A zero-length segment at the very end is in bounds, one past is not.
    let ok = Module::from_wat(
        &engine,
        r#"(module (import "m" "mem" (memory 1)) (data (i32.const 65536) ""))"#,
    )
    .unwrap();
    Instance::new(&mut s, &ok, &[Extern::Memory(mem)]).unwrap();
    let bad = Module::from_wat(
        &engine,
        r#"(module (import "m" "mem" (memory 1)) (data (i32.const 65537) ""))"#,
    )
    .unwrap();
    Instance::new(&mut s, &bad, &[Extern::Memory(mem)]).unwrap_err();
}

#[test]
fn shared_memory_sees_bulk_writes_of_another_instance() {
    let engine = Engine::default();
    let mut s = Store::new(&engine);
    let a = Module::from_wat(&engine, OPS).unwrap();
    let ia = Instance::new(&mut s, &a, &[]).unwrap();
    let mem = ia.get_export(&s, "mem").unwrap();
    let b = Module::from_wat(
        &engine,
        r#"(module (import "a" "mem" (memory 1))
            (data $s "XY")
            (func (export "put") (memory.init $s (i32.const 16) (i32.const 0) (i32.const 2))))"#,
    )
    .unwrap();
    let ib = Instance::new(&mut s, &b, &[mem]).unwrap();
    run(&mut s, ib, "put", &[]).unwrap();
    let Extern::Memory(m) = mem else { panic!() };
    assert_eq!(&m.data(&s)[16..20], b"XYcd");
    // Each instance has its own segments: dropping in one leaves the other's.
    run(&mut s, ia, "drop", &[]).unwrap();
    run(&mut s, ib, "put", &[]).unwrap();
}
