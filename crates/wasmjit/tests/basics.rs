//! End-to-end checks of the engine's public API on small modules.

use wasmjit::{Engine, Error, Func, FuncType, Instance, Module, Store, TrapKind, Val, ValType};

mod common;
use common::{call, instance};

#[test]
fn add_and_fib() {
    let (mut s, i) = instance(
        r#"(module
        (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
        (func $fib (export "fib") (param i32) (result i32)
            local.get 0 i32.const 2 i32.lt_s
            if (result i32) local.get 0
            else local.get 0 i32.const 1 i32.sub call $fib
                 local.get 0 i32.const 2 i32.sub call $fib i32.add end))"#,
    );
    assert_eq!(
        call(&mut s, i, "add", &[Val::I32(2), Val::I32(40)]).unwrap(),
        vec![Val::I32(42)]
    );
    assert_eq!(
        call(&mut s, i, "fib", &[Val::I32(20)]).unwrap(),
        vec![Val::I32(6765)]
    );
}

#[test]
fn traps_come_back_as_errors() {
    let (mut s, i) = instance(
        r#"(module (memory 1)
        (func (export "div") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s)
        (func (export "load") (param i32) (result i32) local.get 0 i32.load)
        (func (export "unreachable") unreachable)
        (func $r (export "recurse") call $r))"#,
    );
    let kind = |r: wasmjit::Result<Vec<Val>>| match r {
        Err(Error::Trap(t)) => t.kind(),
        other => panic!("expected a trap, got {other:?}"),
    };
    assert_eq!(
        kind(call(&mut s, i, "div", &[Val::I32(1), Val::I32(0)])),
        TrapKind::IntegerDivisionByZero
    );
    assert_eq!(
        kind(call(&mut s, i, "div", &[Val::I32(i32::MIN), Val::I32(-1)])),
        TrapKind::IntegerOverflow
    );
    assert_eq!(
        kind(call(&mut s, i, "load", &[Val::I32(65534)])),
        TrapKind::MemoryOutOfBounds
    );
    assert_eq!(
        kind(call(&mut s, i, "load", &[Val::I32(-1)])),
        TrapKind::MemoryOutOfBounds
    );
    assert_eq!(
        kind(call(&mut s, i, "unreachable", &[])),
        TrapKind::Unreachable
    );
    assert_eq!(
        kind(call(&mut s, i, "recurse", &[])),
        TrapKind::StackOverflow
    );
    // The store still works after traps.
    assert_eq!(
        call(&mut s, i, "div", &[Val::I32(-7), Val::I32(2)]).unwrap(),
        vec![Val::I32(-3)]
    );
    assert_eq!(
        call(&mut s, i, "load", &[Val::I32(65532)]).unwrap(),
        vec![Val::I32(0)]
    );
}

#[test]
fn host_functions_and_reentry() {
    let engine = Engine::default();
    let module = Module::from_wat(
        &engine,
        r#"(module
        (import "env" "twice" (func $twice (param i64) (result i64)))
        (func (export "f") (param i64) (result i64) local.get 0 call $twice i64.const 1 i64.add))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine);
    let twice = Func::new(
        &mut store,
        FuncType::new([ValType::I64], [ValType::I64]),
        |_, args, res| {
            let Val::I64(x) = args[0] else { unreachable!() };
            res[0] = Val::I64(2 * x);
            Ok(())
        },
    );
    let inst = Instance::new(&mut store, &module, &[wasmjit::Extern::Func(twice)]).unwrap();
    assert_eq!(
        call(&mut store, inst, "f", &[Val::I64(20)]).unwrap(),
        vec![Val::I64(41)]
    );
}

#[test]
fn traps_carry_a_wasm_backtrace() {
    let (mut s, i) = instance(
        r#"(module (memory 1)
        (func $inner (param i32) (result i32) local.get 0 i32.load)
        (func $middle (param i32) (result i32) local.get 0 call $inner)
        (func $div (param i32) (result i32) i32.const 1 local.get 0 i32.div_u)
        (func $outer (export "outer") (param i32) (result i32) local.get 0 call $middle)
        (func $divide (export "divide") (param i32) (result i32) local.get 0 call $div))"#,
    );
    let names = |r: wasmjit::Result<Vec<Val>>| match r {
        Err(Error::Trap(t)) => t
            .frames()
            .iter()
            .map(|f| f.func_name.clone().unwrap_or_default())
            .collect::<Vec<_>>(),
        other => panic!("expected a trap, got {other:?}"),
    };
    assert_eq!(
        names(call(&mut s, i, "outer", &[Val::I32(-4)])),
        ["inner", "middle", "outer"]
    );
    assert_eq!(
        names(call(&mut s, i, "divide", &[Val::I32(0)])),
        ["div", "divide"]
    );
}

#[test]
fn interrupt_stops_an_infinite_loop() {
    let (mut s, i) = instance(r#"(module (func (export "spin") (loop br 0)))"#);
    let handle = s.interrupt_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(50));
        handle.interrupt();
    });
    match call(&mut s, i, "spin", &[]) {
        Err(Error::Trap(t)) => assert_eq!(t.kind(), TrapKind::Interrupt),
        other => panic!("expected an interrupt, got {other:?}"),
    }
    t.join().unwrap();
    // The request is consumed: the next call runs normally until interrupted again.
    let (mut s2, i2) = instance(r#"(module (func (export "f") (result i32) i32.const 5))"#);
    assert_eq!(call(&mut s2, i2, "f", &[]).unwrap(), vec![Val::I32(5)]);
}

#[test]
fn a_cleared_interrupt_does_not_stop_the_next_call() {
    let (mut s, i) = instance(r#"(module (func (export "f") (result i32) i32.const 5))"#);
    let handle = s.interrupt_handle();
    handle.interrupt();
    assert!(handle.is_pending());
    handle.clear();
    assert!(!handle.is_pending());
    assert_eq!(call(&mut s, i, "f", &[]).unwrap(), vec![Val::I32(5)]);
    // Without clearing, the pending request stops the next call.
    handle.interrupt();
    match call(&mut s, i, "f", &[]) {
        Err(Error::Trap(t)) => assert_eq!(t.kind(), TrapKind::Interrupt),
        other => panic!("expected an interrupt, got {other:?}"),
    }
    assert!(!handle.is_pending());
    assert_eq!(call(&mut s, i, "f", &[]).unwrap(), vec![Val::I32(5)]);
}

#[test]
fn call_into_writes_results_in_place() {
    let (mut s, i) = instance(
        r#"(module
        (func (export "swap") (param i64 i32) (result i32 i64) local.get 1 local.get 0)
        (func (export "div") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s))"#,
    );
    let swap = i.get_func(&s, "swap").unwrap();
    let mut out = [Val::I32(0), Val::I32(0)];
    swap.call_into(&mut s, &[Val::I64(i64::MIN), Val::I32(-7)], &mut out)
        .unwrap();
    assert_eq!(out, [Val::I32(-7), Val::I64(i64::MIN)]);
    // Wrong result count and wrong argument type are usage errors.
    assert!(matches!(
        swap.call_into(&mut s, &[Val::I64(1), Val::I32(2)], &mut out[..1]),
        Err(Error::Usage(_))
    ));
    assert!(matches!(
        swap.call_into(&mut s, &[Val::I32(1), Val::I32(2)], &mut out),
        Err(Error::Usage(_))
    ));
    let div = i.get_func(&s, "div").unwrap();
    let mut one = [Val::I32(0)];
    match div.call_into(&mut s, &[Val::I32(1), Val::I32(0)], &mut one) {
        Err(Error::Trap(t)) => assert_eq!(t.kind(), TrapKind::IntegerDivisionByZero),
        other => panic!("expected a trap, got {other:?}"),
    }
}

#[test]
fn host_functions_see_the_calling_instance() {
    let engine = Engine::default();
    let module = Module::from_wat(
        &engine,
        r#"(module
        (import "env" "peek" (func $peek (param i32) (result i32)))
        (memory (export "memory") 1)
        (data (i32.const 16) "\2a")
        (table funcref (elem $peek))
        (func (export "direct") (result i32) i32.const 16 call $peek)
        (func (export "indirect") (result i32)
            i32.const 16 i32.const 0 call_indirect (param i32) (result i32)))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine);
    let peek = Func::new(
        &mut store,
        FuncType::new([ValType::I32], [ValType::I32]),
        |caller, args, res| {
            let Val::I32(p) = args[0] else { unreachable!() };
            let Some(wasmjit::Extern::Memory(m)) = caller.get_export("memory") else {
                res[0] = Val::I32(-1);
                return Ok(());
            };
            assert_eq!(caller.memory(), Some(m));
            res[0] = Val::I32(m.data(caller)[p as usize] as i32);
            Ok(())
        },
    );
    let inst = Instance::new(&mut store, &module, &[wasmjit::Extern::Func(peek)]).unwrap();
    assert_eq!(
        call(&mut store, inst, "direct", &[]).unwrap(),
        [Val::I32(42)]
    );
    assert_eq!(
        call(&mut store, inst, "indirect", &[]).unwrap(),
        [Val::I32(42)]
    );
    // Called from the host, there is no calling instance.
    assert_eq!(
        peek.call(&mut store, &[Val::I32(16)]).unwrap(),
        [Val::I32(-1)]
    );
}

#[test]
fn an_exit_from_a_host_function_ends_the_outermost_call() {
    let engine = Engine::default();
    let module = Module::from_wat(
        &engine,
        r#"(module
        (import "env" "exit" (func $exit (param i32)))
        (global $g (export "g") (mut i32) (i32.const 0))
        (func $deep (param i32) local.get 0 call $exit i32.const 1 global.set $g)
        (func (export "run") (param i32) local.get 0 call $deep unreachable))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine);
    let exit = Func::new(
        &mut store,
        FuncType::new([ValType::I32], []),
        |_, args, _| {
            let Val::I32(n) = args[0] else { unreachable!() };
            Err(wasmjit::Trap::exit(n))
        },
    );
    let inst = Instance::new(&mut store, &module, &[wasmjit::Extern::Func(exit)]).unwrap();
    match call(&mut store, inst, "run", &[Val::I32(3)]) {
        Err(Error::Trap(t)) => assert_eq!(t.exit_status(), Some(3)),
        other => panic!("expected an exit, got {other:?}"),
    }
    // The store stays usable and nothing after the exit ran.
    let Some(wasmjit::Extern::Global(g)) = inst.get_export(&store, "g") else {
        panic!()
    };
    assert_eq!(g.get(&store), Val::I32(0));
    assert!(!store.is_running());
}
