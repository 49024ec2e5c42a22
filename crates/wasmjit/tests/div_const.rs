//! Division and remainder by constants (compiled as multiplications and
//! shifts): every operator, signed and unsigned divisors of every kind,
//! dividends at the edges and at random, dividends in rax/rdx, compared with
//! Rust's arithmetic.

use wasmjit::{Engine, Instance, Module, Store, TrapKind, Val};

mod common;

const OPS: [&str; 4] = ["div_s", "div_u", "rem_s", "rem_u"];

fn divisors(bits: u32) -> Vec<i64> {
    let mut v: Vec<i64> = vec![
        1, 2, 3, 5, 6, 7, 10, 12, 25, 100, 125, 641, 1000, 65535, 65537,
    ];
    v.extend([
        1_000_000_007,
        0x7fff_ffff,
        0x8000_0001,
        0xffff_fffe,
        0xffff_ffff,
    ]);
    if bits == 64 {
        v.extend([
            1 << 32,
            (1 << 32) + 1,
            10_000_000_000,
            i64::MAX,
            i64::MIN + 1,
            i64::MIN,
        ]);
        v.extend([1 << 40, (1 << 62) + 3]);
    } else {
        v.push(i32::MIN as i64);
        v.push(i32::MAX as i64);
    }
    v.extend((1..bits).map(|k| 1i64.wrapping_shl(k)));
    let neg: Vec<i64> = v.iter().map(|d| d.wrapping_neg()).collect();
    v.extend(neg);
    if bits == 32 {
        for d in &mut v {
            *d = *d as i32 as i64;
        }
    }
    v.retain(|&d| d != 0 && d != -1);
    v.sort();
    v.dedup();
    v
}

fn dividends(bits: u32) -> Vec<i64> {
    let mut v: Vec<i64> = (-70..70).collect();
    let (min, max) = if bits == 32 {
        (i32::MIN as i64, i32::MAX as i64)
    } else {
        (i64::MIN, i64::MAX)
    };
    v.extend([
        min,
        min + 1,
        min + 2,
        max,
        max - 1,
        max / 3,
        min / 3,
        1_000_000_007,
    ]);
    let mut x = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..300 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.push(if bits == 32 {
            x as i32 as i64
        } else {
            x as i64
        });
    }
    v
}

fn expect(op: &str, bits: u32, a: i64, d: i64) -> i64 {
    if bits == 32 {
        let (a, d) = (a as i32, d as i32);
        (match op {
            "div_s" => a.wrapping_div(d),
            "rem_s" => a.wrapping_rem(d),
            "div_u" => ((a as u32) / (d as u32)) as i32,
            _ => ((a as u32) % (d as u32)) as i32,
        }) as i64
    } else {
        match op {
            "div_s" => a.wrapping_div(d),
            "rem_s" => a.wrapping_rem(d),
            "div_u" => ((a as u64) / (d as u64)) as i64,
            _ => ((a as u64) % (d as u64)) as i64,
        }
    }
}

fn check(bits: u32) {
    let t = if bits == 32 { "i32" } else { "i64" };
    let ds = divisors(bits);
    let engine = Engine::default();
    for op in OPS {
        let mut wat = String::from("(module\n");
        for (k, d) in ds.iter().enumerate() {
            // Dividend from a local, and the same dividend in rax (the
            // result of a generic division by a local 1).
            wat += &format!(
                "(func (export \"l{k}\") (param {t} {t}) (result {t}) local.get 0 {t}.const {d} {t}.{op})\n\
                 (func (export \"r{k}\") (param {t} {t}) (result {t}) \
                   local.get 0 local.get 1 {t}.div_s {t}.const {d} {t}.{op} local.get 1 {t}.mul)\n"
            );
        }
        wat += ")";
        let module = Module::from_wat(&engine, &wat).unwrap();
        let mut s = Store::new(&engine);
        let inst = Instance::new(&mut s, &module, &[]).unwrap();
        let val = |x: i64| {
            if bits == 32 {
                Val::I32(x as i32)
            } else {
                Val::I64(x)
            }
        };
        for (k, &d) in ds.iter().enumerate() {
            let l = inst.get_func(&s, &format!("l{k}")).unwrap();
            let r = inst.get_func(&s, &format!("r{k}")).unwrap();
            for a in dividends(bits) {
                let want = val(expect(op, bits, a, d));
                let got = l.call(&mut s, &[val(a), val(1)]).unwrap();
                assert_eq!(got, vec![want], "{a} {t}.{op} {d}");
                let got = r.call(&mut s, &[val(a), val(1)]).unwrap();
                assert_eq!(got, vec![want], "{a} {t}.{op} {d} (dividend in rax)");
            }
        }
    }
}

#[test]
fn i32_division_by_constants() {
    check(32);
}

#[test]
fn i64_division_by_constants() {
    check(64);
}

#[test]
fn constant_zero_and_minus_one_still_trap() {
    for t in ["i32", "i64"] {
        let (mut s, i) = common::instance(&format!(
            "(module
              (func (export \"z\") (param {t}) (result {t}) local.get 0 {t}.const 0 {t}.div_u)
              (func (export \"zs\") (param {t}) (result {t}) local.get 0 {t}.const 0 {t}.rem_s)
              (func (export \"m\") (param {t}) (result {t}) local.get 0 {t}.const -1 {t}.div_s)
              (func (export \"mr\") (param {t}) (result {t}) local.get 0 {t}.const -1 {t}.rem_s))"
        ));
        let (min, one) = if t == "i32" {
            (Val::I32(i32::MIN), Val::I32(1))
        } else {
            (Val::I64(i64::MIN), Val::I64(1))
        };
        let kind = |r: wasmjit::Result<Vec<Val>>| match r {
            Err(wasmjit::Error::Trap(t)) => t.kind(),
            other => panic!("expected a trap, got {other:?}"),
        };
        assert_eq!(
            kind(common::call(&mut s, i, "z", &[one])),
            TrapKind::IntegerDivisionByZero
        );
        assert_eq!(
            kind(common::call(&mut s, i, "zs", &[one])),
            TrapKind::IntegerDivisionByZero
        );
        assert_eq!(
            kind(common::call(&mut s, i, "m", &[min])),
            TrapKind::IntegerOverflow
        );
        let zero = if t == "i32" { Val::I32(0) } else { Val::I64(0) };
        assert_eq!(common::call(&mut s, i, "mr", &[min]).unwrap(), vec![zero]);
    }
}
