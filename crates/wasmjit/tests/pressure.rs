//! Register pressure, many parameters and results, and dead code: the
//! allocator spills and reloads without losing values.

use wasmjit::Val;

mod common;
use common::instance;

#[test]
fn deep_operand_stack_spills_and_reloads() {
    // Push 40 distinct values computed in registers, then fold them with
    // a mix of operators; compare with the same computation in Rust.
    let n = 40;
    let mut body = String::new();
    for k in 0..n {
        body += &format!(
            "local.get 0 i32.const {} i32.mul i32.const {k} i32.xor\n",
            k + 3
        );
    }
    for k in 0..n - 1 {
        body += if k % 3 == 0 {
            "i32.add\n"
        } else if k % 3 == 1 {
            "i32.sub\n"
        } else {
            "i32.xor\n"
        };
    }
    let (mut s, i) = instance(&format!(
        "(module (func (export \"f\") (param i32) (result i32) {body}))"
    ));
    for x in [0i32, 1, -5, 123456, i32::MAX] {
        let vals: Vec<i32> = (0..n).map(|k| x.wrapping_mul(k + 3) ^ k).collect();
        // Operators apply from the top of the stack down.
        let mut stack = vals.clone();
        for k in 0..n - 1 {
            let b = stack.pop().unwrap();
            let a = stack.pop().unwrap();
            stack.push(match k % 3 {
                0 => a.wrapping_add(b),
                1 => a.wrapping_sub(b),
                _ => a ^ b,
            });
        }
        let f = i.get_func(&s, "f").unwrap();
        assert_eq!(
            f.call(&mut s, &[Val::I32(x)]).unwrap(),
            vec![Val::I32(stack[0])],
            "x = {x}"
        );
    }
}

#[test]
fn many_params_results_and_locals() {
    let n = 20;
    let params = "i64 ".repeat(n);
    let mut body = String::new();
    for k in (0..n).rev() {
        body += &format!("local.get {k} local.get {} i64.add\n", n + (k % 5));
    }
    let wat = format!(
        "(module
        (func $rev (param {params}) (result {params}) (local i64 i64 i64 i64 i64)
            i64.const 100 local.set {n} i64.const 200 local.set {} i64.const 300 local.set {}
            {body})
        (func (export \"f\") (param {params}) (result {params})
            {gets} call $rev))",
        n + 1,
        n + 2,
        gets = (0..n)
            .map(|k| format!("local.get {k} "))
            .collect::<String>(),
    );
    let (mut s, i) = instance(&wat);
    let args: Vec<Val> = (0..n as i64).map(|k| Val::I64(k * 1000 + 1)).collect();
    let f = i.get_func(&s, "f").unwrap();
    let got = f.call(&mut s, &args).unwrap();
    let extra = |k: usize| match k % 5 {
        0 => 100,
        1 => 200,
        2 => 300,
        _ => 0,
    };
    let want: Vec<Val> = (0..n)
        .rev()
        .map(|k| Val::I64(k as i64 * 1000 + 1 + extra(k)))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn dead_code_after_branches() {
    let (mut s, i) = instance(
        r#"(module
        (func (export "f") (param i32) (result i32)
            block (result i32)
                i32.const 1 local.get 0 br_if 0 drop
                i32.const 2 br 0
                i32.const 3 i32.add
                block loop br 1 end end
                if (result i32) i32.const 9 else unreachable end
            end
            block (result i32) local.get 0 i32.eqz if i32.const 0 return end i32.const 10 end
            i32.add))"#,
    );
    let f = i.get_func(&s, "f").unwrap();
    assert_eq!(f.call(&mut s, &[Val::I32(1)]).unwrap(), vec![Val::I32(11)]);
    assert_eq!(f.call(&mut s, &[Val::I32(0)]).unwrap(), vec![Val::I32(0)]);
}

#[test]
fn br_if_carrying_values_over_other_entries() {
    let (mut s, i) = instance(
        r#"(module
        (func (export "f") (param i32) (result i32 i32)
            block (result i32 i32)
                i32.const 7
                i32.const 100 local.get 0 i32.add
                i32.const 5 local.get 0 i32.mul
                local.get 0 br_if 0
                drop drop drop
                i32.const 1 i32.const 2
            end))"#,
    );
    let f = i.get_func(&s, "f").unwrap();
    assert_eq!(
        f.call(&mut s, &[Val::I32(3)]).unwrap(),
        vec![Val::I32(103), Val::I32(15)]
    );
    assert_eq!(
        f.call(&mut s, &[Val::I32(0)]).unwrap(),
        vec![Val::I32(1), Val::I32(2)]
    );
}
