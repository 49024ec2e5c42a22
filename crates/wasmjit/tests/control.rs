//! Control flow, locals, memory and calls on small modules, checked against
//! values computed by hand.

use wasmjit::{Error, Instance, Store, TrapKind, Val};

mod common;
use common::instance;

fn run(s: &mut Store, i: Instance, name: &str, args: &[Val]) -> Vec<Val> {
    i.get_func(s, name).unwrap().call(s, args).unwrap()
}

#[test]
fn loops_and_br_table() {
    let (mut s, i) = instance(
        r#"(module
        (func (export "sum") (param i32) (result i32) (local i32)
            block loop
                local.get 0 i32.eqz br_if 1
                local.get 1 local.get 0 i32.add local.set 1
                local.get 0 i32.const 1 i32.sub local.set 0
                br 0
            end end
            local.get 1)
        (func (export "switch") (param i32) (result i32)
            block block block block
                local.get 0 br_table 0 1 2 3
            end i32.const 10 return
            end i32.const 11 return
            end i32.const 12 return
            end i32.const 101)
        (func (export "switch_val") (param i32) (result i32)
            block (result i32) block (result i32)
                i32.const 7 local.get 0 br_table 0 1 0
            end i32.const 100 i32.add end)
        (func (export "gcd") (param i32 i32) (result i32) (local i32)
            block loop
                local.get 1 i32.eqz br_if 1
                local.get 0 local.get 1 i32.rem_u local.set 2
                local.get 1 local.set 0
                local.get 2 local.set 1
                br 0
            end end local.get 0))"#,
    );
    assert_eq!(
        run(&mut s, i, "sum", &[Val::I32(100)]),
        vec![Val::I32(5050)]
    );
    for (x, want) in [(0, 10), (1, 11), (2, 12), (3, 101), (7, 101), (-1, 101)] {
        assert_eq!(
            run(&mut s, i, "switch", &[Val::I32(x)]),
            vec![Val::I32(want)],
            "switch({x})"
        );
    }
    for (x, want) in [(0, 107), (1, 7), (2, 107), (-5, 107)] {
        assert_eq!(
            run(&mut s, i, "switch_val", &[Val::I32(x)]),
            vec![Val::I32(want)],
            "switch_val({x})"
        );
    }
    assert_eq!(
        run(&mut s, i, "gcd", &[Val::I32(1071), Val::I32(462)]),
        vec![Val::I32(21)]
    );
}

#[test]
fn multi_value_blocks_and_calls() {
    let (mut s, i) = instance(
        r#"(module
        (func $swap (param i32 i64) (result i64 i32) local.get 1 local.get 0)
        (func (export "f") (param i32 i64) (result i64 i32 i32)
            local.get 0 local.get 1 call $swap
            block (param i64 i32) (result i64 i32 i32) local.get 0 end)
        (func (export "if_params") (param i32) (result i32)
            i32.const 5 local.get 0
            if (param i32) (result i32) i32.const 1 i32.add else i32.const 2 i32.mul end))"#,
    );
    assert_eq!(
        run(&mut s, i, "f", &[Val::I32(7), Val::I64(-9)]),
        vec![Val::I64(-9), Val::I32(7), Val::I32(7)]
    );
    assert_eq!(
        run(&mut s, i, "if_params", &[Val::I32(1)]),
        vec![Val::I32(6)]
    );
    assert_eq!(
        run(&mut s, i, "if_params", &[Val::I32(0)]),
        vec![Val::I32(10)]
    );
}

#[test]
fn memory_globals_and_select() {
    let (mut s, i) = instance(
        r#"(module (memory 1 2)
        (global $g (mut i64) (i64.const 5))
        (data (i32.const 16) "\01\02\03\04\ff")
        (func (export "load8s") (param i32) (result i32) local.get 0 i32.load8_s offset=16)
        (func (export "roundtrip") (param i32 i64) (result i64)
            local.get 0 local.get 1 i64.store offset=3 local.get 0 i64.load offset=3)
        (func (export "bump") (result i64) global.get $g i64.const 1 i64.add global.set $g global.get $g)
        (func (export "max") (param i32 i32) (result i32)
            local.get 0 local.get 1 local.get 0 local.get 1 i32.gt_s select)
        (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)
        (func (export "size") (result i32) memory.size))"#,
    );
    assert_eq!(run(&mut s, i, "load8s", &[Val::I32(4)]), vec![Val::I32(-1)]);
    assert_eq!(run(&mut s, i, "load8s", &[Val::I32(1)]), vec![Val::I32(2)]);
    assert_eq!(
        run(
            &mut s,
            i,
            "roundtrip",
            &[Val::I32(1000), Val::I64(-0x1234_5678_9abc)]
        ),
        vec![Val::I64(-0x1234_5678_9abc)]
    );
    assert_eq!(run(&mut s, i, "bump", &[]), vec![Val::I64(6)]);
    assert_eq!(run(&mut s, i, "bump", &[]), vec![Val::I64(7)]);
    assert_eq!(
        run(&mut s, i, "max", &[Val::I32(-3), Val::I32(2)]),
        vec![Val::I32(2)]
    );
    assert_eq!(
        run(&mut s, i, "max", &[Val::I32(9), Val::I32(2)]),
        vec![Val::I32(9)]
    );
    assert_eq!(run(&mut s, i, "grow", &[Val::I32(1)]), vec![Val::I32(1)]);
    assert_eq!(run(&mut s, i, "grow", &[Val::I32(1)]), vec![Val::I32(-1)]);
    assert_eq!(run(&mut s, i, "size", &[]), vec![Val::I32(2)]);
    // The grown page is accessible, the next one traps.
    assert_eq!(
        run(&mut s, i, "roundtrip", &[Val::I32(70000), Val::I64(3)]),
        vec![Val::I64(3)]
    );
    let f = i.get_func(&s, "load8s").unwrap();
    match f.call(&mut s, &[Val::I32(131072 - 16)]) {
        Err(Error::Trap(t)) => assert_eq!(t.kind(), TrapKind::MemoryOutOfBounds),
        other => panic!("expected a trap, got {other:?}"),
    }
}

#[test]
fn call_indirect_checks_signature_and_bounds() {
    let (mut s, i) = instance(
        r#"(module
        (type $ii (func (param i32) (result i32)))
        (table 3 funcref)
        (elem (i32.const 0) $inc $dbl)
        (func $inc (type $ii) local.get 0 i32.const 1 i32.add)
        (func $dbl (param i64) (result i64) local.get 0 i64.const 2 i64.mul)
        (func (export "call") (param i32 i32) (result i32)
            local.get 1 local.get 0 call_indirect (type $ii)))"#,
    );
    assert_eq!(
        run(&mut s, i, "call", &[Val::I32(0), Val::I32(41)]),
        vec![Val::I32(42)]
    );
    let f = i.get_func(&s, "call").unwrap();
    for (idx, kind) in [
        (1, TrapKind::BadSignature),
        (2, TrapKind::IndirectCallToNull),
        (3, TrapKind::TableOutOfBounds),
    ] {
        match f.call(&mut s, &[Val::I32(idx), Val::I32(0)]) {
            Err(Error::Trap(t)) => assert_eq!(t.kind(), kind, "index {idx}"),
            other => panic!("expected a trap, got {other:?}"),
        }
    }
}

/// `if`s whose then arm cannot fall through keep the values below them in
/// registers (compiler/control.rs, `if_never_merges`): both edges, an else
/// arm, a then arm that branches out to an enclosing block with a value,
/// a then arm that spills (a call) and nested ones, each checked by value.
#[test]
fn ifs_that_never_merge() {
    let (mut s, i) = instance(
        r#"(module
        (func $id (param i32) (result i32) local.get 0)
        (func (export "guard") (param i32 i32) (result i32)
            local.get 0 i32.const 3 i32.mul
            local.get 0 local.get 1 i32.add
            local.get 1 i32.const 100 i32.gt_u if unreachable end
            i32.mul)
        (func (export "else_arm") (param i32 i32) (result i32)
            local.get 0 i32.const 7 i32.add
            local.get 1
            if unreachable else local.get 0 i32.const 2 i32.mul local.set 0 end
            local.get 0 i32.add)
        (func (export "out") (param i32 i32) (result i32)
            block (result i32)
                local.get 0 i32.const 5 i32.add
                local.get 1
                if
                    local.get 1 call $id local.get 0 i32.add
                    br 1
                end
                local.get 0 i32.mul
            end)
        (func (export "nested") (param i32 i32) (result i32)
            local.get 0 i32.const 1 i32.add
            local.get 1 i32.const 1 i32.and
            if
                local.get 1 i32.const 2 i32.and
                if i32.const 1000 return end
                i32.const 2000 return
            end
            local.get 0 i32.const 2 i32.add
            local.get 1 i32.const 4 i32.and
            if i32.const 3000 return end
            i32.mul))"#,
    );
    let call = |s: &mut Store, name: &str, a: i32, b: i32| -> Result<i32, TrapKind> {
        let f = i.get_func(s, name).unwrap();
        match f.call(s, &[Val::I32(a), Val::I32(b)]) {
            Ok(v) => match v[..] {
                [Val::I32(x)] => Ok(x),
                ref other => panic!("{name}: {other:?}"),
            },
            Err(Error::Trap(t)) => Err(t.kind()),
            Err(e) => panic!("{e}"),
        }
    };
    assert_eq!(call(&mut s, "guard", 4, 5), Ok(12 * 9));
    assert_eq!(call(&mut s, "guard", 4, 101), Err(TrapKind::Unreachable));
    assert_eq!(call(&mut s, "else_arm", 4, 0), Ok(11 + 8));
    assert_eq!(call(&mut s, "else_arm", 4, 1), Err(TrapKind::Unreachable));
    assert_eq!(call(&mut s, "out", 3, 0), Ok(8 * 3));
    assert_eq!(call(&mut s, "out", 3, 10), Ok(13));
    assert_eq!(call(&mut s, "nested", 3, 0), Ok(4 * 5));
    assert_eq!(call(&mut s, "nested", 3, 1), Ok(2000));
    assert_eq!(call(&mut s, "nested", 3, 3), Ok(1000));
    assert_eq!(call(&mut s, "nested", 3, 4), Ok(3000));
}
