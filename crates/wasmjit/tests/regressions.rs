//! Regression tests from fuzzing (`fuzz/`): each case is a minimized module
//! whose behaviour once diverged between wasmjit and the oracle, with the
//! result the spec requires.

use wasmjit::{Engine, Instance, Module, Store, Val};

fn call(wat: &str, name: &str, args: &[Val]) -> Vec<Val> {
    let engine = Engine::default();
    let module = Module::from_wat(&engine, wat).unwrap();
    let mut store = Store::new(&engine);
    let inst = Instance::new(&mut store, &module, &[]).unwrap();
    let f = inst.get_func(&store, name).unwrap();
    f.call(&mut store, args).unwrap()
}

/// Differential run, iteration 1039: after a `br` out of a block, `select`
/// whose condition and second operand read the local it then overwrites.
/// `eqz 0` is 1, so `select` yields its first operand, 1 (spec §4.4.4
/// `select`). The oracle (wasmi 2.0.0) returned 0; wasmjit was right, and
/// this pins it.
#[test]
fn select_reading_the_local_it_overwrites_after_a_branch() {
    let wat = r#"(module (memory 1)
      (func (export "f") (param i32) (result i32) (local i32)
        block
          block memory.size br 1 end
          i32.const 0 local.set 1
        end
        i32.const 1 local.get 1 local.get 1 i32.eqz select local.set 1
        local.get 1 local.get 0 i32.add))"#;
    assert_eq!(call(wat, "f", &[Val::I32(0)]), vec![Val::I32(1)]);
    assert_eq!(call(wat, "f", &[Val::I32(41)]), vec![Val::I32(42)]);
}
