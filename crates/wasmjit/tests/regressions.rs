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

/// Differential run on i686, iteration 114: `i64.clz` of a value whose
/// high half is zero, its result in the registers of its operand (an
/// `i64.and` result). The ia32
/// backend counted the high half into the low half's register and then
/// counted that count (58 for every such value). Spec §4.3.2 `iclz`.
#[test]
fn i64_counts_whose_result_reuses_the_operand_registers() {
    let wat = r#"(module
      (func (export "clz") (param i64) (result i64)
        local.get 0 local.get 0 i64.and i64.clz)
      (func (export "ctz") (param i64) (result i64)
        local.get 0 local.get 0 i64.and i64.ctz)
      (func (export "ctz_clz") (param i64) (result i64) local.get 0 i64.ctz i64.clz))"#;
    let cases: [(&str, i64, i64); 10] = [
        ("clz", 0, 64),
        ("clz", 1, 63),
        ("clz", 64, 57),
        ("clz", 1 << 32, 31),
        ("clz", -1, 0),
        ("ctz", 0, 64),
        ("ctz", 1 << 32, 32),
        ("ctz", 1 << 63, 63),
        ("ctz", 6, 1),
        ("ctz_clz", 0, 57),
    ];
    for (f, x, want) in cases {
        assert_eq!(
            call(wat, f, &[Val::I64(x)]),
            vec![Val::I64(want)],
            "{f}({x})"
        );
    }
}
