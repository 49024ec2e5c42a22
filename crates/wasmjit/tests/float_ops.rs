//! Float instructions (spec §4.3.3) against reference results from Rust's
//! IEEE 754 operations and the spec's rules for min/max, sign operations and
//! NaN propagation. Every operator runs with its operands in every place the
//! compiler can find them (locals in memory, XMM registers, GPRs after a
//! load, constants on either side, both constants), on edge cases and random
//! bit patterns.

mod common;

use common::{Expect, Harness, Rng, Ty};
use wasmjit::Val;

const BIN_OPS: [&str; 7] = ["add", "sub", "mul", "div", "min", "max", "copysign"];
const UN_OPS: [&str; 7] = ["abs", "neg", "ceil", "floor", "trunc", "nearest", "sqrt"];
const CMP_OPS: [&str; 6] = ["eq", "ne", "lt", "gt", "le", "ge"];

/// Operand `k` of a generated function: `m` local, `r` XMM register, `g`
/// GPR (from a load), `c` constant `v`.
fn opnd(ty: Ty, form: char, k: usize, v: u64) -> String {
    let (t, i) = (ty.name(), ty.int());
    match form {
        'm' => format!("(local.get {k})"),
        'r' => format!("({t}.reinterpret_{i} ({i}.reinterpret_{t} (local.get {k})))"),
        'g' => format!("({t}.load (i32.const {}))", 8 * k),
        'c' => ty.konst(v),
        _ => unreachable!(),
    }
}

/// A function `name` of two `ty` params computing `body`, with the params
/// also stored at addresses 0 and 8 for the `g` form.
fn func(ty: Ty, name: &str, result: &str, body: &str) -> String {
    let t = ty.name();
    format!(
        "(func (export \"{name}\") (param {t} {t}) (result {result})
           ({t}.store (i32.const 0) (local.get 0)) ({t}.store (i32.const 8) (local.get 1))
           {body})"
    )
}

/// The operand-form pairs each binary operator is compiled with, and the
/// values of `vals` that the constant forms use.
/// A compiled variant: export name, operand forms, and the indices of the
/// constant operands' values.
type PairForm = (String, char, char, Option<usize>, Option<usize>);

fn pair_forms(n: usize) -> Vec<PairForm> {
    let mut v = Vec::new();
    for (a, b) in [
        ('m', 'm'),
        ('r', 'r'),
        ('g', 'g'),
        ('m', 'r'),
        ('r', 'm'),
        ('g', 'r'),
        ('r', 'g'),
        ('m', 'g'),
    ] {
        v.push((format!("{a}{b}"), a, b, None, None));
    }
    for j in 0..n {
        v.push((format!("mc{j}"), 'm', 'c', None, Some(j)));
        v.push((format!("rc{j}"), 'r', 'c', None, Some(j)));
        v.push((format!("gc{j}"), 'g', 'c', None, Some(j)));
        v.push((format!("cm{j}"), 'c', 'm', Some(j), None));
        v.push((format!("cr{j}"), 'c', 'r', Some(j), None));
        for i in 0..n {
            v.push((format!("cc{i}_{j}"), 'c', 'c', Some(i), Some(j)));
        }
    }
    v
}

fn ref_bin(ty: Ty, op: &str, a: u64, b: u64) -> Expect {
    let s = ty.sign();
    let (x, y) = (ty.to_f64(a), ty.to_f64(b));
    match op {
        "copysign" => return Expect::Bits((a & !s) | (b & s)),
        "min" | "max" => {
            if x.is_nan() || y.is_nan() {
                return Expect::nan_from(ty, &[a, b]);
            }
            let r = match (op, x == y) {
                ("min", true) => a | b,
                ("max", true) => a & b,
                ("min", false) if x < y => a,
                ("max", false) if x > y => a,
                _ => b,
            };
            return Expect::Bits(r);
        }
        _ => {}
    }
    let r = match ty {
        Ty::F32 => {
            let (x, y) = (f32::from_bits(a as u32), f32::from_bits(b as u32));
            (match op {
                "add" => x + y,
                "sub" => x - y,
                "mul" => x * y,
                "div" => x / y,
                _ => unreachable!(),
            })
            .to_bits() as u64
        }
        Ty::F64 => (match op {
            "add" => x + y,
            "sub" => x - y,
            "mul" => x * y,
            "div" => x / y,
            _ => unreachable!(),
        })
        .to_bits(),
    };
    Expect::result(ty, r, &[a, b])
}

fn ref_un(ty: Ty, op: &str, a: u64) -> Expect {
    let s = ty.sign();
    match op {
        "abs" => return Expect::Bits(a & !s),
        "neg" => return Expect::Bits(a ^ s),
        _ => {}
    }
    let r = match ty {
        Ty::F32 => {
            let x = f32::from_bits(a as u32);
            (match op {
                "ceil" => x.ceil(),
                "floor" => x.floor(),
                "trunc" => x.trunc(),
                "nearest" => x.round_ties_even(),
                "sqrt" => x.sqrt(),
                _ => unreachable!(),
            })
            .to_bits() as u64
        }
        Ty::F64 => {
            let x = f64::from_bits(a);
            (match op {
                "ceil" => x.ceil(),
                "floor" => x.floor(),
                "trunc" => x.trunc(),
                "nearest" => x.round_ties_even(),
                "sqrt" => x.sqrt(),
                _ => unreachable!(),
            })
            .to_bits()
        }
    };
    Expect::result(ty, r, &[a])
}

fn ref_cmp(ty: Ty, op: &str, a: u64, b: u64) -> bool {
    let (x, y) = (ty.to_f64(a), ty.to_f64(b));
    match op {
        "eq" => x == y,
        "ne" => x != y,
        "lt" => x < y,
        "gt" => x > y,
        "le" => x <= y,
        "ge" => x >= y,
        _ => unreachable!(),
    }
}

fn report(failures: Vec<String>, checked: usize) {
    eprintln!("{checked} checks");
    assert!(
        failures.is_empty(),
        "{} of {checked} checks failed:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}

fn random_values(ty: Ty, n: usize, seed: u64) -> Vec<u64> {
    let mut rng = Rng(seed);
    (0..n)
        .map(|_| match ty {
            Ty::F32 => rng.next() >> 32,
            Ty::F64 => rng.next(),
        })
        .collect()
}

fn binops(ty: Ty) {
    let vals = ty.specials();
    let random = random_values(ty, 400, 0x9e37_79b9_7f4a_7c15);
    let (mut failures, mut checked) = (Vec::new(), 0);
    for op in BIN_OPS {
        let forms = pair_forms(vals.len());
        let t = ty.name();
        let body: String = forms
            .iter()
            .map(|(name, fa, fb, i, j)| {
                let a = opnd(ty, *fa, 0, i.map_or(0, |i| vals[i]));
                let b = opnd(ty, *fb, 1, j.map_or(0, |j| vals[j]));
                func(ty, name, t, &format!("({t}.{op} {a} {b})"))
            })
            .collect();
        let mut h = Harness::new(&body);
        let mut check = |h: &mut Harness, name: &str, a: u64, b: u64| {
            let got = ty.bits_of(&h.call1(name, &[ty.val(a), ty.val(b)]));
            let want = ref_bin(ty, op, a, b);
            checked += 1;
            if !want.matches(ty, got) {
                failures.push(format!(
                    "{t}.{op} [{name}] {a:#x} {b:#x}: got {got:#x}, want {want:x?}"
                ));
            }
        };
        for (name, _, _, i, j) in &forms {
            for (ia, &a) in vals.iter().enumerate() {
                for (ib, &b) in vals.iter().enumerate() {
                    if i.is_some_and(|i| i != ia) || j.is_some_and(|j| j != ib) {
                        continue;
                    }
                    check(&mut h, name, a, b);
                }
            }
        }
        for pair in random.chunks(2) {
            check(&mut h, "mm", pair[0], pair[1]);
            check(&mut h, "rg", pair[0], pair[1]);
        }
    }
    report(failures, checked);
}

#[test]
fn f32_binops() {
    binops(Ty::F32);
}

#[test]
fn f64_binops() {
    binops(Ty::F64);
}

fn unops(ty: Ty) {
    let mut vals = ty.specials();
    // Rounding ties and values next to integers.
    let extra: Vec<f64> = vec![
        0.49999997,
        -0.49999997,
        3.5,
        -3.5,
        4.5,
        -4.5,
        0.1,
        -0.1,
        1e-30,
        -1e-30,
        8388607.5,
        -8388607.5,
        4503599627370495.5,
        -4503599627370495.5,
        2.0,
        1e300,
        -7.0,
    ];
    for x in extra {
        vals.push(match ty {
            Ty::F32 => (x as f32).to_bits() as u64,
            Ty::F64 => x.to_bits(),
        });
    }
    vals.extend(random_values(ty, 300, 0x1234_5678_9abc_def1));
    let t = ty.name();
    let (mut failures, mut checked) = (Vec::new(), 0);
    for op in UN_OPS {
        let mut body = String::new();
        for f in ['m', 'r', 'g'] {
            body += &func(
                ty,
                &f.to_string(),
                t,
                &format!("({t}.{op} {})", opnd(ty, f, 0, 0)),
            );
        }
        for (i, &v) in vals.iter().enumerate() {
            body += &func(
                ty,
                &format!("c{i}"),
                t,
                &format!("({t}.{op} {})", ty.konst(v)),
            );
        }
        let mut h = Harness::new(&body);
        for (i, &a) in vals.iter().enumerate() {
            let want = ref_un(ty, op, a);
            for name in ["m".to_string(), "r".into(), "g".into(), format!("c{i}")] {
                let got = ty.bits_of(&h.call1(&name, &[ty.val(a), ty.val(0)]));
                checked += 1;
                if !want.matches(ty, got) {
                    failures.push(format!(
                        "{t}.{op} [{name}] {a:#x}: got {got:#x}, want {want:x?}"
                    ));
                }
            }
        }
    }
    report(failures, checked);
}

#[test]
fn f32_unops() {
    unops(Ty::F32);
}

#[test]
fn f64_unops() {
    unops(Ty::F64);
}

fn comparisons(ty: Ty) {
    let vals = ty.specials();
    let t = ty.name();
    let (mut failures, mut checked) = (Vec::new(), 0);
    for op in CMP_OPS {
        let forms = pair_forms(vals.len());
        let mut body: String = forms
            .iter()
            .map(|(name, fa, fb, i, j)| {
                let a = opnd(ty, *fa, 0, i.map_or(0, |i| vals[i]));
                let b = opnd(ty, *fb, 1, j.map_or(0, |j| vals[j]));
                func(ty, name, "i32", &format!("({t}.{op} {a} {b})"))
            })
            .collect();
        // Consumers of the comparison result, which may take it from the flags.
        for (a, b) in [('m', 'm'), ('r', 'r'), ('g', 'm')] {
            let cmp = format!("({t}.{op} {} {})", opnd(ty, a, 0, 0), opnd(ty, b, 1, 0));
            let sfx = format!("{a}{b}");
            body += &func(
                ty,
                &format!("select_{sfx}"),
                "i32",
                &format!("(select (i32.const 7) (i32.const 0) {cmp})"),
            );
            body += &func(
                ty,
                &format!("fselect_{sfx}"),
                t,
                &format!("(select (local.get 0) (local.get 1) {cmp})"),
            );
            body += &func(
                ty,
                &format!("if_{sfx}"),
                "i32",
                &format!("(if (result i32) {cmp} (then (i32.const 7)) (else (i32.const 0)))"),
            );
            body += &func(
                ty,
                &format!("brif_{sfx}"),
                "i32",
                &format!("(block (result i32) (drop (br_if 0 (i32.const 7) {cmp})) (i32.const 0))"),
            );
            body += &func(
                ty,
                &format!("eqz_{sfx}"),
                "i32",
                &format!("(i32.eqz {cmp})"),
            );
        }
        let mut h = Harness::new(&body);
        let mut check = |name: &str, a: u64, b: u64, got: i32, want: i32| {
            checked += 1;
            if got != want {
                failures.push(format!(
                    "{t}.{op} [{name}] {a:#x} {b:#x}: got {got}, want {want}"
                ));
            }
        };
        for (name, _, _, i, j) in &forms {
            for (ia, &a) in vals.iter().enumerate() {
                for (ib, &b) in vals.iter().enumerate() {
                    if i.is_some_and(|i| i != ia) || j.is_some_and(|j| j != ib) {
                        continue;
                    }
                    let got = h.call1(name, &[ty.val(a), ty.val(b)]);
                    let want = ref_cmp(ty, op, a, b) as i32;
                    check(name, a, b, if let Val::I32(g) = got { g } else { -1 }, want);
                }
            }
        }
        for &a in &vals {
            for &b in &vals {
                let r = ref_cmp(ty, op, a, b);
                let args = [ty.val(a), ty.val(b)];
                for sfx in ["mm", "rr", "gm"] {
                    for (kind, want) in [
                        ("select", if r { 7 } else { 0 }),
                        ("if", if r { 7 } else { 0 }),
                        ("brif", if r { 7 } else { 0 }),
                        ("eqz", !r as i32),
                    ] {
                        let name = format!("{kind}_{sfx}");
                        let got = match h.call1(&name, &args) {
                            Val::I32(g) => g,
                            _ => -1,
                        };
                        check(&name, a, b, got, want);
                    }
                    let name = format!("fselect_{sfx}");
                    let got = ty.bits_of(&h.call1(&name, &args));
                    let want = if r { a } else { b };
                    check(&name, a, b, (got != want) as i32, 0);
                }
            }
        }
    }
    report(failures, checked);
}

#[test]
fn f32_comparisons() {
    comparisons(Ty::F32);
}

#[test]
fn f64_comparisons() {
    comparisons(Ty::F64);
}

/// Exact values from the spec's rules, independent of any reference
/// arithmetic: ±0 in min/max, NaN payloads through sign operations.
#[test]
fn spec_rules() {
    let mut h = Harness::new(
        r#"(func (export "min") (param f32 f32) (result f32) (f32.min (local.get 0) (local.get 1)))
           (func (export "max") (param f32 f32) (result f32) (f32.max (local.get 0) (local.get 1)))
           (func (export "dmin") (param f64 f64) (result f64) (f64.min (local.get 0) (local.get 1)))
           (func (export "dmax") (param f64 f64) (result f64) (f64.max (local.get 0) (local.get 1)))
           (func (export "neg") (param f32) (result f32) (f32.neg (local.get 0)))
           (func (export "abs") (param f64) (result f64) (f64.abs (local.get 0)))
           (func (export "copysign") (param f32 f32) (result f32)
             (f32.copysign (local.get 0) (local.get 1)))
           (func (export "nearest") (param f32) (result f32) (f32.nearest (local.get 0)))"#,
    );
    let f = Val::F32;
    let d = Val::F64;
    assert_eq!(h.call1("min", &[f(0), f(0x8000_0000)]), f(0x8000_0000));
    assert_eq!(h.call1("min", &[f(0x8000_0000), f(0)]), f(0x8000_0000));
    assert_eq!(h.call1("max", &[f(0x8000_0000), f(0)]), f(0));
    assert_eq!(h.call1("max", &[f(0), f(0x8000_0000)]), f(0));
    assert_eq!(h.call1("dmin", &[d(0), d(1 << 63)]), d(1 << 63));
    assert_eq!(h.call1("dmax", &[d(1 << 63), d(0)]), d(0));
    // Min of a NaN and a number is a NaN (x86 `minss` alone would give the number).
    let Val::F32(r) = h.call1("min", &[f(0x3f80_0000), f(0x7fc0_0000)]) else {
        panic!()
    };
    assert_eq!(r & 0x7fff_ffff, 0x7fc0_0000);
    let Val::F32(r) = h.call1("max", &[f(0x7fc0_0000), f(0x3f80_0000)]) else {
        panic!()
    };
    assert_eq!(r & 0x7fff_ffff, 0x7fc0_0000);
    assert_eq!(h.call1("neg", &[f(0x7fa0_0001)]), f(0xffa0_0001));
    assert_eq!(
        h.call1("abs", &[d(0xfff0_0000_0000_0001)]),
        d(0x7ff0_0000_0000_0001)
    );
    assert_eq!(
        h.call1("copysign", &[f(0x7f81_2345), f(0x8000_0000)]),
        f(0xff81_2345)
    );
    // 2.5 -> 2, 3.5 -> 4, -0.5 -> -0.
    assert_eq!(
        h.call1("nearest", &[Val::from_f32(2.5)]),
        Val::from_f32(2.0)
    );
    assert_eq!(
        h.call1("nearest", &[Val::from_f32(3.5)]),
        Val::from_f32(4.0)
    );
    assert_eq!(h.call1("nearest", &[Val::from_f32(-0.5)]), f(0x8000_0000));
}

/// More live float values than XMM registers, so operands get spilled and
/// come back from memory in the middle of float instructions.
#[test]
fn register_pressure() {
    let n = 20;
    let mut body = String::new();
    for k in 0..n {
        body += &format!("(f64.add (local.get 0) (f64.const {k}))\n");
    }
    // Combine with a mix of operators, innermost last.
    let ops = ["min", "max", "copysign", "sub", "mul", "add"];
    for k in 0..n - 1 {
        body += &format!("f64.{}\n", ops[k % ops.len()]);
    }
    let mut h = Harness::new(&format!(
        "(func (export \"f\") (param f64) (result f64) {body})"
    ));
    for x in [0.0f64, -3.25, 1e10, -0.0] {
        let vals: Vec<f64> = (0..n).map(|k| x + k as f64).collect();
        let mut stack = vals.clone();
        for k in 0..n - 1 {
            let b = stack.pop().unwrap();
            let a = stack.pop().unwrap();
            stack.push(match ops[k % ops.len()] {
                "min" => a.min(b),
                "max" => a.max(b),
                "copysign" => a.copysign(b),
                "sub" => a - b,
                "mul" => a * b,
                _ => a + b,
            });
        }
        assert_eq!(
            h.call1("f", &[Val::from_f64(x)]),
            Val::from_f64(stack[0]),
            "x = {x}"
        );
    }
}
