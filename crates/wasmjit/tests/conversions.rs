//! Numeric conversions (spec §4.3.4): trapping and saturating truncation at
//! every range boundary, int→float rounding, demote/promote, against
//! reference results computed exactly (in `i128`) or with Rust's correctly
//! rounded casts, plus golden values from the spec testsuite.

mod common;

use common::{Expect, Harness, Ty};
use wasmjit::{TrapKind, Val};

/// A float operand of a generated function: `m` local, `r` XMM register,
/// `g` GPR (from a load), `c` constant.
fn fopnd(ty: Ty, form: char, v: u64) -> String {
    let (t, i) = (ty.name(), ty.int());
    match form {
        'm' => "(local.get 0)".into(),
        'r' => format!("({t}.reinterpret_{i} ({i}.reinterpret_{t} (local.get 0)))"),
        'g' => format!("({t}.load (i32.const 0))"),
        'c' => ty.konst(v),
        _ => unreachable!(),
    }
}

/// Values next to every bound of every truncation, in format `ty`.
fn trunc_inputs(ty: Ty) -> Vec<u64> {
    let mut v = ty.specials();
    let p31 = 2147483648.0f64;
    let p32 = 4294967296.0f64;
    let p63 = 9223372036854775808.0f64;
    let p64 = 18446744073709551616.0f64;
    let mut centers = vec![0.0, 1.0, -1.0, 0.5, -0.5, -0.99, 0.99, 1e30, -1e30];
    for b in [p31, p32, p63, p64] {
        centers.extend([b, -b, b - 1.0, -b + 1.0, -b - 1.0, b + 1.0]);
        centers.extend([b - 0.5, -b - 0.5, -b - 0.9, b - 0.9, -b + 0.9]);
    }
    for c in centers {
        let bits = match ty {
            Ty::F32 => (c as f32).to_bits() as u64,
            Ty::F64 => c.to_bits(),
        };
        v.push(bits);
        // Neighbours in the format (same sign): one ulp closer to and
        // farther from zero.
        if !ty.is_nan(bits) && ty.to_f64(bits).is_finite() {
            if bits & !ty.sign() != 0 {
                v.push(bits - 1);
            }
            v.push(bits + 1);
        }
    }
    v.sort();
    v.dedup();
    v
}

/// What truncating `x` to an `int`-bit integer gives: `Ok(value)` or the trap.
fn ref_trunc(x: f64, bits: u32, signed: bool, sat: bool) -> Result<i128, TrapKind> {
    let (min, max) = if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    if x.is_nan() {
        return if sat {
            Ok(0)
        } else {
            Err(TrapKind::BadConversionToInteger)
        };
    }
    let t = x.trunc();
    // f64 -> i128 saturates beyond i128; every bound here is far inside it.
    let v = t as i128;
    if v < min || v > max {
        if sat {
            return Ok(if v < min { min } else { max });
        }
        return Err(TrapKind::IntegerOverflow);
    }
    Ok(v)
}

#[test]
fn truncations() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for from in [Ty::F32, Ty::F64] {
        let inputs = trunc_inputs(from);
        let f = from.name();
        for (to, bits) in [("i32", 32u32), ("i64", 64)] {
            for signed in [true, false] {
                for sat in [false, true] {
                    let op = format!(
                        "{to}.trunc{}_{f}_{}",
                        if sat { "_sat" } else { "" },
                        if signed { "s" } else { "u" }
                    );
                    let func = |name: &str, arg: String| {
                        format!(
                            "(func (export \"{name}\") (param {f}) (result {to})
                               ({f}.store (i32.const 0) (local.get 0)) ({op} {arg}))"
                        )
                    };
                    let mut body = String::new();
                    for form in ['m', 'r', 'g'] {
                        body += &func(&form.to_string(), fopnd(from, form, 0));
                    }
                    for (k, &x) in inputs.iter().enumerate() {
                        body += &func(&format!("c{k}"), fopnd(from, 'c', x));
                    }
                    let mut h = Harness::new(&body);
                    for (k, &x) in inputs.iter().enumerate() {
                        let want = ref_trunc(from.to_f64(x), bits, signed, sat);
                        for name in ["m".to_string(), "r".into(), "g".into(), format!("c{k}")] {
                            let args = [from.val(x)];
                            let got = match want {
                                Err(_) => Err(h.trap(&name, &args)),
                                Ok(_) => Ok(match h.call1(&name, &args) {
                                    Val::I32(v) if bits == 32 && signed => v as i128,
                                    Val::I32(v) if bits == 32 => v as u32 as i128,
                                    Val::I64(v) if signed => v as i128,
                                    Val::I64(v) => v as u64 as i128,
                                    other => panic!("{op}: result {other:?}"),
                                }),
                            };
                            checked += 1;
                            if got != want {
                                failures.push(format!(
                                    "{op} [{name}] {x:#x} ({}): got {got:?}, want {want:?}",
                                    from.to_f64(x)
                                ));
                            }
                        }
                    }
                }
            }
        }
    }
    eprintln!("{checked} checks");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}

/// Integer inputs: signs, widths, ties and sticky bits of both float formats.
fn int_inputs() -> Vec<u64> {
    let mut v: Vec<u64> = vec![
        0,
        1,
        u64::MAX,
        i64::MAX as u64,
        i64::MIN as u64,
        i32::MAX as u64,
        i32::MIN as u32 as u64,
        i32::MIN as i64 as u64,
        u32::MAX as u64,
        16777217,
        16777219,
        (1 << 24) + 3,
        (1 << 53) + 1,
        (1 << 53) + 3,
        9007199791611905,
        0x0020_0000_2000_0001,
        0x7fff_ffbf_ffff_ffff,
        0x8000_0080_0000_0000,
        0x8000_0080_0000_0001,
        0x8000_0180_0000_0000,
        0xffff_fe80_0000_0001,
        0xffff_ff80_0000_0000,
        0x8000_0000_0000_0400,
        0x8000_0000_0000_0401,
        0x8000_0000_0000_0c00,
        0xffff_ffff_ffff_f400,
        0xffff_ffff_ffff_f401,
        0xffff_ffff_ffff_fc00,
        0x8000_0001,
        0x8000_0080,
        0x8000_0081,
        0xffff_ff7f,
        0xffff_ff80,
    ];
    let mut rng = common::Rng(0xdead_beef_cafe_f00d);
    for _ in 0..200 {
        let r = rng.next();
        v.push(r);
        v.push(r >> (r % 64));
    }
    v
}

fn ref_convert(from: &str, to: Ty, signed: bool, c: u64) -> u64 {
    macro_rules! cvt {
        ($v:expr) => {
            match to {
                Ty::F32 => ($v as f32).to_bits() as u64,
                Ty::F64 => ($v as f64).to_bits(),
            }
        };
    }
    match (from, signed) {
        ("i32", true) => cvt!(c as u32 as i32),
        ("i32", false) => cvt!(c as u32),
        (_, true) => cvt!(c as i64),
        _ => cvt!(c),
    }
}

#[test]
fn int_to_float() {
    let inputs = int_inputs();
    let mut checked = 0;
    let mut failures = Vec::new();
    for from in ["i32", "i64"] {
        for to in [Ty::F32, Ty::F64] {
            for signed in [true, false] {
                let t = to.name();
                let op = format!("{t}.convert_{from}_{}", if signed { "s" } else { "u" });
                // Operands: local, GPR, a loaded value, an i32 made by
                // wrapping an i64 with nonzero upper bits, and constants.
                let mut forms = vec![
                    ("m", "(local.get 0)".to_string()),
                    ("r", format!("({from}.add (local.get 0) ({from}.const 0))")),
                    ("g", format!("({from}.load (i32.const 0))")),
                ];
                if from == "i32" {
                    forms.push((
                        "w",
                        "(i32.wrap_i64 (i64.or (i64.extend_i32_u (local.get 0)) (i64.const 0xdeadbeef00000000)))"
                            .into(),
                    ));
                }
                let func = |name: &str, arg: &str| {
                    format!(
                        "(func (export \"{name}\") (param {from}) (result {t})
                           ({from}.store (i32.const 0) (local.get 0)) ({op} {arg}))"
                    )
                };
                let mut body: String = forms.iter().map(|(n, a)| func(n, a)).collect();
                for (k, &c) in inputs.iter().enumerate() {
                    let c = if from == "i32" { c as u32 as u64 } else { c };
                    body += &func(&format!("c{k}"), &format!("({from}.const 0x{c:x})"));
                }
                let mut h = Harness::new(&body);
                for (k, &c) in inputs.iter().enumerate() {
                    let c = if from == "i32" { c as u32 as u64 } else { c };
                    let want = ref_convert(from, to, signed, c);
                    let arg = if from == "i32" {
                        Val::I32(c as u32 as i32)
                    } else {
                        Val::I64(c as i64)
                    };
                    let names = forms.iter().map(|(n, _)| n.to_string());
                    for name in names.chain([format!("c{k}")]) {
                        let got = to.bits_of(&h.call1(&name, &[arg]));
                        checked += 1;
                        if got != want {
                            failures.push(format!(
                                "{op} [{name}] {c:#x}: got {got:#x}, want {want:#x}"
                            ));
                        }
                    }
                }
            }
        }
    }
    eprintln!("{checked} checks");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}

/// Expected values from the spec testsuite (`conversions.wast`,
/// `float_exprs.wast`), not from any reference arithmetic.
#[test]
fn convert_golden() {
    let mut h = Harness::new(
        r#"(func (export "f32u") (param i64) (result f32) (f32.convert_i64_u (local.get 0)))
           (func (export "f64u") (param i64) (result f64) (f64.convert_i64_u (local.get 0)))
           (func (export "f32s") (param i64) (result f32) (f32.convert_i64_s (local.get 0)))"#,
    );
    let cases32: [(u64, u32); 5] = [
        (9007199791611905, 0x5a00_0001), // 9007200328482816
        (0x8000_0080_0000_0001, 0x5f00_0001),
        (0xffff_fe80_0000_0001, 0x5f7f_ffff),
        (u64::MAX, 0x5f80_0000),
        (0x7fff_ffbf_ffff_ffff, 0x5eff_ffff),
    ];
    for (x, want) in cases32 {
        assert_eq!(
            h.call1("f32u", &[Val::I64(x as i64)]),
            Val::F32(want),
            "{x:#x}"
        );
    }
    let cases64: [(u64, u64); 4] = [
        (0x8000_0000_0000_0401, 0x43e0_0000_0000_0001),
        (0x8000_0000_0000_0400, 0x43e0_0000_0000_0000),
        (0xffff_ffff_ffff_f401, 0x43ef_ffff_ffff_ffff),
        (9007199254740995, 0x4340_0000_0000_0002),
    ];
    for (x, want) in cases64 {
        assert_eq!(
            h.call1("f64u", &[Val::I64(x as i64)]),
            Val::F64(want),
            "{x:#x}"
        );
    }
    // f32.convert_i64_s of 9007199791611905 rounds directly (not via f64).
    assert_eq!(
        h.call1("f32s", &[Val::I64(9007199791611905)]),
        Val::F32(0x5a00_0001)
    );
    assert_eq!(
        h.call1("f32s", &[Val::I64(-9007199791611905)]),
        Val::F32(0xda00_0001)
    );
}

#[test]
fn demote_promote() {
    let mut d_inputs = Ty::F64.specials();
    d_inputs.extend([
        0x36a0_0000_0000_0000u64, // 2^-149: min f32 subnormal
        0x3690_0000_0000_0000,    // 2^-150: tie to 0
        0x3690_0000_0000_0001,    // just above: rounds up
        0x380f_ffff_e000_0000,    // 0x1.fffffep-127 -> 2^-126
        0x380f_ffff_dfff_ffff,    // 0x1.fffffdfffffffp-127
        0x47ef_ffff_efff_ffff,    // just below the overflow threshold
        0x47ef_ffff_f000_0000,    // overflow threshold: rounds to inf
        0x3ff0_0000_1000_0000,    // tie: 1 + 2^-24 -> 1
        0x3ff0_0000_3000_0000,    // tie: -> up to even
        0xfff8_0000_0000_0000,
        0x7ff4_0000_0000_0000, // signalling NaN with high payload
    ]);
    let f_inputs = Ty::F32.specials();
    let mut h = Harness::new(
        r#"(func (export "dm") (param f64) (result f32) (f32.demote_f64 (local.get 0)))
           (func (export "dr") (param f64) (result f32)
             (f32.demote_f64 (f64.reinterpret_i64 (i64.reinterpret_f64 (local.get 0)))))
           (func (export "pm") (param f32) (result f64) (f64.promote_f32 (local.get 0)))
           (func (export "pr") (param f32) (result f64)
             (f64.promote_f32 (f32.reinterpret_i32 (i32.reinterpret_f32 (local.get 0)))))"#,
    );
    let mut consts = String::new();
    for (k, &x) in d_inputs.iter().enumerate() {
        consts += &format!(
            "(func (export \"dc{k}\") (result f32) (f32.demote_f64 {}))",
            Ty::F64.konst(x)
        );
    }
    for (k, &x) in f_inputs.iter().enumerate() {
        consts += &format!(
            "(func (export \"pc{k}\") (result f64) (f64.promote_f32 {}))",
            Ty::F32.konst(x)
        );
    }
    let mut hc = Harness::new(&consts);
    for (k, &x) in d_inputs.iter().enumerate() {
        let r = (f64::from_bits(x) as f32).to_bits() as u64;
        let want = Expect::result(Ty::F32, r, &[x]);
        let want = match want {
            // A canonical f64 NaN demotes to a canonical f32 NaN (and
            // `nan_from` classified the input in the f32 format).
            Expect::CanonicalNan | Expect::ArithmeticNan => {
                if x & !(1 << 63) == Ty::F64.canonical_nan() {
                    Expect::CanonicalNan
                } else {
                    Expect::ArithmeticNan
                }
            }
            w => w,
        };
        for got in [
            h.call1("dm", &[Val::F64(x)]),
            h.call1("dr", &[Val::F64(x)]),
            hc.call1(&format!("dc{k}"), &[]),
        ] {
            let got = Ty::F32.bits_of(&got);
            assert!(
                want.matches(Ty::F32, got),
                "demote {x:#x}: got {got:#x}, want {want:x?}"
            );
        }
    }
    for (k, &x) in f_inputs.iter().enumerate() {
        let r = (f32::from_bits(x as u32) as f64).to_bits();
        let want = if Ty::F32.is_nan(x) {
            if x & 0x7fff_ffff == 0x7fc0_0000 {
                Expect::CanonicalNan
            } else {
                Expect::ArithmeticNan
            }
        } else {
            Expect::Bits(r)
        };
        for got in [
            h.call1("pm", &[Val::F32(x as u32)]),
            h.call1("pr", &[Val::F32(x as u32)]),
            hc.call1(&format!("pc{k}"), &[]),
        ] {
            let got = Ty::F64.bits_of(&got);
            assert!(
                want.matches(Ty::F64, got),
                "promote {x:#x}: got {got:#x}, want {want:x?}"
            );
        }
    }
}
