//! Every binary integer operator, with operands as locals, constants and
//! mixed, on edge values, compared with Rust's wrapping arithmetic.

use wasmjit::{Engine, Error, Instance, Module, Store, TrapKind, Val};

const OPS32: [&str; 15] = [
    "add", "sub", "mul", "div_s", "div_u", "rem_s", "rem_u", "and", "or", "xor", "shl", "shr_s",
    "shr_u", "rotl", "rotr",
];

fn expect32(op: &str, a: i32, b: i32) -> Result<i32, TrapKind> {
    let (ua, ub) = (a as u32, b as u32);
    Ok(match op {
        "add" => a.wrapping_add(b),
        "sub" => a.wrapping_sub(b),
        "mul" => a.wrapping_mul(b),
        "div_s" if b == 0 => return Err(TrapKind::IntegerDivisionByZero),
        "div_s" if a == i32::MIN && b == -1 => return Err(TrapKind::IntegerOverflow),
        "div_s" => a / b,
        "div_u" if b == 0 => return Err(TrapKind::IntegerDivisionByZero),
        "div_u" => (ua / ub) as i32,
        "rem_s" if b == 0 => return Err(TrapKind::IntegerDivisionByZero),
        "rem_s" => a.wrapping_rem(b),
        "rem_u" if b == 0 => return Err(TrapKind::IntegerDivisionByZero),
        "rem_u" => (ua % ub) as i32,
        "and" => a & b,
        "or" => a | b,
        "xor" => a ^ b,
        "shl" => a.wrapping_shl(ub),
        "shr_s" => a.wrapping_shr(ub),
        "shr_u" => ua.wrapping_shr(ub) as i32,
        "rotl" => ua.rotate_left(ub % 32) as i32,
        "rotr" => ua.rotate_right(ub % 32) as i32,
        _ => unreachable!(),
    })
}

fn expect64(op: &str, a: i64, b: i64) -> Result<i64, TrapKind> {
    let (ua, ub) = (a as u64, b as u64);
    Ok(match op {
        "add" => a.wrapping_add(b),
        "sub" => a.wrapping_sub(b),
        "mul" => a.wrapping_mul(b),
        "div_s" if b == 0 => return Err(TrapKind::IntegerDivisionByZero),
        "div_s" if a == i64::MIN && b == -1 => return Err(TrapKind::IntegerOverflow),
        "div_s" => a / b,
        "div_u" if b == 0 => return Err(TrapKind::IntegerDivisionByZero),
        "div_u" => (ua / ub) as i64,
        "rem_s" if b == 0 => return Err(TrapKind::IntegerDivisionByZero),
        "rem_s" => a.wrapping_rem(b),
        "rem_u" if b == 0 => return Err(TrapKind::IntegerDivisionByZero),
        "rem_u" => (ua % ub) as i64,
        "and" => a & b,
        "or" => a | b,
        "xor" => a ^ b,
        "shl" => a.wrapping_shl(ub as u32),
        "shr_s" => a.wrapping_shr(ub as u32),
        "shr_u" => ua.wrapping_shr(ub as u32) as i64,
        "rotl" => ua.rotate_left((ub % 64) as u32) as i64,
        "rotr" => ua.rotate_right((ub % 64) as u32) as i64,
        _ => unreachable!(),
    })
}

const V32: [i32; 10] = [0, 1, -1, 2, 7, -7, 31, 33, i32::MIN, i32::MAX];
const V64: [i64; 10] = [
    0,
    1,
    -1,
    3,
    63,
    -65,
    0x1_0000_0001,
    i64::MIN,
    i64::MAX,
    0x7fff_ffff,
];

fn outcome(r: wasmjit::Result<Vec<Val>>) -> Result<Val, TrapKind> {
    match r {
        Ok(v) => Ok(v[0]),
        Err(Error::Trap(t)) => Err(t.kind()),
        Err(e) => panic!("unexpected error {e}"),
    }
}

#[test]
fn i32_binops_all_operand_forms() {
    for op in OPS32 {
        let mut wat = String::from("(module\n");
        wat += &format!("(func (export \"ll\") (param i32 i32) (result i32) local.get 0 local.get 1 i32.{op})\n");
        for (k, &a) in V32.iter().enumerate() {
            wat += &format!("(func (export \"cl{k}\") (param i32) (result i32) i32.const {a} local.get 0 i32.{op})\n");
            wat += &format!("(func (export \"lc{k}\") (param i32) (result i32) local.get 0 i32.const {a} i32.{op})\n");
            wat += &format!(
                "(func (export \"rr{k}\") (param i32) (result i32) local.get 0 i32.const 0 i32.add i32.const {a} i32.const 0 i32.or i32.{op})\n"
            );
        }
        wat += ")";
        let engine = Engine::default();
        let module = Module::from_wat(&engine, &wat).unwrap();
        let mut s = Store::new(&engine);
        let inst = Instance::new(&mut s, &module, &[]).unwrap();
        for (ka, &a) in V32.iter().enumerate() {
            for (kb, &b) in V32.iter().enumerate() {
                let want = expect32(op, a, b).map(Val::I32);
                let f = |s: &Store, n: &str| inst.get_func(s, n).unwrap();
                let ll = f(&s, "ll");
                assert_eq!(
                    outcome(ll.call(&mut s, &[Val::I32(a), Val::I32(b)])),
                    want,
                    "{a} {op} {b} (locals)"
                );
                let cl = f(&s, &format!("cl{ka}"));
                assert_eq!(
                    outcome(cl.call(&mut s, &[Val::I32(b)])),
                    want,
                    "{a} {op} {b} (const lhs)"
                );
                let lc = f(&s, &format!("lc{kb}"));
                assert_eq!(
                    outcome(lc.call(&mut s, &[Val::I32(a)])),
                    want,
                    "{a} {op} {b} (const rhs)"
                );
                let rr = f(&s, &format!("rr{kb}"));
                assert_eq!(
                    outcome(rr.call(&mut s, &[Val::I32(a)])),
                    want,
                    "{a} {op} {b} (registers)"
                );
            }
        }
    }
}

#[test]
fn i64_binops_locals_and_constants() {
    for op in OPS32 {
        let mut wat = String::from("(module\n");
        wat += &format!("(func (export \"ll\") (param i64 i64) (result i64) local.get 0 local.get 1 i64.{op})\n");
        for (k, &a) in V64.iter().enumerate() {
            wat += &format!("(func (export \"lc{k}\") (param i64) (result i64) local.get 0 i64.const {a} i64.{op})\n");
            wat += &format!("(func (export \"cl{k}\") (param i64) (result i64) i64.const {a} local.get 0 i64.{op})\n");
        }
        wat += ")";
        let engine = Engine::default();
        let module = Module::from_wat(&engine, &wat).unwrap();
        let mut s = Store::new(&engine);
        let inst = Instance::new(&mut s, &module, &[]).unwrap();
        for (ka, &a) in V64.iter().enumerate() {
            for (kb, &b) in V64.iter().enumerate() {
                let want = expect64(op, a, b).map(Val::I64);
                let ll = inst.get_func(&s, "ll").unwrap();
                assert_eq!(
                    outcome(ll.call(&mut s, &[Val::I64(a), Val::I64(b)])),
                    want,
                    "{a} {op} {b}"
                );
                let lc = inst.get_func(&s, &format!("lc{kb}")).unwrap();
                assert_eq!(
                    outcome(lc.call(&mut s, &[Val::I64(a)])),
                    want,
                    "{a} {op} {b} (const rhs)"
                );
                let cl = inst.get_func(&s, &format!("cl{ka}")).unwrap();
                assert_eq!(
                    outcome(cl.call(&mut s, &[Val::I64(b)])),
                    want,
                    "{a} {op} {b} (const lhs)"
                );
            }
        }
    }
}
