//! Reference types and table instructions: `ref.*`, `table.*`, `elem.drop`,
//! typed `select`, and element segments at instantiation.

use wasmjit::{
    Engine, Error, Extern, Instance, Limits, Module, Store, Table, TableType, TrapKind, Val,
    ValType,
};

mod common;
use common::{call, instance};

fn i32s(store: &mut Store, inst: Instance, name: &str, args: &[i32]) -> wasmjit::Result<i32> {
    let args: Vec<Val> = args.iter().map(|&a| Val::I32(a)).collect();
    match call(store, inst, name, &args)?.as_slice() {
        [Val::I32(v)] => Ok(*v),
        other => panic!("{name} returned {other:?}"),
    }
}

fn trap_kind(r: wasmjit::Result<impl std::fmt::Debug>) -> TrapKind {
    match r {
        Err(Error::Trap(t)) => t.kind(),
        other => panic!("expected a trap, got {other:?}"),
    }
}

#[test]
fn ref_null_is_null_and_func() {
    let (mut s, i) = instance(
        r#"(module
        (func $f (result i32) i32.const 7)
        (elem declare func $f)
        (func (export "null-func") (result funcref) ref.null func)
        (func (export "null-extern") (result externref) ref.null extern)
        (func (export "is-null-func") (param funcref) (result i32) local.get 0 ref.is_null)
        (func (export "is-null-extern") (param externref) (result i32) local.get 0 ref.is_null)
        (func (export "ref-f") (result funcref) ref.func $f)
        (func (export "ref-f-is-null") (result i32) ref.func $f ref.is_null)
        (func (export "const-null") (result i32) ref.null extern ref.is_null))"#,
    );
    assert_eq!(
        call(&mut s, i, "null-func", &[]).unwrap(),
        vec![Val::FuncRef(None)]
    );
    assert_eq!(
        call(&mut s, i, "null-extern", &[]).unwrap(),
        vec![Val::ExternRef(None)]
    );
    assert_eq!(
        call(&mut s, i, "is-null-func", &[Val::FuncRef(None)]).unwrap(),
        vec![Val::I32(1)]
    );
    let e = s.extern_ref(5u32);
    assert_eq!(
        call(&mut s, i, "is-null-extern", &[Val::ExternRef(Some(e))]).unwrap(),
        vec![Val::I32(0)]
    );
    assert_eq!(
        call(&mut s, i, "is-null-extern", &[Val::ExternRef(None)]).unwrap(),
        vec![Val::I32(1)]
    );
    let f = match call(&mut s, i, "ref-f", &[]).unwrap()[0] {
        Val::FuncRef(Some(f)) => f,
        ref v => panic!("ref.func gave {v:?}"),
    };
    assert_eq!(f.call(&mut s, &[]).unwrap(), vec![Val::I32(7)]);
    assert_eq!(i32s(&mut s, i, "ref-f-is-null", &[]).unwrap(), 0);
    assert_eq!(i32s(&mut s, i, "const-null", &[]).unwrap(), 1);
}

#[test]
fn typed_select_of_references() {
    let (mut s, i) = instance(
        r#"(module
        (func (export "sel") (param externref externref i32) (result externref)
            local.get 0 local.get 1 local.get 2 select (result externref))
        (func (export "sel-cmp") (param externref i32) (result externref)
            local.get 0 ref.null extern local.get 1 i32.const 3 i32.lt_u select (result externref)))"#,
    );
    let a = s.extern_ref("a");
    let b = s.extern_ref("b");
    let (va, vb) = (Val::ExternRef(Some(a)), Val::ExternRef(Some(b)));
    assert_eq!(
        call(&mut s, i, "sel", &[va, vb, Val::I32(1)]).unwrap(),
        vec![va]
    );
    assert_eq!(
        call(&mut s, i, "sel", &[va, vb, Val::I32(0)]).unwrap(),
        vec![vb]
    );
    assert_eq!(
        call(&mut s, i, "sel-cmp", &[va, Val::I32(1)]).unwrap(),
        vec![va]
    );
    assert_eq!(
        call(&mut s, i, "sel-cmp", &[va, Val::I32(9)]).unwrap(),
        vec![Val::ExternRef(None)]
    );
}

const TABLE_OPS: &str = r#"(module
    (type $ii (func (result i32)))
    (func $one (result i32) i32.const 1)
    (func $two (result i32) i32.const 2)
    (func $three (result i32) i32.const 3)
    (table $t 4 funcref)
    (table $e (export "externs") 2 5 externref)
    (elem (table $t) (i32.const 1) func $one $two)
    (elem $p func $three $two $one)
    (elem $d declare func $three)
    (func (export "size") (result i32) table.size $t)
    (func (export "size-e") (result i32) table.size $e)
    (func (export "call") (param i32) (result i32) local.get 0 call_indirect $t (type $ii))
    (func (export "is-null") (param i32) (result i32) local.get 0 table.get $t ref.is_null)
    (func (export "get-e") (param i32) (result externref) local.get 0 table.get $e)
    (func (export "set-e") (param i32 externref) local.get 0 local.get 1 table.set $e)
    (func (export "set-null") (param i32) local.get 0 ref.null func table.set $t)
    (func (export "set-three") (param i32) local.get 0 ref.func $three table.set $t)
    (func (export "copy-e-const") (table.set $e (i32.const 1) (table.get $e (i32.const 0))))
    (func (export "grow") (param i32) (result i32) ref.null func local.get 0 table.grow $t)
    (func (export "grow-e") (param externref i32) (result i32) local.get 0 local.get 1 table.grow $e)
    (func (export "fill") (param i32 i32) local.get 0 ref.func $three local.get 1 table.fill $t)
    (func (export "fill-null") (param i32 i32) local.get 0 ref.null func local.get 1 table.fill $t)
    (func (export "copy") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 table.copy $t $t)
    (func (export "init") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 table.init $t $p)
    (func (export "drop") elem.drop $p)
    (func (export "init-active") (param i32) local.get 0 i32.const 0 i32.const 1 table.init $t 0)
    (func (export "init-declared") (param i32) local.get 0 i32.const 0 i32.const 0 table.init $t $d))"#;

/// Values returned by calling table `$t` at each index (0 = null element).
fn contents(s: &mut Store, i: Instance) -> Vec<i32> {
    let n = i32s(s, i, "size", &[]).unwrap();
    (0..n)
        .map(|k| match i32s(s, i, "call", &[k]) {
            Ok(v) => v,
            Err(Error::Trap(t)) if t.kind() == TrapKind::IndirectCallToNull => 0,
            Err(e) => panic!("call {k}: {e}"),
        })
        .collect()
}

#[test]
fn get_set_size_and_bounds() {
    let (mut s, i) = instance(TABLE_OPS);
    assert_eq!(i32s(&mut s, i, "size", &[]).unwrap(), 4);
    assert_eq!(i32s(&mut s, i, "size-e", &[]).unwrap(), 2);
    assert_eq!(contents(&mut s, i), vec![0, 1, 2, 0]);
    assert_eq!(i32s(&mut s, i, "is-null", &[0]).unwrap(), 1);
    assert_eq!(i32s(&mut s, i, "is-null", &[2]).unwrap(), 0);
    call(&mut s, i, "set-three", &[Val::I32(3)]).unwrap();
    call(&mut s, i, "set-three", &[Val::I32(0)]).unwrap();
    call(&mut s, i, "set-null", &[Val::I32(1)]).unwrap();
    assert_eq!(contents(&mut s, i), vec![3, 0, 2, 3]);

    let x = s.extern_ref(42u64);
    call(&mut s, i, "set-e", &[Val::I32(0), Val::ExternRef(Some(x))]).unwrap();
    call(&mut s, i, "copy-e-const", &[]).unwrap();
    assert_eq!(
        call(&mut s, i, "get-e", &[Val::I32(1)]).unwrap(),
        vec![Val::ExternRef(Some(x))]
    );
    let table = match i.get_export(&s, "externs").unwrap() {
        Extern::Table(t) => t,
        e => panic!("{e:?}"),
    };
    assert_eq!(table.get(&s, 0), Some(Val::ExternRef(Some(x))));

    for (name, args) in [
        ("is-null", vec![Val::I32(4)]),
        ("is-null", vec![Val::I32(-1)]),
        ("get-e", vec![Val::I32(2)]),
        ("set-e", vec![Val::I32(2), Val::ExternRef(None)]),
        ("set-null", vec![Val::I32(4)]),
    ] {
        let k = trap_kind(call(&mut s, i, name, &args));
        assert_eq!(k, TrapKind::BulkOutOfBounds, "{name} {args:?}");
        assert_eq!(k.message(), "out of bounds table access");
    }
    assert_eq!(
        trap_kind(call(&mut s, i, "call", &[Val::I32(4)])).message(),
        "undefined element"
    );
}

#[test]
fn grow_respects_maximum() {
    let (mut s, i) = instance(TABLE_OPS);
    assert_eq!(i32s(&mut s, i, "grow", &[2]).unwrap(), 4);
    assert_eq!(i32s(&mut s, i, "size", &[]).unwrap(), 6);
    assert_eq!(contents(&mut s, i), vec![0, 1, 2, 0, 0, 0]);
    assert_eq!(i32s(&mut s, i, "grow", &[0]).unwrap(), 6);
    assert_eq!(i32s(&mut s, i, "grow", &[-16]).unwrap(), -1);
    assert_eq!(i32s(&mut s, i, "size", &[]).unwrap(), 6);

    let x = s.extern_ref(());
    let vx = Val::ExternRef(Some(x));
    let grow_e = |s: &mut Store, n: i32| match call(s, i, "grow-e", &[vx, Val::I32(n)])
        .unwrap()
        .as_slice()
    {
        [Val::I32(v)] => *v,
        r => panic!("{r:?}"),
    };
    assert_eq!(grow_e(&mut s, 4), -1, "2 + 4 exceeds the maximum 5");
    assert_eq!(grow_e(&mut s, 3), 2);
    assert_eq!(grow_e(&mut s, 1), -1);
    assert_eq!(
        call(&mut s, i, "get-e", &[Val::I32(4)]).unwrap(),
        vec![vx],
        "new elements take the init value"
    );
    assert_eq!(
        call(&mut s, i, "get-e", &[Val::I32(1)]).unwrap(),
        vec![Val::ExternRef(None)]
    );
}

#[test]
fn fill_copy_and_traps_without_partial_writes() {
    let (mut s, i) = instance(TABLE_OPS);
    call(&mut s, i, "fill", &[Val::I32(2), Val::I32(2)]).unwrap();
    assert_eq!(contents(&mut s, i), vec![0, 1, 3, 3]);
    call(&mut s, i, "fill", &[Val::I32(4), Val::I32(0)]).unwrap();
    let k = trap_kind(call(&mut s, i, "fill", &[Val::I32(5), Val::I32(0)]));
    assert_eq!(k.message(), "out of bounds table access");
    let k = trap_kind(call(&mut s, i, "fill-null", &[Val::I32(1), Val::I32(4)]));
    assert_eq!(k.message(), "out of bounds table access");
    assert_eq!(contents(&mut s, i), vec![0, 1, 3, 3], "nothing written");

    // Overlapping copies in both directions.
    call(&mut s, i, "copy", &[Val::I32(0), Val::I32(1), Val::I32(3)]).unwrap();
    assert_eq!(contents(&mut s, i), vec![1, 3, 3, 3]);
    call(&mut s, i, "fill-null", &[Val::I32(1), Val::I32(1)]).unwrap();
    call(&mut s, i, "copy", &[Val::I32(1), Val::I32(0), Val::I32(3)]).unwrap();
    assert_eq!(contents(&mut s, i), vec![1, 1, 0, 3]);
    call(&mut s, i, "copy", &[Val::I32(4), Val::I32(0), Val::I32(0)]).unwrap();
    for args in [[2, 0, 3], [0, 2, 3], [5, 0, 0], [0, 5, 0], [0, 0, -1]] {
        let args: Vec<Val> = args.iter().map(|&a| Val::I32(a)).collect();
        assert_eq!(
            trap_kind(call(&mut s, i, "copy", &args)),
            TrapKind::BulkOutOfBounds
        );
    }
    assert_eq!(contents(&mut s, i), vec![1, 1, 0, 3], "nothing written");
}

#[test]
fn passive_segments_init_and_drop() {
    let (mut s, i) = instance(TABLE_OPS);
    call(&mut s, i, "init", &[Val::I32(0), Val::I32(1), Val::I32(2)]).unwrap();
    assert_eq!(contents(&mut s, i), vec![2, 1, 2, 0]);
    // Out of bounds in the segment or the table: trap, nothing written.
    for args in [[2, 0, 3], [0, 2, 2], [5, 0, 0], [0, 4, 0]] {
        let args: Vec<Val> = args.iter().map(|&a| Val::I32(a)).collect();
        assert_eq!(
            trap_kind(call(&mut s, i, "init", &args)),
            TrapKind::BulkOutOfBounds
        );
    }
    assert_eq!(contents(&mut s, i), vec![2, 1, 2, 0]);
    call(&mut s, i, "init", &[Val::I32(4), Val::I32(3), Val::I32(0)]).unwrap();
    call(&mut s, i, "drop", &[]).unwrap();
    call(&mut s, i, "drop", &[]).unwrap();
    // A dropped segment is empty: only zero-length inits at offset 0 pass.
    call(&mut s, i, "init", &[Val::I32(0), Val::I32(0), Val::I32(0)]).unwrap();
    assert_eq!(
        trap_kind(call(
            &mut s,
            i,
            "init",
            &[Val::I32(0), Val::I32(0), Val::I32(1)]
        )),
        TrapKind::BulkOutOfBounds
    );
    assert_eq!(
        trap_kind(call(
            &mut s,
            i,
            "init",
            &[Val::I32(0), Val::I32(1), Val::I32(0)]
        )),
        TrapKind::BulkOutOfBounds
    );
    // Active and declarative segments are dropped by instantiation.
    assert_eq!(
        trap_kind(call(&mut s, i, "init-active", &[Val::I32(0)])),
        TrapKind::BulkOutOfBounds
    );
    call(&mut s, i, "init-declared", &[Val::I32(0)]).unwrap();
    assert_eq!(contents(&mut s, i), vec![2, 1, 2, 0]);
}

#[test]
fn active_segments_apply_in_order_and_keep_earlier_writes() {
    let engine = Engine::default();
    let mut s = Store::new(&engine);
    let table = Table::new(
        &mut s,
        TableType {
            element: ValType::FuncRef,
            limits: Limits { min: 3, max: None },
        },
        Val::FuncRef(None),
    )
    .unwrap();
    let module = Module::from_wat(
        &engine,
        r#"(module
        (import "m" "t" (table 3 funcref))
        (memory 1)
        (func $a (result i32) i32.const 10)
        (func $b (result i32) i32.const 20)
        (elem (i32.const 0) $a)
        (elem (i32.const 1) $b $b)
        (elem (i32.const 2) $a $a)
        (data (i32.const 0) "x"))"#,
    )
    .unwrap();
    let err = Instance::new(&mut s, &module, &[Extern::Table(table)]).unwrap_err();
    assert!(
        err.to_string().contains("out of bounds table access"),
        "{err}"
    );
    let called: Vec<Option<i32>> = (0..3)
        .map(|k| match table.get(&s, k).unwrap() {
            Val::FuncRef(Some(f)) => match f.call(&mut s, &[]).unwrap()[0] {
                Val::I32(v) => Some(v),
                ref v => panic!("{v:?}"),
            },
            _ => None,
        })
        .collect();
    assert_eq!(called, vec![Some(10), Some(20), Some(20)]);

    // Two tables: segments go to the table they name.
    let (mut s, i) = instance(
        r#"(module
        (table $t0 1 funcref)
        (table $t1 2 funcref)
        (func $f (result i32) i32.const 5)
        (elem (table $t1) (i32.const 1) func $f)
        (func (export "t0") (param i32) (result i32) local.get 0 table.get $t0 ref.is_null)
        (func (export "t1") (param i32) (result i32) local.get 0 table.get $t1 ref.is_null)
        (func (export "copy") (table.copy $t0 $t1 (i32.const 0) (i32.const 1) (i32.const 1)))
        (func (export "grow1") (result i32) (table.grow $t1 (ref.null func) (i32.const 3))))"#,
    );
    assert_eq!(i32s(&mut s, i, "t0", &[0]).unwrap(), 1);
    assert_eq!(i32s(&mut s, i, "t1", &[1]).unwrap(), 0);
    call(&mut s, i, "copy", &[]).unwrap();
    assert_eq!(i32s(&mut s, i, "t0", &[0]).unwrap(), 0);
    assert_eq!(i32s(&mut s, i, "grow1", &[]).unwrap(), 2);
    assert_eq!(i32s(&mut s, i, "t1", &[4]).unwrap(), 1);
    assert_eq!(
        trap_kind(call(&mut s, i, "t0", &[Val::I32(1)])),
        TrapKind::BulkOutOfBounds
    );
}

#[test]
fn values_survive_helper_calls() {
    // Live registers (integers and floats) are spilled around helpers.
    let (mut s, i) = instance(
        r#"(module
        (table 2 funcref)
        (memory 1)
        (func (export "f") (param i32) (result i32)
            (i32.add (i32.mul (local.get 0) (i32.const 3))
                (i32.add (table.grow (ref.null func) (i32.const 1))
                    (block (result i32)
                        (memory.fill (i32.const 0) (i32.const 1) (i32.const 4))
                        (i32.load (i32.const 0)))))))"#,
    );
    assert_eq!(i32s(&mut s, i, "f", &[5]).unwrap(), 15 + 2 + 0x0101_0101);
}
