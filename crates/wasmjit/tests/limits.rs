//! Engine resource limits: memory pages and table elements.

use wasmjit::{Config, Engine, Error, Instance, Module, Store, Val};

fn engine() -> Engine {
    Engine::new(Config {
        max_memory_pages: 2,
        max_table_elements: 5,
        ..Config::default()
    })
    .unwrap()
}

#[test]
fn memory_pages_are_capped_by_the_engine() {
    let engine = engine();
    let m = Module::from_wat(
        &engine,
        r#"(module (memory 1) (func (export "grow") (param i32) (result i32) local.get 0 memory.grow))"#,
    )
    .unwrap();
    let mut s = Store::new(&engine);
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
    match Instance::new(&mut Store::new(&engine), &big, &[]) {
        Err(Error::Resource(msg)) => assert!(msg.contains("limit of 2 pages"), "{msg}"),
        other => panic!("expected a resource error, got {:?}", other.map(|_| ())),
    }
}

#[test]
fn table_elements_are_capped_by_the_engine() {
    let engine = engine();
    let m = Module::from_wat(
        &engine,
        r#"(module (table 2 funcref)
            (func (export "grow") (param i32) (result i32) ref.null func local.get 0 table.grow 0))"#,
    )
    .unwrap();
    let mut s = Store::new(&engine);
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
    match Instance::new(&mut Store::new(&engine), &big, &[]) {
        Err(Error::Resource(msg)) => assert!(msg.contains("limit of 5 elements"), "{msg}"),
        other => panic!("expected a resource error, got {:?}", other.map(|_| ())),
    }
}
