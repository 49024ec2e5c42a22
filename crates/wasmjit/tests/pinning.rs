//! Locals pinned to registers (loop-heavy locals): every way a pinned local
//! of each type is read and written must see its current value.

use wasmjit::{Engine, Extern, Instance, Module, Store, Val};

#[test]
fn pinned_float_and_int_locals_in_every_use() {
    let engine = Engine::default();
    let module = Module::from_wat(
        &engine,
        r#"(module (memory 1)
        (global $g (export "g") (mut f64) (f64.const 0))
        (global $bits (export "bits") (mut i64) (i64.const 0))
        (func $id (param f64) (result f64) local.get 0)
        (func (export "f") (param $n i32) (result f64) (local $x f64) (local $y f32) (local $i i32)
            f64.const 1.5 local.set $x
            f32.const 2 local.set $y
            loop
                ;; float arithmetic, promotion, a call in the loop (save/restore)
                local.get $x local.get $y f64.promote_f32 f64.mul call $id local.set $x
                local.get $y f32.const 0.5 f32.add local.set $y
                ;; a pinned float stored to memory, to a global, reinterpreted
                local.get $i i32.const 3 i32.shl local.get $x f64.store
                local.get $x global.set $g
                local.get $x i64.reinterpret_f64 global.set $bits
                local.get $i i32.const 1 i32.add local.tee $i
                local.get $n i32.lt_s br_if 0
            end
            local.get $x local.get $i i32.const 1 i32.sub i32.const 3 i32.shl f64.load f64.sub))"#,
    )
    .unwrap();
    let mut s = Store::new(&engine);
    let inst = Instance::new(&mut s, &module, &[]).unwrap();
    let f = inst.get_func(&s, "f").unwrap();
    let (mut x, mut y) = (1.5f64, 2.0f32);
    for _ in 0..5 {
        x *= y as f64;
        y += 0.5;
    }
    assert_eq!(
        f.call(&mut s, &[Val::I32(5)]).unwrap(),
        vec![Val::from_f64(0.0)]
    );
    let Some(Extern::Global(g)) = inst.get_export(&s, "g") else {
        panic!("no global")
    };
    assert_eq!(g.get(&s), Val::from_f64(x));
    let Some(Extern::Global(bits)) = inst.get_export(&s, "bits") else {
        panic!("no global")
    };
    assert_eq!(bits.get(&s), Val::I64(x.to_bits() as i64));
}
