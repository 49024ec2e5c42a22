//! What a long-lived embedding needs from the engine (issue 12): an
//! interrupted nested call leaves its callers running, and every allocation
//! a module causes is fallible and held to the store's budget.

mod common;

use std::sync::{Arc, OnceLock};

use common::{call, instance};
use wasmjit::{
    Engine, Error, Extern, Func, FuncType, Instance, Module, Store, StoreLimits, TableType,
    TrapKind, Val, ValType,
};

#[test]
fn a_caught_nested_interrupt_leaves_the_outer_call_running() {
    let engine = Engine::default();
    let module = Module::from_wat(
        &engine,
        r#"(module
        (import "h" "f" (func $f (result i32)))
        (func (export "spin") (loop br 0))
        (func $deep (param i32) (result i32)
          local.get 0 i32.eqz
          if (result i32) call $f
          else local.get 0 i32.const 1 i32.sub call $deep i32.const 1 i32.add end)
        (func (export "run") (result i32) i32.const 10 call $deep))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine);
    let spin: Arc<OnceLock<Func>> = Arc::default();
    let inner = spin.clone();
    let host = Func::new(
        &mut store,
        FuncType::new([], [ValType::I32]),
        move |s, _, res| {
            s.interrupt_handle().interrupt();
            match inner.get().unwrap().call(s, &[]) {
                Err(Error::Trap(t)) => assert_eq!(t.kind(), TrapKind::Interrupt),
                other => panic!("expected an interrupt, got {other:?}"),
            }
            res[0] = Val::I32(7);
            Ok(())
        },
    );
    let inst = Instance::new(&mut store, &module, &[Extern::Func(host)]).unwrap();
    spin.set(inst.get_func(&store, "spin").unwrap()).unwrap();
    // The recursion after the host call needs prologue stack checks, which
    // must not see the consumed interrupt as a stack overflow.
    assert_eq!(
        call(&mut store, inst, "run", &[]).unwrap(),
        vec![Val::I32(17)]
    );
    assert_eq!(
        call(&mut store, inst, "run", &[]).unwrap(),
        vec![Val::I32(17)]
    );
}

#[test]
fn a_cleared_interrupt_during_a_nested_call_restores_the_limit() {
    let engine = Engine::default();
    let module = Module::from_wat(
        &engine,
        r#"(module
        (import "h" "f" (func $f))
        (func $deep (param i32) (result i32)
          local.get 0 i32.eqz
          if (result i32) i32.const 0
          else local.get 0 i32.const 1 i32.sub call $deep i32.const 1 i32.add end)
        (func (export "run") (result i32) call $f i32.const 10 call $deep))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine);
    let host = Func::new(&mut store, FuncType::new([], []), |s, _, _| {
        let h = s.interrupt_handle();
        h.interrupt();
        h.clear();
        Ok(())
    });
    let inst = Instance::new(&mut store, &module, &[Extern::Func(host)]).unwrap();
    assert_eq!(
        call(&mut store, inst, "run", &[]).unwrap(),
        vec![Val::I32(10)]
    );
}

fn store_with(limits: StoreLimits) -> (Engine, Store) {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    store.set_limits(limits).unwrap();
    (engine, store)
}

#[test]
fn memories_and_tables_share_the_store_budget() {
    let (engine, mut store) = store_with(StoreLimits {
        max_store_bytes: 3 * 65536 + 160,
        ..StoreLimits::default()
    });
    // Each limit per object is generous; together they are not.
    let module = Module::from_wat(
        &engine,
        r#"(module (memory (export "m") 2) (table (export "t") 10 funcref)
             (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)
             (func (export "tgrow") (param i32) (result i32)
               ref.null func local.get 0 table.grow 0))"#,
    )
    .unwrap();
    let inst = Instance::new(&mut store, &module, &[]).unwrap();
    assert_eq!(store.allocated_bytes(), 2 * 65536 + 80);
    // A second instance of the same module does not fit.
    match Instance::new(&mut store, &module, &[]) {
        Err(Error::Resource(msg)) => assert!(msg.contains("max_store_bytes"), "{msg}"),
        other => panic!("expected a resource error, got {other:?}"),
    }
    // Its table (created first) stays allocated in the store.
    assert_eq!(store.allocated_bytes(), 2 * 65536 + 160);
    // Growing within the budget works, past it returns -1.
    assert_eq!(
        call(&mut store, inst, "grow", &[Val::I32(2)]).unwrap(),
        vec![Val::I32(-1)]
    );
    assert_eq!(
        call(&mut store, inst, "grow", &[Val::I32(1)]).unwrap(),
        vec![Val::I32(2)]
    );
    assert_eq!(
        call(&mut store, inst, "tgrow", &[Val::I32(1)]).unwrap(),
        vec![Val::I32(-1)]
    );
    assert_eq!(store.allocated_bytes(), 3 * 65536 + 160);
}

#[test]
fn many_small_tables_cannot_add_up() {
    // 60 tables of 10^6 elements each are each within the per-table limit
    // but 480 MB together: over a 100 MB budget, instantiation fails
    // cleanly instead of allocating it all.
    let tables: String = (0..60).map(|_| "(table 1000000 funcref)").collect();
    let (engine, mut store) = store_with(StoreLimits {
        max_store_bytes: 100 << 20,
        ..StoreLimits::default()
    });
    let module = Module::from_wat(&engine, &format!("(module {tables})")).unwrap();
    assert!(matches!(
        Instance::new(&mut store, &module, &[]),
        Err(Error::Resource(_))
    ));
    assert!(store.allocated_bytes() <= 100 << 20);
}

#[test]
fn a_table_that_cannot_be_allocated_is_an_error_not_an_abort() {
    let (_engine, mut store) = store_with(StoreLimits {
        max_table_elements: u32::MAX,
        max_store_bytes: u64::MAX,
        ..StoreLimits::default()
    });
    let ty = |min| TableType {
        element: ValType::FuncRef,
        limits: wasmjit::Limits { min, max: None },
    };
    // 2^32 - 1 elements are 32 GiB: the allocation may succeed lazily (null
    // elements are zeroed pages) or fail, but never aborts.
    match wasmjit::Table::new(&mut store, ty(u32::MAX as u64), Val::FuncRef(None)) {
        Ok(t) => assert_eq!(t.size(&store), u32::MAX),
        Err(Error::Resource(_)) => {}
        Err(e) => panic!("unexpected {e:?}"),
    }
    // Growing by non-null elements must write them all: 32 GiB more than
    // this machine has fails as -1/Resource, not with an abort.
    let small = wasmjit::Table::new(&mut store, ty(1), Val::FuncRef(None)).unwrap();
    let f = Func::new(&mut store, FuncType::new([], []), |_, _, _| Ok(()));
    match small.grow(&mut store, u32::MAX - 1, Val::FuncRef(Some(f))) {
        Ok(old) => assert_eq!(old, 1),
        Err(Error::Resource(_)) => assert_eq!(small.size(&store), 1),
        Err(e) => panic!("unexpected {e:?}"),
    }
}

#[test]
fn default_budget_bounds_a_store() {
    let (s, _) = instance("(module)");
    assert_eq!(s.limits().max_store_bytes, 2 << 30);
}
