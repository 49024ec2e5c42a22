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

/// In-place updates of pinned locals (`local.get x; ...; add; local.set x`
/// compiled as one `add`), pinned locals as memory indices and under `eqz`:
/// every form, with a second read of the old value still pending.
#[test]
fn pinned_locals_updated_in_place() {
    let engine = Engine::default();
    let module = Module::from_wat(
        &engine,
        r#"(module (memory 1)
        (func (export "f") (param $n i32) (result i64)
            (local $i i32) (local $a i32) (local $b i64) (local $old i32) (local $p i32)
            i32.const 7 local.set $a
            i64.const 3 local.set $b
            loop
                ;; a pending read of the old $a under its update
                local.get $a
                local.get $a i32.const 5 i32.add local.set $a
                local.set $old
                ;; the local on the right of a commutative operator
                i32.const 0x100 local.get $a i32.xor local.set $a
                local.get $old local.get $a i32.or local.set $a
                ;; i64, both operands the local, and tee
                local.get $b local.get $b i64.add local.tee $b
                i64.const 1 i64.sub local.set $b
                local.get $b i64.const 0xffff i64.and local.set $b
                ;; x - x
                local.get $old local.get $old i32.sub local.get $a i32.add local.set $a
                ;; pinned index for a store and a load
                local.get $p local.get $a i32.store
                local.get $p i32.const 4 i32.add local.set $p
                local.get $i i32.const 1 i32.add local.tee $i
                local.get $n i32.ne br_if 0
            end
            ;; eqz of a pinned local, and the stored values summed onto $b
            loop
                local.get $p i32.const 4 i32.sub local.set $p
                local.get $b local.get $p i32.load i64.extend_i32_u i64.add local.set $b
                local.get $p i32.eqz i32.eqz br_if 0
            end
            local.get $b local.get $a i64.extend_i32_u i64.const 32 i64.shl i64.add))"#,
    )
    .unwrap();
    let mut s = Store::new(&engine);
    let inst = Instance::new(&mut s, &module, &[]).unwrap();
    let f = inst.get_func(&s, "f").unwrap();
    for n in [1, 2, 10, 100] {
        let (mut a, mut b, mut stored) = (7u32, 3u64, Vec::new());
        for _ in 0..n {
            let old = a;
            a = a.wrapping_add(5);
            a ^= 0x100;
            a |= old;
            b = b.wrapping_add(b);
            b = b.wrapping_sub(1);
            b &= 0xffff;
            a = old.wrapping_sub(old).wrapping_add(a);
            stored.push(a);
        }
        let sum: u64 = stored.iter().map(|&v| v as u64).sum();
        let want = b.wrapping_add(sum).wrapping_add((a as u64) << 32) as i64;
        assert_eq!(
            f.call(&mut s, &[Val::I32(n)]).unwrap(),
            vec![Val::I64(want)],
            "n = {n}"
        );
    }
}

/// A comparison stored into a pinned local goes straight from the flags
/// into its register, also when an older read of the local is pending.
#[test]
fn comparison_into_a_pinned_local() {
    let engine = Engine::default();
    let module = Module::from_wat(
        &engine,
        r#"(module
        (func (export "f") (param $n i32) (result i32) (local $i i32) (local $lt i32) (local $acc i32)
            loop
                ;; $acc = $acc * 2 + old $lt + new $lt, with $lt = ($i < $n / 2)
                local.get $acc i32.const 2 i32.mul
                local.get $lt
                local.get $i local.get $n i32.const 1 i32.shr_u i32.lt_s local.set $lt
                i32.add local.get $lt i32.add local.set $acc
                local.get $i i32.const 1 i32.add local.tee $i
                local.get $n i32.lt_s br_if 0
            end
            local.get $acc))"#,
    )
    .unwrap();
    let mut s = Store::new(&engine);
    let inst = Instance::new(&mut s, &module, &[]).unwrap();
    let f = inst.get_func(&s, "f").unwrap();
    for n in [1i32, 2, 5, 9, 20] {
        let (mut acc, mut lt) = (0i32, 0i32);
        for i in 0..n {
            let old = lt;
            lt = (i < n / 2) as i32;
            acc = acc.wrapping_mul(2).wrapping_add(old).wrapping_add(lt);
        }
        assert_eq!(
            f.call(&mut s, &[Val::I32(n)]).unwrap(),
            vec![Val::I32(acc)],
            "n = {n}"
        );
    }
}

/// Pinned locals are saved before a call only when written since their
/// last save or reload (`stack.rs`, `save_pinned`): every way of writing
/// one between two calls (`local.set`, `local.tee`, an in-place update, a
/// comparison result, on one arm of an `if`, before a `br_if` out of a
/// block, across a loop's back edge) must reach the slot before the second
/// call, or the reload after it brings back the old value.
#[test]
fn pinned_locals_written_between_calls_survive_the_next_call() {
    let engine = Engine::default();
    let module = Module::from_wat(
        &engine,
        r#"(module (memory 1) (data (i32.const 0) "\e8\03")
        ;; A loop keeps $id a real call (not inlined).
        (func $id (param i32) (result i32) loop end local.get 0)
        (func $fid (param f64) (result f64) loop end local.get 0)
        (func (export "f") (param $n i32) (param $k i32) (result i64)
            (local $a i32) (local $b i32) (local $c i32) (local $x f64)
            loop
                local.get $k call $id drop
                local.get $a i32.const 3 i32.add local.set $a
                local.get $k call $id drop
                local.get $b i32.const 5 i32.xor local.tee $b
                call $id drop
                local.get $a local.get $b i32.lt_u local.set $c
                local.get $k call $id drop
                local.get $n i32.const 1 i32.and
                if
                    local.get $k i32.const 7 i32.add local.set $k
                else
                    local.get $x f64.const 0.5 f64.add local.set $x
                end
                local.get $k call $id drop
                local.get $x call $fid drop
                block
                    local.get $a i32.const 2 i32.mul local.set $a
                    local.get $n i32.const 3 i32.rem_u
                    br_if 0
                    local.get $b i32.const 1 i32.add local.set $b
                end
                local.get $a call $id drop
                local.get $n i32.const 1 i32.sub local.tee $n
                br_if 0
            end
            local.get $a i64.extend_i32_u i64.const 32 i64.shl
            local.get $b local.get $c i32.add local.get $k i32.add
            i64.extend_i32_u i64.or
            local.get $x i64.trunc_f64_u i64.const 48 i64.shl i64.add)
        ;; Joins: written before an `if` whose two arms call (the `else` arm
        ;; starts from the state before the `if`, not the `then` arm's end),
        ;; before an `if` without `else` that calls (the join after it), on
        ;; a loop's back edge after a call before the loop.
        (func (export "joins") (param $n i32) (result i32) (local $a i32) (local $i i32)
            local.get $n call $id drop
            loop
                local.get $i call $id drop
                local.get $a i32.const 1 i32.add local.set $a
                local.get $i i32.const 1 i32.and
                if
                    local.get $i call $id drop
                else
                    local.get $i call $id drop
                end
                local.get $a i32.const 10 i32.add local.set $a
                local.get $i i32.const 2 i32.and
                if
                    local.get $i call $id drop
                end
                local.get $i call $id drop
                local.get $a i32.const 100 i32.add local.set $a
                local.get $i i32.const 1 i32.add local.tee $i
                local.get $n i32.lt_u br_if 0
            end
            local.get $a)
        ;; Results computed straight into a pinned register (an ALU
        ;; operation, a load), then a call.
        (func (export "writers") (param $n i32) (result i32) (local $a i32) (local $b i32) (local $s i32)
            loop
                local.get $n call $id drop
                local.get $n local.get $n i32.mul local.set $a
                local.get $a call $id drop
                i32.const 0 i32.load local.set $b
                local.get $b call $id drop
                local.get $s local.get $a i32.add local.get $b i32.add local.set $s
                local.get $n call $id drop
                local.get $n i32.const 1 i32.sub local.tee $n
                br_if 0
            end
            local.get $s))"#,
    )
    .unwrap();
    let mut s = Store::new(&engine);
    let inst = Instance::new(&mut s, &module, &[]).unwrap();
    let f = inst.get_func(&s, "f").unwrap();
    let (mut n, mut k, mut a, mut b, mut x) = (37u32, 4u32, 0u32, 0u32, 0f64);
    let mut c;
    loop {
        a = a.wrapping_add(3);
        b ^= 5;
        c = (a < b) as u32;
        if n & 1 != 0 {
            k = k.wrapping_add(7);
        } else {
            x += 0.5;
        }
        a = a.wrapping_mul(2);
        if n % 3 == 0 {
            b = b.wrapping_add(1);
        }
        n -= 1;
        if n == 0 {
            break;
        }
    }
    let want = ((a as u64) << 32 | b.wrapping_add(c).wrapping_add(k) as u64)
        .wrapping_add((x as u64) << 48);
    assert_eq!(
        f.call(&mut s, &[Val::I32(37), Val::I32(4)]).unwrap(),
        vec![Val::I64(want as i64)]
    );
    let joins = inst.get_func(&s, "joins").unwrap();
    assert_eq!(
        joins.call(&mut s, &[Val::I32(9)]).unwrap(),
        vec![Val::I32(9 * 111)]
    );
    let writers = inst.get_func(&s, "writers").unwrap();
    assert_eq!(
        writers.call(&mut s, &[Val::I32(5)]).unwrap(),
        vec![Val::I32(55 + 5 * 1000)]
    );
}

/// Locals pinned to callee-saved registers (rbx, r12, r13 on x86-64) keep
/// their values across every kind of call without being saved by the
/// caller: a wasm callee that pins the same registers itself (and calls
/// in turn), a host function, an indirect call into another instance, a
/// host function that calls back into wasm, and an engine helper
/// (`memory.grow`); and the caller's own caller (the host) gets its
/// registers back, also when a callee traps.
#[test]
fn callee_saved_pins_survive_every_call() {
    use wasmjit::{Func, FuncType, ValType};
    let engine = Engine::default();
    let mut s = Store::new(&engine);
    let callee = Module::from_wat(
        &engine,
        r#"(module
        (func $leaf (param i32) (result i32) loop end local.get 0)
        ;; Pins its own heavy locals to the same registers, and calls.
        (func $clobber (export "clobber") (param $n i32) (result i32)
            (local $a i32) (local $b i32) (local $c i32)
            loop
                local.get $a local.get $n i32.add call $leaf local.set $a
                local.get $b i32.const 3 i32.add local.set $b
                local.get $c local.get $a i32.xor local.set $c
                local.get $n i32.const 1 i32.sub local.tee $n
                br_if 0
            end
            local.get $a local.get $b i32.add local.get $c i32.add)
        (func (export "trap") (param i32) (result i32) unreachable)
        (table (export "t") 1 funcref) (elem (i32.const 0) $clobber))"#,
    )
    .unwrap();
    let ci = Instance::new(&mut s, &callee, &[]).unwrap();
    let clobber = ci.get_export(&s, "clobber").unwrap();
    let table = ci.get_export(&s, "t").unwrap();
    let ty = FuncType::new([ValType::I32], [ValType::I32]);
    let host = Func::new(&mut s, ty.clone(), |_, a, r| {
        let Val::I32(x) = a[0] else { panic!() };
        r[0] = Val::I32(x.wrapping_mul(3));
        Ok(())
    });
    let clobber_func = ci.get_func(&s, "clobber").unwrap();
    let reenter = Func::new(&mut s, ty, move |caller, a, r| {
        r[0] = clobber_func.call(caller, a).expect("re-entered call")[0];
        Ok(())
    });
    let module = Module::from_wat(
        &engine,
        r#"(module
        (import "c" "clobber" (func $clobber (param i32) (result i32)))
        (import "c" "host" (func $host (param i32) (result i32)))
        (import "c" "reenter" (func $reenter (param i32) (result i32)))
        (import "c" "t" (table 1 funcref))
        (memory 1)
        (type $t (func (param i32) (result i32)))
        (func (export "f") (param $n i32) (result i32)
            (local $x i32) (local $y i32) (local $z i32) (local $sum i32)
            i32.const 7 local.set $x i32.const 1000 local.set $y i32.const -5 local.set $z
            loop
                i32.const 4 call $clobber local.get $sum i32.add local.set $sum
                local.get $x call $host local.get $sum i32.add local.set $sum
                i32.const 3 i32.const 0 call_indirect (type $t) local.get $sum i32.add local.set $sum
                i32.const 2 call $reenter local.get $sum i32.add local.set $sum
                i32.const 0 memory.grow local.get $sum i32.add local.set $sum
                local.get $x i32.const 1 i32.add local.set $x
                local.get $y local.get $x i32.sub local.set $y
                local.get $z local.get $y i32.xor local.set $z
                local.get $n i32.const 1 i32.sub local.tee $n
                br_if 0
            end
            local.get $x local.get $y i32.add local.get $z i32.add local.get $sum i32.add))"#,
    )
    .unwrap();
    let imports = [clobber, Extern::Func(host), Extern::Func(reenter), table];
    let inst = Instance::new(&mut s, &module, &imports).unwrap();
    let clobber_of = |mut n: i32| {
        let (mut a, mut b, mut c) = (0i32, 0i32, 0i32);
        loop {
            a = a.wrapping_add(n);
            b += 3;
            c ^= a;
            n -= 1;
            if n == 0 {
                break a + b + c;
            }
        }
    };
    let (mut x, mut y, mut z, mut sum) = (7i32, 1000i32, -5i32, 0i32);
    for _ in 0..6 {
        sum = sum.wrapping_add(clobber_of(4));
        sum = sum.wrapping_add(x.wrapping_mul(3));
        sum = sum.wrapping_add(clobber_of(3));
        sum = sum.wrapping_add(clobber_of(2));
        sum = sum.wrapping_add(1); // memory.grow 0: the size in pages
        x += 1;
        y -= x;
        z ^= y;
    }
    let f = inst.get_func(&s, "f").unwrap();
    let want = vec![Val::I32(x + y + z + sum)];
    assert_eq!(f.call(&mut s, &[Val::I32(6)]).unwrap(), want);
    // A trap below frames that pinned callee-saved registers leaves the
    // host's registers intact: calls before and after agree.
    let trap = ci.get_func(&s, "trap").unwrap();
    assert!(trap.call(&mut s, &[Val::I32(1)]).is_err());
    assert_eq!(f.call(&mut s, &[Val::I32(6)]).unwrap(), want);
}

/// A leaf keeps its float parameters in the registers they arrive in
/// (xmm1..xmm6) and pins its heavy float locals too: the pins must still
/// leave the allocator the float registers an operation holds at once
/// (`pinning::MIN_FREE_FLOATS`), here nested sums, products and compares
/// of two computed values (the differential fuzzer found a module that
/// panicked at compile time with every float register pinned).
#[test]
fn float_pins_leave_registers_for_values() {
    let engine = Engine::default();
    let locals: String = (0..10).map(|k| format!("(local $l{k} f64) ")).collect();
    let updates: String = (0..10)
        .map(|k| {
            format!(
                "local.get $l{k} local.get $p{} f64.const 0.5 f64.mul f64.add local.set $l{k} ",
                k % 6
            )
        })
        .collect();
    let wat = format!(
        r#"(module (func (export "f") (param $p0 f64) (param $p1 f64) (param $p2 f64)
            (param $p3 f64) (param $p4 f64) (param $p5 f64) (param $n i32) (result f64)
            {locals} (local $acc f64)
            loop
                {updates}
                local.get $acc
                local.get $l0 local.get $l1 f64.add local.get $l2 local.get $l3 f64.sub f64.mul
                local.get $l4 local.get $l5 f64.mul local.get $l6 local.get $l7 f64.add f64.div
                f64.gt f64.convert_i32_u
                local.get $p0 local.get $p1 f64.add local.get $p2 local.get $p3 f64.add f64.mul
                local.get $p4 local.get $p5 f64.sub local.get $l8 local.get $l9 f64.add f64.mul
                f64.add f64.add f64.add local.set $acc
                local.get $n i32.const 1 i32.sub local.tee $n
                br_if 0
            end
            local.get $acc))"#
    );
    let module = Module::from_wat(&engine, &wat).unwrap();
    let mut s = Store::new(&engine);
    let inst = Instance::new(&mut s, &module, &[]).unwrap();
    let f = inst.get_func(&s, "f").unwrap();
    let p = [1.0f64, 2.0, 3.5, -4.0, 5.25, 0.75];
    let (mut l, mut acc) = ([0.0f64; 10], 0.0f64);
    for _ in 0..7 {
        for (k, x) in l.iter_mut().enumerate() {
            *x += p[k % 6] * 0.5;
        }
        let gt = ((l[0] + l[1]) * (l[2] - l[3]) > (l[4] * l[5]) / (l[6] + l[7])) as u32 as f64;
        let rest = (p[0] + p[1]) * (p[2] + p[3]) + (p[4] - p[5]) * (l[8] + l[9]);
        acc += gt + rest;
    }
    let mut args: Vec<Val> = p.iter().map(|&x| Val::from_f64(x)).collect();
    args.push(Val::I32(7));
    assert_eq!(f.call(&mut s, &args).unwrap(), vec![Val::from_f64(acc)]);
}
