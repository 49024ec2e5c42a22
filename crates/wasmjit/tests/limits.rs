//! Store resource limits: memory pages, table elements, wasm stack.

use wasmjit::{Engine, Error, Instance, Module, Store, StoreLimits, TrapKind, Val};

/// A store that allows 2 pages per memory and 5 elements per table.
fn small_store(engine: &Engine) -> Store {
    let mut s = Store::new(engine);
    s.set_limits(StoreLimits {
        max_memory_pages: 2,
        max_table_elements: 5,
        ..StoreLimits::default()
    })
    .unwrap();
    s
}

#[test]
fn defaults_are_documented_values() {
    let s = Store::new(&Engine::default());
    assert_eq!(
        *s.limits(),
        StoreLimits {
            max_wasm_stack: 1 << 20,
            max_memory_pages: 65536,
            max_table_elements: 10_000_000,
            max_store_bytes: 2 << 30,
        }
    );
}

#[test]
fn memory_pages_are_capped_by_the_store() {
    let engine = Engine::default();
    let m = Module::from_wat(
        &engine,
        r#"(module (memory 1) (func (export "grow") (param i32) (result i32) local.get 0 memory.grow))"#,
    )
    .unwrap();
    let mut s = small_store(&engine);
    let i = Instance::new(&mut s, &m, &[]).unwrap();
    let grow = i.get_func(&s, "grow").unwrap();
    assert_eq!(
        grow.call(&mut s, &[Val::I32(1)]).unwrap(),
        vec![Val::I32(1)]
    );
    assert_eq!(
        grow.call(&mut s, &[Val::I32(1)]).unwrap(),
        vec![Val::I32(-1)]
    );
    // A memory whose minimum is over the limit does not instantiate.
    let big = Module::from_wat(&engine, "(module (memory 3))").unwrap();
    match Instance::new(&mut small_store(&engine), &big, &[]) {
        Err(Error::Resource(msg)) => assert!(msg.contains("limit of 2 pages"), "{msg}"),
        other => panic!("expected a resource error, got {:?}", other.map(|_| ())),
    }
    // The same module instantiates in a store with the default limits.
    assert!(Instance::new(&mut Store::new(&engine), &big, &[]).is_ok());
}

#[test]
fn table_elements_are_capped_by_the_store() {
    let engine = Engine::default();
    let m = Module::from_wat(
        &engine,
        r#"(module (table 2 funcref)
            (func (export "grow") (param i32) (result i32) ref.null func local.get 0 table.grow 0))"#,
    )
    .unwrap();
    let mut s = small_store(&engine);
    let i = Instance::new(&mut s, &m, &[]).unwrap();
    let grow = i.get_func(&s, "grow").unwrap();
    assert_eq!(
        grow.call(&mut s, &[Val::I32(3)]).unwrap(),
        vec![Val::I32(2)]
    );
    assert_eq!(
        grow.call(&mut s, &[Val::I32(1)]).unwrap(),
        vec![Val::I32(-1)]
    );
    let big = Module::from_wat(&engine, "(module (table 6 funcref))").unwrap();
    match Instance::new(&mut small_store(&engine), &big, &[]) {
        Err(Error::Resource(msg)) => assert!(msg.contains("limit of 5 elements"), "{msg}"),
        other => panic!("expected a resource error, got {:?}", other.map(|_| ())),
    }
}

/// Depth `count` reaches before it overflows the stack, with `max_wasm_stack`.
fn recursion_depth(max_wasm_stack: usize) -> i32 {
    let engine = Engine::default();
    let m = Module::from_wat(
        &engine,
        r#"(module (global $depth (export "depth") (mut i32) (i32.const 0))
            (func $count (export "count")
              global.get $depth i32.const 1 i32.add global.set $depth
              call $count))"#,
    )
    .unwrap();
    let mut s = Store::new(&engine);
    s.set_limits(StoreLimits {
        max_wasm_stack,
        ..StoreLimits::default()
    })
    .unwrap();
    let i = Instance::new(&mut s, &m, &[]).unwrap();
    let count = i.get_func(&s, "count").unwrap();
    match count.call(&mut s, &[]) {
        Err(Error::Trap(t)) => assert_eq!(t.kind(), TrapKind::StackOverflow),
        other => panic!("expected stack overflow, got {other:?}"),
    }
    let Some(wasmjit::Extern::Global(g)) = i.get_export(&s, "depth") else {
        panic!("no depth global")
    };
    match g.get(&s) {
        Val::I32(d) => d,
        v => panic!("depth is {v:?}"),
    }
}

#[test]
fn wasm_stack_is_capped_by_the_store() {
    let small = recursion_depth(64 << 10);
    let large = recursion_depth(512 << 10);
    assert!(small > 100, "64 KiB allowed only {small} frames");
    // Eight times the stack gives about eight times the depth.
    assert!(
        large > small * 6 && large < small * 10,
        "64 KiB: {small} frames, 512 KiB: {large} frames"
    );
}

#[test]
fn set_limits_refuses_more_than_a_32_bit_memory() {
    let mut s = Store::new(&Engine::default());
    let err = s
        .set_limits(StoreLimits {
            max_memory_pages: 65537,
            ..StoreLimits::default()
        })
        .unwrap_err();
    assert!(
        matches!(err, Error::Usage(ref m) if m.contains("65537")),
        "{err}"
    );
    assert_eq!(s.limits().max_memory_pages, 65536);
}

#[test]
fn stores_start_with_their_engines_limits() {
    let limits = StoreLimits {
        max_memory_pages: 7,
        ..StoreLimits::default()
    };
    let engine = Engine::with_limits(limits).unwrap();
    assert_eq!(*engine.limits(), limits);
    let big = Module::from_wat(&engine, "(module (memory 8))").unwrap();
    match Instance::new(&mut Store::new(&engine), &big, &[]) {
        Err(Error::Resource(msg)) => assert!(msg.contains("limit of 7 pages"), "{msg}"),
        other => panic!("expected a resource error, got {:?}", other.map(|_| ())),
    }
    // A store may raise its own limits above the engine's.
    let mut s = Store::new(&engine);
    s.set_limits(StoreLimits::default()).unwrap();
    assert!(Instance::new(&mut s, &big, &[]).is_ok());
    assert!(matches!(
        Engine::with_limits(StoreLimits {
            max_memory_pages: 1 << 20,
            ..StoreLimits::default()
        }),
        Err(Error::Usage(_))
    ));
}
