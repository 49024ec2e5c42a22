//! Interruption reaches every instance of a store: each context holds its
//! own copy of the store's stack limit (`store/interrupt.rs`), so a
//! request must reach contexts created before and after it, skip freed
//! ones, and outlive the store safely.

use std::time::Duration;

use wasmjit::{Engine, Error, Instance, Module, Root, Store, TrapKind, Val};

const SPIN: &str = r#"(module (func (export "spin") (loop br 0))
    (func (export "five") (result i32) i32.const 5))"#;

fn interrupted(r: wasmjit::Result<Vec<Val>>) {
    match r {
        Err(Error::Trap(t)) => assert_eq!(t.kind(), TrapKind::Interrupt),
        other => panic!("expected an interrupt, got {other:?}"),
    }
}

fn call(s: &mut Store, i: Instance, name: &str) -> wasmjit::Result<Vec<Val>> {
    i.get_func(s, name).unwrap().call(s, &[])
}

/// Interrupts `name` of `i` from another thread after 30 ms.
fn interrupt_while_running(s: &mut Store, i: Instance, name: &str) {
    let handle = s.interrupt_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(30));
        handle.interrupt();
    });
    interrupted(call(s, i, name));
    t.join().unwrap();
}

#[test]
fn every_instance_of_a_store_is_interrupted() {
    let engine = Engine::default();
    let module = Module::from_wat(&engine, SPIN).unwrap();
    let mut s = Store::new(&engine);
    let a = Instance::new(&mut s, &module, &[]).unwrap();
    assert_eq!(call(&mut s, a, "five").unwrap(), vec![Val::I32(5)]);
    // Created after a call set the limit: starts with the store's limit.
    let b = Instance::new(&mut s, &module, &[]).unwrap();
    interrupt_while_running(&mut s, b, "spin");
    interrupt_while_running(&mut s, a, "spin");
    assert_eq!(call(&mut s, b, "five").unwrap(), vec![Val::I32(5)]);
    // A pending request reaches an instance created after it was made.
    s.interrupt_handle().interrupt();
    let c = Instance::new(&mut s, &module, &[]).unwrap();
    interrupted(call(&mut s, c, "five"));
    assert_eq!(call(&mut s, c, "five").unwrap(), vec![Val::I32(5)]);
}

#[test]
fn a_call_into_another_instance_is_interrupted() {
    let engine = Engine::default();
    let spin = Module::from_wat(&engine, SPIN).unwrap();
    let caller = Module::from_wat(
        &engine,
        r#"(module (import "m" "spin" (func $spin))
            (func (export "go") call $spin))"#,
    )
    .unwrap();
    let mut s = Store::new(&engine);
    let a = Instance::new(&mut s, &spin, &[]).unwrap();
    let f = a.get_export(&s, "spin").unwrap();
    let b = Instance::new(&mut s, &caller, &[f]).unwrap();
    interrupt_while_running(&mut s, b, "go");
}

#[test]
fn freed_instances_and_dropped_stores_are_left_alone() {
    let engine = Engine::default();
    let module = Module::from_wat(&engine, SPIN).unwrap();
    let mut s = Store::new(&engine);
    let keep = Instance::new(&mut s, &module, &[]).unwrap();
    for _ in 0..3 {
        Instance::new(&mut s, &module, &[]).unwrap();
    }
    let garbage = s.collect([Root::from(keep)]).unwrap();
    assert_eq!(garbage.instances(), 3);
    drop(garbage);
    interrupt_while_running(&mut s, keep, "spin");
    let handle = s.interrupt_handle();
    drop(s);
    // The contexts are gone; the handle must not write to them.
    handle.interrupt();
    assert!(handle.is_pending());
    handle.clear();
    assert!(!handle.is_pending());
}

#[test]
fn interrupts_from_many_threads_while_instances_come_and_go() {
    let engine = Engine::default();
    let module = Module::from_wat(&engine, SPIN).unwrap();
    let mut s = Store::new(&engine);
    let keep = Instance::new(&mut s, &module, &[]).unwrap();
    let handle = s.interrupt_handle();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let threads: Vec<_> = (0..2)
        .map(|_| {
            let (h, stop) = (handle.clone(), stop.clone());
            std::thread::spawn(move || {
                while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                    h.interrupt();
                    std::thread::yield_now();
                }
            })
        })
        .collect();
    for _ in 0..200 {
        let i = Instance::new(&mut s, &module, &[]).unwrap();
        interrupted(call(&mut s, i, "spin"));
        s.collect([Root::from(keep)]).unwrap();
    }
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    for t in threads {
        t.join().unwrap();
    }
    handle.clear();
    assert_eq!(call(&mut s, keep, "five").unwrap(), vec![Val::I32(5)]);
}
