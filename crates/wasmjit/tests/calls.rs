//! Calls under the register calling convention (`compiler/calls.rs`): a
//! function with more parameters of each kind than there are parameter
//! registers, `v128` ones and several results, reached every way there is
//! (from the host through its stack entry, by direct calls to its register
//! entry, through a table, from another instance, and a host function of
//! the same type called by wasm), with arguments whose moves into the
//! parameter registers form cycles.

use wasmjit::{
    Engine, Error, Extern, Func, FuncType, Instance, Module, Store, Trap, TrapKind, Val, ValType,
};

/// The parameter types: 7 integers, 7 floats (more than the 5 and 6
/// registers), a `v128` among them.
const PARAMS: [&str; 15] = [
    "i32", "i64", "f32", "f64", "i32", "i64", "f32", "f64", "i32", "i64", "f32", "f64", "v128",
    "i32", "f64",
];
const RESULTS: &str = "(result i64 f64 i32)";

fn val_type(t: &str) -> ValType {
    match t {
        "i32" => ValType::I32,
        "i64" => ValType::I64,
        "f32" => ValType::F32,
        "f64" => ValType::F64,
        _ => ValType::V128,
    }
}

fn params() -> String {
    format!("(param {})", PARAMS.join(" "))
}

fn get_all(order: &[usize]) -> String {
    order.iter().map(|i| format!("local.get {i} ")).collect()
}

/// `$big`'s results from its arguments: a weighted sum of the integers (and
/// the v128's low lane), a weighted sum of the floats, and `p13 - p0`.
fn expected(args: &[Val]) -> Vec<Val> {
    let mut int = 0i64;
    let mut float = 0f64;
    for (k, a) in args.iter().enumerate() {
        let w = k as i64 + 1;
        match *a {
            Val::I32(x) => int = int.wrapping_add((x as i64).wrapping_mul(w)),
            Val::I64(x) => int = int.wrapping_add(x.wrapping_mul(w)),
            Val::F32(b) => float += f32::from_bits(b) as f64 * w as f64,
            Val::F64(b) => float += f64::from_bits(b) * w as f64,
            Val::V128(b) => int = int.wrapping_add(b as u64 as i64),
            _ => unreachable!(),
        }
    }
    let (Val::I32(p13), Val::I32(p0)) = (args[13], args[0]) else {
        unreachable!()
    };
    vec![
        Val::I64(int),
        Val::F64(f64::to_bits(float)),
        Val::I32(p13.wrapping_sub(p0)),
    ]
}

/// The body of `$big`, in the order of [`expected`].
fn big_body() -> String {
    let mut b = String::from("i64.const 0 ");
    for (k, t) in PARAMS.iter().enumerate() {
        let w = k + 1;
        match *t {
            "i32" => b += &format!("local.get {k} i64.extend_i32_s i64.const {w} i64.mul i64.add "),
            "i64" => b += &format!("local.get {k} i64.const {w} i64.mul i64.add "),
            "v128" => b += &format!("local.get {k} i64x2.extract_lane 0 i64.add "),
            _ => {}
        }
    }
    b += "f64.const 0 ";
    for (k, t) in PARAMS.iter().enumerate() {
        let w = k + 1;
        match *t {
            "f32" => b += &format!("local.get {k} f64.promote_f32 f64.const {w} f64.mul f64.add "),
            "f64" => b += &format!("local.get {k} f64.const {w} f64.mul f64.add "),
            _ => {}
        }
    }
    b + "local.get 13 local.get 0 i32.sub"
}

fn module_text() -> String {
    let identity: Vec<usize> = (0..PARAMS.len()).collect();
    // Each type's parameters rotated: the moves into the parameter
    // registers form cycles.
    let mut rotated = identity.clone();
    for kind in ["i32", "i64", "f32", "f64"] {
        let at: Vec<usize> = (0..PARAMS.len()).filter(|&k| PARAMS[k] == kind).collect();
        for (j, &k) in at.iter().enumerate() {
            rotated[k] = at[(j + 1) % at.len()];
        }
    }
    let (p, r) = (params(), RESULTS);
    format!(
        r#"(module
  (import "host" "big" (func $host {p} {r}))
  (type $big (func {p} {r}))
  (table 2 funcref) (elem (i32.const 0) $big $host)
  (func $big (export "big") {p} {r} {body})
  (func (export "direct") {p} {r} {all} call $big)
  (func (export "indirect") {p} {r} {all} i32.const 0 call_indirect (type $big))
  (func (export "host_direct") {p} {r} {all} call $host)
  (func (export "host_indirect") {p} {r} {all} i32.const 1 call_indirect (type $big))
  ;; The rotated arguments, pinned (used in a loop): a cycle of moves.
  (func (export "rotated") {p} {r} (local $i i32)
    loop
      local.get $i i32.const 1 i32.add local.tee $i
      {used}
      i32.const 3 i32.lt_u br_if 0
    end
    {rot} call $big))"#,
        body = big_body(),
        all = get_all(&identity),
        rot = get_all(&rotated),
        used = identity
            .iter()
            .map(|k| format!("local.get {k} drop "))
            .collect::<String>(),
    )
}

fn args(seed: i64) -> Vec<Val> {
    PARAMS
        .iter()
        .enumerate()
        .map(|(k, t)| {
            let x = seed.wrapping_mul(31).wrapping_add(k as i64 * 1_000_003);
            match *t {
                "i32" => Val::I32(x as i32),
                "i64" => Val::I64(x.wrapping_mul(0x1_0000_0001)),
                "f32" => Val::F32((x as f32 * 0.25).to_bits()),
                "f64" => Val::F64((x as f64 * 0.125).to_bits()),
                _ => Val::V128((x as u128) << 64 | (x as u64 as u128)),
            }
        })
        .collect()
}

/// The rotation `module_text` applies, on values.
fn rotate(a: &[Val]) -> Vec<Val> {
    let mut out = a.to_vec();
    for kind in ["i32", "i64", "f32", "f64"] {
        let at: Vec<usize> = (0..PARAMS.len()).filter(|&k| PARAMS[k] == kind).collect();
        for (j, &k) in at.iter().enumerate() {
            out[k] = a[at[(j + 1) % at.len()]];
        }
    }
    out
}

#[test]
fn many_arguments_every_way() {
    every_way(false);
}

/// The same with the host function on raw slots (`Func::new_numeric`).
#[test]
fn many_arguments_every_way_numeric_host() {
    every_way(true);
}

/// `numeric`: the host function is made with `Func::new_numeric`, which
/// reads its arguments from and writes its results into the raw slots.
fn every_way(numeric: bool) {
    let engine = Engine::default();
    let module = Module::from_wat(&engine, &module_text()).unwrap();
    let mut s = Store::new(&engine);
    let ty = FuncType::new(
        PARAMS.iter().map(|t| val_type(t)),
        [ValType::I64, ValType::F64, ValType::I32],
    );
    let host = if numeric {
        let tys: Vec<ValType> = PARAMS.iter().map(|t| val_type(t)).collect();
        Func::new_numeric(&mut s, ty, move |_, slots| {
            let mut at = 0;
            let args: Vec<Val> = tys
                .iter()
                .map(|&t| {
                    let v = Val::from_slots(t, slots, at).unwrap();
                    at += t.slot_words();
                    v
                })
                .collect();
            let mut at = 0;
            for v in expected(&args) {
                assert!(v.to_slots(slots, at));
                at += v.ty().slot_words();
            }
            Ok(())
        })
        .unwrap()
    } else {
        Func::new(&mut s, ty, |_, args, res| {
            res.copy_from_slice(&expected(args));
            Ok(())
        })
    };
    let inst = Instance::new(&mut s, &module, &[Extern::Func(host)]).unwrap();
    // Another instance calls the first one's `big` as an import.
    let caller = Module::from_wat(
        &engine,
        &format!(
            r#"(module (import "m" "big" (func $big {p} {RESULTS}))
                (func (export "f") {p} {RESULTS} {all} call $big))"#,
            p = params(),
            all = get_all(&(0..PARAMS.len()).collect::<Vec<_>>()),
        ),
    )
    .unwrap();
    let big = inst.get_export(&s, "big").unwrap();
    let other = Instance::new(&mut s, &caller, &[big]).unwrap();
    for seed in [0, 1, -7, 123_456_789, i64::MIN / 3] {
        let a = args(seed);
        let want = expected(&a);
        for name in ["big", "direct", "indirect", "host_direct", "host_indirect"] {
            let got = inst.get_func(&s, name).unwrap().call(&mut s, &a).unwrap();
            assert_eq!(got, want, "{name}, seed {seed}");
        }
        let got = other.get_func(&s, "f").unwrap().call(&mut s, &a).unwrap();
        assert_eq!(got, want, "from another instance, seed {seed}");
        let got = inst
            .get_func(&s, "rotated")
            .unwrap()
            .call(&mut s, &a)
            .unwrap();
        assert_eq!(got, expected(&rotate(&a)), "rotated, seed {seed}");
    }
}

/// An `i32` argument's slot may hold stale upper bits (an `i32.const` is
/// stored as 4 bytes): the stack entry loads only the low half, so the
/// parameter, used as a memory address, stays zero-extended.
#[test]
fn a_stale_slot_does_not_leak_into_an_i32_parameter() {
    let engine = Engine::default();
    let module = Module::from_wat(
        &engine,
        r#"(module (memory 1)
        (type $wide (func (param i64)))
        (type $narrow (func (param i32) (result i32)))
        (table 2 funcref) (elem (i32.const 0) $wide $load)
        (data (i32.const 8) "\2a")
        (func $wide (param i64))
        (func $load (param $p i32) (result i32)
            local.get $p i32.load8_u)
        (func (export "go") (result i32)
            i64.const -1 i32.const 0 call_indirect (type $wide)
            i32.const 8 i32.const 1 call_indirect (type $narrow)))"#,
    )
    .unwrap();
    let mut s = Store::new(&engine);
    let inst = Instance::new(&mut s, &module, &[]).unwrap();
    let got = inst.get_func(&s, "go").unwrap().call(&mut s, &[]).unwrap();
    assert_eq!(got, vec![Val::I32(42)]);
}

/// `Func::new_numeric` refuses a type with references (their raw slots
/// hold addresses of the store), and a trap it returns comes out of the
/// wasm call.
#[test]
fn numeric_host_functions_refuse_references_and_trap() {
    let engine = Engine::default();
    let mut s = Store::new(&engine);
    for t in [ValType::FuncRef, ValType::ExternRef] {
        let ty = FuncType::new([ValType::I32], [t]);
        assert!(matches!(
            Func::new_numeric(&mut s, ty, |_, _| Ok(())),
            Err(Error::Usage(_))
        ));
    }
    let ty = FuncType::new([ValType::I32], [ValType::I32]);
    let f = Func::new_numeric(&mut s, ty, |_, slots| {
        if slots[0] as u32 == 7 {
            return Err(Trap::with_message(TrapKind::HostError, "seven"));
        }
        Val::I32(slots[0] as i32 * 2).to_slots(slots, 0);
        Ok(())
    })
    .unwrap();
    let module = Module::from_wat(
        &engine,
        r#"(module (import "h" "f" (func $f (param i32) (result i32)))
            (func (export "g") (param i32) (result i32) local.get 0 call $f))"#,
    )
    .unwrap();
    let inst = Instance::new(&mut s, &module, &[Extern::Func(f)]).unwrap();
    let g = inst.get_func(&s, "g").unwrap();
    assert_eq!(g.call(&mut s, &[Val::I32(21)]).unwrap(), vec![Val::I32(42)]);
    match g.call(&mut s, &[Val::I32(7)]) {
        Err(Error::Trap(t)) => assert_eq!(t.kind(), TrapKind::HostError),
        other => panic!("expected a host-error trap, got {other:?}"),
    }
}
