//! `v128` as a value everywhere: parameters and results (first and later,
//! mixed with scalars), locals, globals, blocks, direct, indirect and host
//! calls, spills under register pressure; and a few operators whose x86
//! sequences have edge cases the spec scripts touch only lightly. The
//! operator semantics as a whole are checked by the spec suite's `simd_*`
//! and relaxed-SIMD scripts.

use wasmjit::{
    BoundsChecks, Engine, Extern, Func, FuncType, Instance, Module, SimdIsa, Store, StoreLimits,
    Val, ValType,
};

mod common;
use common::{call, instance};

const A: u128 = 0x0f0e_0d0c_0b0a_0908_0706_0504_0302_0100;
const B: u128 = 0xffee_ddcc_bbaa_9988_7766_5544_3322_1100;

fn v(x: u128) -> Val {
    Val::V128(x)
}

#[test]
fn params_results_locals_and_globals() {
    let (mut s, i) = instance(
        r#"(module
        (global $g (mut v128) (v128.const i64x2 7 8))
        (func (export "id") (param v128) (result v128) local.get 0)
        (func (export "swap") (param i32 v128 f64 v128) (result v128 f64 v128 i32)
            local.get 3 local.get 2 local.get 1 local.get 0)
        (func (export "local") (param v128) (result v128) (local v128 i64 v128)
            local.get 0 local.set 1 i64.const 5 local.set 2 local.get 1 local.set 3 local.get 3)
        (func (export "global") (param v128) (result v128)
            global.get $g local.get 0 global.set $g)
        (func (export "block") (param v128 i32) (result v128)
            (block (result v128) local.get 0 local.get 1 br_if 0 drop v128.const i32x4 0 0 0 0))
        (func (export "select") (param v128 v128 i32) (result v128)
            local.get 0 local.get 1 local.get 2 select))"#,
    );
    assert_eq!(call(&mut s, i, "id", &[v(A)]).unwrap(), vec![v(A)]);
    assert_eq!(
        call(
            &mut s,
            i,
            "swap",
            &[Val::I32(-3), v(A), Val::F64(2.5f64.to_bits()), v(B)]
        )
        .unwrap(),
        vec![v(B), Val::F64(2.5f64.to_bits()), v(A), Val::I32(-3)]
    );
    assert_eq!(call(&mut s, i, "local", &[v(B)]).unwrap(), vec![v(B)]);
    let g0 = 7u128 | 8u128 << 64;
    assert_eq!(call(&mut s, i, "global", &[v(A)]).unwrap(), vec![v(g0)]);
    assert_eq!(call(&mut s, i, "global", &[v(B)]).unwrap(), vec![v(A)]);
    assert_eq!(
        call(&mut s, i, "block", &[v(A), Val::I32(1)]).unwrap(),
        vec![v(A)]
    );
    assert_eq!(
        call(&mut s, i, "block", &[v(A), Val::I32(0)]).unwrap(),
        vec![v(0)]
    );
    assert_eq!(
        call(&mut s, i, "select", &[v(A), v(B), Val::I32(1)]).unwrap(),
        vec![v(A)]
    );
    assert_eq!(
        call(&mut s, i, "select", &[v(A), v(B), Val::I32(0)]).unwrap(),
        vec![v(B)]
    );
}

#[test]
fn calls_pass_v128_through_every_kind() {
    let engine = Engine::default();
    let module = Module::from_wat(
        &engine,
        r#"(module
        (import "env" "host" (func $host (param i32 v128 i64) (result v128 i32)))
        (type $t (func (param v128 v128) (result v128)))
        (table 1 funcref) (elem (i32.const 0) $xor)
        (func $xor (type $t) local.get 0 local.get 1 v128.xor)
        (func (export "direct") (param v128 v128) (result v128) local.get 0 local.get 1 call $xor)
        (func (export "indirect") (param v128 v128) (result v128)
            local.get 0 local.get 1 i32.const 0 call_indirect (type $t))
        (func (export "host") (param v128) (result v128 i32)
            i32.const 9 local.get 0 i64.const -1 call $host))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine);
    let host = Func::new(
        &mut store,
        FuncType::new(
            [ValType::I32, ValType::V128, ValType::I64],
            [ValType::V128, ValType::I32],
        ),
        |_, args, res| {
            let (Val::I32(a), Val::V128(x), Val::I64(b)) = (&args[0], &args[1], &args[2]) else {
                unreachable!()
            };
            res[0] = Val::V128(x.rotate_left(8));
            res[1] = Val::I32(*a + *b as i32);
            Ok(())
        },
    );
    let inst = Instance::new(&mut store, &module, &[Extern::Func(host)]).unwrap();
    assert_eq!(
        call(&mut store, inst, "direct", &[v(A), v(B)]).unwrap(),
        vec![v(A ^ B)]
    );
    assert_eq!(
        call(&mut store, inst, "indirect", &[v(A), v(B)]).unwrap(),
        vec![v(A ^ B)]
    );
    assert_eq!(
        call(&mut store, inst, "host", &[v(A)]).unwrap(),
        vec![v(A.rotate_left(8)), Val::I32(8)]
    );
}

/// More live vectors than registers: the deepest are spilled to their
/// 16-byte slots and reloaded whole.
#[test]
fn spills_keep_all_sixteen_bytes() {
    let mut body = String::new();
    for k in 0..20 {
        body.push_str(&format!(
            "local.get 0 i32.const {k} i32x4.splat i32x4.add\n"
        ));
    }
    for _ in 1..20 {
        body.push_str("i32x4.add\n");
    }
    let wat = format!(r#"(module (func (export "f") (param v128) (result v128) {body}))"#);
    let (mut s, i) = instance(&wat);
    let x: u128 = 0x4000_0000_3000_0000_2000_0000_1000_0000;
    let lanes = |x: u128| [0, 1, 2, 3].map(|l| (x >> (32 * l)) as u32);
    let want = lanes(x).map(|l| l.wrapping_mul(20).wrapping_add(190));
    let got = call(&mut s, i, "f", &[v(x)]).unwrap();
    let Val::V128(got) = got[0] else { panic!() };
    assert_eq!(lanes(got), want);
}

#[test]
fn lane_edge_cases() {
    let (mut s, i) = instance(
        r#"(module
        (func (export "q15") (param v128 v128) (result v128) local.get 0 local.get 1 i16x8.q15mulr_sat_s)
        (func (export "shr_s") (param v128 i32) (result v128) local.get 0 local.get 1 i64x2.shr_s)
        (func (export "shl8") (param v128 i32) (result v128) local.get 0 local.get 1 i8x16.shl)
        (func (export "any") (param v128) (result i32) (if (result i32) (v128.any_true (local.get 0)) (then i32.const 1) (else i32.const 0)))
        (func (export "popcnt") (param v128) (result v128) local.get 0 i8x16.popcnt))"#,
    );
    let q = call(&mut s, i, "q15", &[v(0x8000), v(0x8000)]).unwrap();
    assert_eq!(q, vec![v(0x7fff)]);
    let neg = (-256i64 as u64 as u128) << 64 | 256;
    let r = call(&mut s, i, "shr_s", &[v(neg), Val::I32(68)]).unwrap();
    assert_eq!(r, vec![v((-16i64 as u64 as u128) << 64 | 16)]);
    let r = call(&mut s, i, "shl8", &[v(0x81ff), Val::I32(9)]).unwrap();
    assert_eq!(r, vec![v(0x02fe)]);
    assert_eq!(
        call(&mut s, i, "any", &[v(1 << 127)]).unwrap(),
        vec![Val::I32(1)]
    );
    assert_eq!(call(&mut s, i, "any", &[v(0)]).unwrap(), vec![Val::I32(0)]);
    let r = call(&mut s, i, "popcnt", &[v(B)]).unwrap();
    let want = u128::from_le_bytes(B.to_le_bytes().map(|b| b.count_ones() as u8));
    assert_eq!(r, vec![v(want)]);
}

/// A `v128` local used in a loop is pinned to a vector register; a call in
/// the loop saves and restores all 16 bytes of it.
#[test]
fn pinned_v128_local_survives_calls() {
    let (mut s, i) = instance(
        r#"(module
        (func $clobber (param v128) (result v128) local.get 0 local.get 0 i64x2.add)
        (func (export "f") (param $n i32) (param $x v128) (result v128) (local $acc v128)
            (loop $l
                local.get $acc local.get $x i32x4.add local.set $acc
                local.get $x call $clobber drop
                local.get $acc local.get $x i32x4.add local.set $acc
                local.get $n i32.const 1 i32.sub local.tee $n
                br_if $l)
            local.get $acc))"#,
    );
    let x: u128 = 0x0000_0004_0000_0003_0000_0002_0000_0001;
    let got = call(&mut s, i, "f", &[Val::I32(5), v(x)]).unwrap();
    assert_eq!(got, vec![v(x * 10)]);
}

/// Results computed into pinned `v128` locals (`local.set`/`local.tee`
/// after the operation), scalar loads splatted from memory, and a load as
/// a memory operand, under both vector instruction sets: the values of
/// `tests/golden/simd_into_locals.wat` computed here lane by lane.
#[test]
fn results_into_pinned_locals_and_splatted_loads() {
    let wat = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/simd_into_locals.wat"),
    )
    .unwrap();
    let lanes = |x: u128| -> [u32; 4] { std::array::from_fn(|i| (x >> (32 * i)) as u32) };
    let join = |l: [u32; 4]| {
        l.iter()
            .rev()
            .fold(0u128, |acc, &v| acc << 32 | u128::from(v))
    };
    let zip = |x: u128, y: u128, f: fn(u32, u32) -> u32| {
        let (x, y) = (lanes(x), lanes(y));
        join(std::array::from_fn(|i| f(x[i], y[i])))
    };
    let add64 = |x: u128, y: u128| {
        let lo = (x as u64).wrapping_add(y as u64);
        let hi = ((x >> 64) as u64).wrapping_add((y >> 64) as u64);
        u128::from(hi) << 64 | u128::from(lo)
    };
    let splat8 = |b: u8| u128::from_le_bytes([b; 16]);
    let add8 = |x: u128, y: u128| {
        let (x, y) = (x.to_le_bytes(), y.to_le_bytes());
        u128::from_le_bytes(std::array::from_fn(|i| x[i].wrapping_add(y[i])))
    };
    let mem: [u8; 16] = std::array::from_fn(|i| i as u8 + 1);
    let (x, y) = (A, B);
    let old = x;
    let a = zip(x, y, u32::wrapping_add);
    let a = zip(y, a, u32::wrapping_sub);
    let b = zip(a, y, u32::wrapping_mul);
    let b = zip(0, b, u32::wrapping_sub);
    let a = zip(a, a, |v, _| v << 1);
    let s = join([u32::from(u16::from_le_bytes([mem[0], mem[1]])) * 0x1_0001; 4]);
    let s = zip(
        s,
        join([u32::from_le_bytes(mem[4..8].try_into().unwrap()); 4]),
        u32::wrapping_add,
    );
    let m64 = u128::from(u64::from_le_bytes(mem[8..16].try_into().unwrap()));
    let s = add64(s, m64 << 64 | m64);
    let s = add8(s, splat8(mem[0]));
    let s = zip(s, u128::from_le_bytes(mem), u32::wrapping_add);
    let want = vec![v(a), v(b), v(s), v(old)];
    assert_on_both_isas(&wat, &[v(x), v(y), Val::I32(1)], &want);
}

/// Calls `f` of module `wat` with `args` under SSE4.1 and the host's
/// vector instruction set and asserts it returns `want` under both.
fn assert_on_both_isas(wat: &str, args: &[Val], want: &[Val]) {
    // Guard pages need a 64-bit address space; a 32-bit process checks.
    let checks = if cfg!(target_pointer_width = "64") {
        BoundsChecks::GuardPages
    } else {
        BoundsChecks::Explicit
    };
    for isa in [SimdIsa::Sse41, SimdIsa::host()] {
        let engine = Engine::with_simd_isa(StoreLimits::default(), checks, isa).unwrap();
        let module = Module::from_wat(&engine, wat).unwrap();
        let mut store = Store::new(&engine);
        let inst = Instance::new(&mut store, &module, &[]).unwrap();
        let got = call(&mut store, inst, "f", args).unwrap();
        assert_eq!(got, want, "{isa:?}");
    }
}

/// Constants, shuffles and bitselects computed into pinned `v128` locals,
/// and the shuffle and bitselect that must not write their local early
/// (it is also their second operand or mask), under both vector
/// instruction sets: the values of
/// `tests/golden/simd_into_locals_shuffle.wat` after two iterations,
/// computed here byte by byte.
#[test]
fn constants_shuffles_and_bitselects_into_pinned_locals() {
    let wat = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/golden/simd_into_locals_shuffle.wat"),
    )
    .unwrap();
    let shuffle = |x: u128, y: u128, idx: [u8; 16]| {
        let cat: Vec<u8> = x.to_le_bytes().into_iter().chain(y.to_le_bytes()).collect();
        u128::from_le_bytes(idx.map(|i| cat[i as usize]))
    };
    let bitselect = |a: u128, b: u128, m: u128| a & m | b & !m;
    let (mut a, mut b) = (A, B);
    let mut m = 0;
    for _ in 0..2 {
        let c = 1 | 1 << 32;
        a = shuffle(
            a,
            b,
            [0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23],
        );
        b = shuffle(
            a,
            b,
            [0, 0, 0, 0, 16, 16, 16, 16, 1, 1, 1, 1, 17, 17, 17, 17],
        );
        a = bitselect(a, b, c);
        m = bitselect(a, b, c);
    }
    assert_on_both_isas(&wat, &[v(A), v(B), Val::I32(2)], &[v(a), v(b), v(m)]);
}
