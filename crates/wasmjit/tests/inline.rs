//! Small callees compiled inline at their calls (`compiler/inline.rs`):
//! the results are those of real calls, in every way a callee can end
//! (falling off its end, an early `return`, a trap), and a trap inside an
//! inlined callee still shows the callee's frame, then the caller's, in
//! its backtrace, also after `Module::serialize` / `deserialize`.

use wasmjit::{Engine, Error, Instance, Module, Store, TrapKind, Val};

const WAT: &str = r#"(module
  (memory 1)
  (data (i32.const 64) "\00\00\80\3f\00\00\00\40\00\00\40\40")
  (func $get (param $arr i32) (param $i i32) (result f32)
    local.get $arr local.get $i i32.const 2 i32.shl i32.add f32.load)
  (func $clamp (param $x i32) (result i32) (local $t i32)
    local.get $x i32.const 0 i32.lt_s if i32.const 0 return end
    local.get $x i32.const 2 i32.gt_s if i32.const 2 local.set $x end
    local.get $x local.tee $t local.get $t i32.add i32.const 1 i32.shr_u)
  (func $at (param $t i32) (result f32)
    i32.const 64 local.get $t call $clamp call $get)
  (func (export "sum") (param $a i32) (param $b i32) (result f32)
    local.get $a call $at local.get $b call $at f32.add)
  (func $div (param i32 i32) (result i32)
    local.get 1 i32.eqz if unreachable end
    local.get 0 local.get 1 i32.div_u)
  (func (export "ratio") (param i32 i32) (result i32)
    local.get 0 local.get 1 call $div i32.const 1 i32.add)
  (func $load (param i32) (result i32) local.get 0 i32.load)
  (func $twice_load (param i32) (result i32)
    local.get 0 call $load local.get 0 call $load i32.add)
  (func (export "peek") (param i32) (result i32)
    i32.const 7 local.get 0 call $twice_load i32.add)
  (func $deep (param i32) (result i32)
    loop end local.get 0 i32.const 0 i32.div_s)
  (func $via (param i32) (result i32) local.get 0 call $deep)
  (func (export "through") (param i32) (result i32) local.get 0 call $via)
  (func $count (param $n i32) (result i32) (local $acc i32)
    block
      local.get $n i32.eqz br_if 0
      local.get $n local.get $acc i32.add local.set $acc
      local.get $n i32.const 1 i32.sub local.tee $n
      local.get $acc i32.add return
    end
    local.get $acc i32.const 100 i32.add)
  (func (export "counts") (param i32) (result i32)
    local.get 0 call $count i32.const 0 call $count local.get 0 call $count i32.add i32.add)
)"#;

fn frames(r: Result<Vec<Val>, Error>) -> (TrapKind, Vec<u32>) {
    match r {
        Err(Error::Trap(t)) => (t.kind(), t.frames().iter().map(|f| f.func_index).collect()),
        other => panic!("expected a trap, got {other:?}"),
    }
}

fn check(module: &Module, engine: &Engine) {
    let mut store = Store::new(engine);
    let inst = Instance::new(&mut store, module, &[]).unwrap();
    let mut call =
        |name: &str, args: &[Val]| inst.get_func(&store, name).unwrap().call(&mut store, args);
    let f32s = |v: Vec<Val>| match v[..] {
        [Val::F32(b)] => f32::from_bits(b),
        _ => panic!("{v:?}"),
    };
    // clamp(a) -> 0..=2, then (x + x) >> 1 = x; the f32s are 1, 2, 3.
    for (a, b, sum) in [(0, 1, 3.0), (-5, 9, 4.0), (2, 1, 5.0)] {
        assert_eq!(f32s(call("sum", &[Val::I32(a), Val::I32(b)]).unwrap()), sum);
    }
    assert_eq!(
        call("ratio", &[Val::I32(7), Val::I32(2)]).unwrap(),
        [Val::I32(4)]
    );
    assert_eq!(call("counts", &[Val::I32(5)]).unwrap(), [Val::I32(118)]);
    assert_eq!(
        call("peek", &[Val::I32(64)]).unwrap(),
        [Val::I32(7 + 2 * 0x3f80_0000)]
    );

    // A trap in an inlined callee: the callee ($div, 4), then the caller (5).
    assert_eq!(
        frames(call("ratio", &[Val::I32(7), Val::I32(0)])),
        (TrapKind::Unreachable, vec![4, 5])
    );
    // A fault two levels down: $load (6) in $twice_load (7) in peek (8).
    assert_eq!(
        frames(call("peek", &[Val::I32(65534)])),
        (TrapKind::MemoryOutOfBounds, vec![6, 7, 8])
    );
    // A real call from an inlined body: $deep (9) is called from $via (10),
    // inlined into through (11).
    assert_eq!(
        frames(call("through", &[Val::I32(1)])),
        (TrapKind::IntegerDivisionByZero, vec![9, 10, 11])
    );
}

#[test]
fn inlined_callees_compute_what_calls_do_and_traps_name_them() {
    let engine = Engine::default();
    let module = Module::from_wat(&engine, WAT).unwrap();
    check(&module, &engine);
    let other = Engine::default();
    let loaded = Module::deserialize(&other, &module.serialize()).unwrap();
    check(&loaded, &other);
}
