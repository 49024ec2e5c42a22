//! Hostile input: nothing a module or its bytes can do may crash, hang or
//! corrupt the process; every failure is an `Err`.
//!
//! Malformed bytes (every prefix and random bit flips of a real module),
//! modules at the size limits (many functions, a huge `br_table`, the most
//! locals, deep nesting), memory limits, runaway code (interrupted loops,
//! unbounded recursion). The leak check over many instantiations is in
//! `leak.rs`, a test binary of its own, so that no other test's allocations
//! run beside its measurements.

use std::sync::mpsc;
use std::time::{Duration, Instant};
use wasmjit::{Engine, Error, Extern, Instance, Module, Store, TrapKind, Val};

fn instantiate(wat: &str) -> (Store, Instance) {
    let engine = Engine::default();
    let module = Module::from_wat(&engine, wat).unwrap();
    let mut store = Store::new(&engine);
    let instance = Instance::new(&mut store, &module, &[]).unwrap();
    (store, instance)
}

fn trap_kind(r: wasmjit::Result<Vec<Val>>) -> TrapKind {
    match r {
        Err(Error::Trap(t)) => t.kind(),
        other => panic!("expected a trap, got {other:?}"),
    }
}

/// Minimal binary encoding helpers for modules too big to write as text.
mod enc {
    pub fn leb(mut v: u32, out: &mut Vec<u8>) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                out.push(byte);
                return;
            }
            out.push(byte | 0x80);
        }
    }

    pub fn section(id: u8, body: &[u8], out: &mut Vec<u8>) {
        out.push(id);
        leb(body.len() as u32, out);
        out.extend_from_slice(body);
    }

    pub fn header() -> Vec<u8> {
        b"\0asm\x01\0\0\0".to_vec()
    }

    /// `name` as a length-prefixed UTF-8 string.
    pub fn name(name: &str, out: &mut Vec<u8>) {
        leb(name.len() as u32, out);
        out.extend_from_slice(name.as_bytes());
    }

    /// A module with one type `(param i32) (result i32)` and one exported
    /// function "f" with the given locals declarations and body (the final
    /// `end` included).
    pub fn single_func(locals: &[(u32, u8)], body: &[u8]) -> Vec<u8> {
        let mut m = header();
        section(1, &[1, 0x60, 1, 0x7f, 1, 0x7f], &mut m);
        section(3, &[1, 0], &mut m);
        let mut exports = vec![1];
        name("f", &mut exports);
        exports.extend_from_slice(&[0, 0]);
        section(7, &exports, &mut m);
        let mut func = Vec::new();
        leb(locals.len() as u32, &mut func);
        for &(n, ty) in locals {
            leb(n, &mut func);
            func.push(ty);
        }
        func.extend_from_slice(body);
        let mut code = vec![1];
        leb(func.len() as u32, &mut code);
        code.extend_from_slice(&func);
        section(10, &code, &mut m);
        m
    }
}

/// A module that exercises most of the engine: memory with data, a table
/// with elements, globals, loops, calls, indirect calls, a start function.
const REAL_MODULE: &str = r#"(module
  (type $bin (func (param i32 i32) (result i32)))
  (memory 1 2)
  (table 4 funcref)
  (global $g (mut i32) (i32.const 7))
  (global $h i64 (i64.const -1))
  (data (i32.const 16) "hello, world")
  (elem (i32.const 0) $add $sub)
  (func $add (type $bin) local.get 0 local.get 1 i32.add)
  (func $sub (type $bin) local.get 0 local.get 1 i32.sub)
  (func $start global.get $g i32.const 1 i32.add global.set $g)
  (start $start)
  (func (export "sum") (param $n i32) (result i32) (local $acc i32)
    block $done
      loop $top
        local.get $n i32.eqz br_if $done
        local.get $acc local.get $n
        local.get $n i32.const 1 i32.and
        call_indirect (type $bin)
        local.set $acc
        local.get $n i32.const 1 i32.sub local.set $n
        br $top
      end
    end
    local.get $acc)
  (func (export "load") (param i32) (result i64)
    local.get 0 i64.load offset=3)
  (func (export "grow") (param i32) (result i32)
    local.get 0 memory.grow)
  (func (export "fdiv") (param f64 f64) (result f64)
    local.get 0 local.get 1 f64.div)
  (func (export "select") (param i32) (result i32)
    i32.const 10 i32.const 20 local.get 0 select))"#;

/// Runs every exported function of `module` with zero arguments under a
/// watchdog that interrupts after `limit` (mutated code may loop forever).
/// Any outcome is fine except a crash or a hang.
fn run_exports_with_watchdog(engine: &Engine, module: &Module, limit: Duration) {
    let mut store = Store::new(engine);
    let handle = store.interrupt_handle();
    let (done, wait) = mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if wait.recv_timeout(limit) == Err(mpsc::RecvTimeoutError::Timeout) {
            handle.interrupt();
        }
    });
    if let Ok(instance) = Instance::new(&mut store, module, &[]) {
        let funcs: Vec<_> = instance
            .exports(&store)
            .filter_map(|(_, e)| match e {
                Extern::Func(f) => Some(f),
                _ => None,
            })
            .collect();
        for f in funcs {
            let args: Vec<Val> = f
                .ty(&store)
                .params()
                .iter()
                .map(|t| Val::default_for(*t))
                .collect();
            let _ = f.call(&mut store, &args);
        }
    }
    let _ = done.send(());
    watchdog.join().unwrap();
}

#[test]
fn every_prefix_of_a_module_is_an_error_or_a_module() {
    let engine = Engine::default();
    let bytes = wat::parse_str(REAL_MODULE).unwrap();
    let mut valid = 0;
    for len in 0..bytes.len() {
        match Module::new(&engine, &bytes[..len]) {
            Ok(m) => {
                valid += 1;
                run_exports_with_watchdog(&engine, &m, Duration::from_millis(200));
            }
            Err(Error::Invalid { offset, .. }) => assert!(offset <= len, "offset {offset} > {len}"),
            Err(e) => panic!("prefix of {len} bytes: expected Invalid, got {e}"),
        }
    }
    // Only prefixes that end exactly at a section boundary are modules.
    assert!(valid < 12, "{valid} valid prefixes");
    assert!(Module::new(&engine, &bytes).is_ok());
}

#[test]
fn bit_flipped_modules_are_errors_or_run_safely() {
    let engine = Engine::default();
    let bytes = wat::parse_str(REAL_MODULE).unwrap();
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        // xorshift64* (Vigna, "An experimental exploration of Marsaglia's
        // xorshift generators, scrambled", 2016).
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    };
    let (mut valid, mut invalid) = (0, 0);
    for _ in 0..3000 {
        let mut mutant = bytes.clone();
        let flips = 1 + next() % 3;
        for _ in 0..flips {
            let bit = (next() % (mutant.len() as u64 * 8)) as usize;
            mutant[bit / 8] ^= 1 << (bit % 8);
        }
        match Module::new(&engine, &mutant) {
            Ok(m) => {
                valid += 1;
                run_exports_with_watchdog(&engine, &m, Duration::from_millis(200));
            }
            Err(Error::Invalid { .. } | Error::Unsupported { .. }) => invalid += 1,
            Err(e) => panic!("unexpected error kind: {e}"),
        }
    }
    assert!(valid > 0 && invalid > 0, "{valid} valid, {invalid} invalid");
}

#[test]
fn hundred_thousand_functions() {
    const N: u32 = 100_000;
    let mut m = enc::header();
    // One type: () -> i32.
    enc::section(1, &[1, 0x60, 0, 1, 0x7f], &mut m);
    let mut funcs = Vec::new();
    enc::leb(N, &mut funcs);
    funcs.extend(std::iter::repeat_n(0u8, N as usize));
    enc::section(3, &funcs, &mut m);
    let mut exports = vec![2];
    enc::name("first", &mut exports);
    exports.extend_from_slice(&[0, 0]);
    enc::name("last", &mut exports);
    exports.push(0);
    enc::leb(N - 1, &mut exports);
    enc::section(7, &exports, &mut m);
    // Function i calls function i + 1 (the last returns its index), so
    // every call site is patched and "first" runs through all of them.
    let mut code = Vec::new();
    enc::leb(N, &mut code);
    for i in 0..N {
        let mut body = vec![0];
        if i + 1 < N {
            body.push(0x10);
            enc::leb(i + 1, &mut body);
        } else {
            body.push(0x41);
            enc::leb(N - 1, &mut body);
        }
        body.push(0x0b);
        enc::leb(body.len() as u32, &mut code);
        code.extend_from_slice(&body);
    }
    enc::section(10, &code, &mut m);

    let engine = Engine::default();
    let start = Instant::now();
    let module = Module::new(&engine, &m).unwrap();
    let compile = start.elapsed();
    // The chain of 10^5 nested calls needs more than the test thread's stack.
    let result = std::thread::Builder::new()
        .stack_size(128 << 20)
        .spawn(move || {
            let mut store = Store::new(&engine);
            store
                .set_limits(wasmjit::StoreLimits {
                    max_wasm_stack: 64 << 20,
                    ..wasmjit::StoreLimits::default()
                })
                .unwrap();
            let inst = Instance::new(&mut store, &module, &[]).unwrap();
            let last = inst.get_func(&store, "last").unwrap();
            assert_eq!(
                last.call(&mut store, &[]).unwrap(),
                vec![Val::I32(N as i32 - 1)]
            );
            let first = inst.get_func(&store, "first").unwrap();
            first.call(&mut store, &[]).unwrap()
        })
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(result, vec![Val::I32(N as i32 - 1)]);
    assert!(
        compile < Duration::from_secs(20),
        "compiling took {compile:?}"
    );
}

#[test]
fn br_table_with_100k_targets() {
    const N: u32 = 100_000;
    // block $2 (block $1 (block $0 (br_table [i % 3 for i < N] default=2 (local.get 0))
    //   return 10) return 11) 12, as i32 results.
    let mut body = vec![0x02, 0x40, 0x02, 0x40, 0x02, 0x40, 0x20, 0x00, 0x0e];
    enc::leb(N, &mut body);
    for i in 0..N {
        enc::leb(i % 3, &mut body);
    }
    body.push(2); // default: the outermost block
    body.push(0x0b);
    body.extend_from_slice(&[0x41, 10, 0x0f, 0x0b]); // after $0: return 10
    body.extend_from_slice(&[0x41, 11, 0x0f, 0x0b]); // after $1: return 11
    body.extend_from_slice(&[0x41, 12, 0x0b]); // after $2: 12
    let engine = Engine::default();
    let module = Module::new(&engine, &enc::single_func(&[], &body)).unwrap();
    let mut store = Store::new(&engine);
    let inst = Instance::new(&mut store, &module, &[]).unwrap();
    let f = inst.get_func(&store, "f").unwrap();
    for i in [
        0u32,
        1,
        2,
        3,
        4,
        5,
        77_777,
        N - 2,
        N - 1,
        N,
        N + 1,
        u32::MAX,
    ] {
        let expected = if i < N { 10 + i % 3 } else { 12 };
        let got = f.call(&mut store, &[Val::I32(i as i32)]).unwrap();
        assert_eq!(got, vec![Val::I32(expected as i32)], "index {i}");
    }
}

#[test]
fn fifty_thousand_locals() {
    // The most locals wasmparser accepts: 50,000 (minus the parameter).
    // Write to the last one and to one in the middle, read back their sum.
    let body = [
        0x20, 0x00, 0x21, 0xcf, 0x86, 0x03, // local.set 49999
        0x42, 0x05, 0x21, 0xa8, 0xc3, 0x01, // i64.const 5, local.set 25000
        0x20, 0xcf, 0x86, 0x03, // local.get 49999
        0x20, 0xa8, 0xc3, 0x01, // local.get 25000
        0xa7, 0x6a, // i32.wrap_i64, i32.add
        0x20, 0xce, 0x86, 0x03, // local.get 49998 (zero-initialized i64)
        0xa7, 0x6a, 0x0b,
    ];
    let engine = Engine::default();
    // 49998 i64 locals and the i32 local 49999 after them.
    let bytes = enc::single_func(&[(49_998, 0x7e), (1, 0x7f)], &body);
    let module = Module::new(&engine, &bytes).unwrap();
    let mut store = Store::new(&engine);
    let inst = Instance::new(&mut store, &module, &[]).unwrap();
    let f = inst.get_func(&store, "f").unwrap();
    assert_eq!(
        f.call(&mut store, &[Val::I32(37)]).unwrap(),
        vec![Val::I32(42)]
    );

    // One more local is over the limit: a clean validation error.
    let bytes = enc::single_func(&[(49_999, 0x7e), (1, 0x7f)], &body);
    assert!(matches!(
        Module::new(&engine, &bytes),
        Err(Error::Invalid { .. })
    ));
    // So is a count that overflows u32 when summed.
    let bytes = enc::single_func(&[(u32::MAX, 0x7e), (u32::MAX, 0x7f)], &[0x0b]);
    assert!(matches!(
        Module::new(&engine, &bytes),
        Err(Error::Invalid { .. })
    ));
}

/// Compiles on a thread with a small stack: compilation must not recurse
/// per nesting level.
fn compile_on_small_stack(engine: &Engine, bytes: Vec<u8>) -> wasmjit::Result<Module> {
    let engine = engine.clone();
    std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(move || Module::new(&engine, &bytes))
        .unwrap()
        .join()
        .expect("compilation overflowed a 256 KiB stack")
}

fn call_f(engine: &Engine, module: &Module, arg: i32) -> Vec<Val> {
    let mut store = Store::new(engine);
    let inst = Instance::new(&mut store, module, &[]).unwrap();
    let f = inst.get_func(&store, "f").unwrap();
    f.call(&mut store, &[Val::I32(arg)]).unwrap()
}

#[test]
fn deeply_nested_blocks_compile_without_recursion() {
    const DEPTH: usize = 10_000;
    let engine = Engine::default();
    // DEPTH blocks of result i32; the innermost branches to the outermost
    // with local 0 + 1.
    let mut body = Vec::new();
    for _ in 0..DEPTH {
        body.extend_from_slice(&[0x02, 0x7f]);
    }
    body.extend_from_slice(&[0x20, 0x00, 0x41, 0x01, 0x6a, 0x0c]);
    enc::leb(DEPTH as u32 - 1, &mut body);
    body.extend(std::iter::repeat_n(0x0b, DEPTH + 1));
    let module = compile_on_small_stack(&engine, enc::single_func(&[], &body)).unwrap();
    assert_eq!(call_f(&engine, &module, 41), vec![Val::I32(42)]);

    // Alternating `loop (result i32)` and `local.get 0 if (result i32) ...
    // else i32.const 0 end`, each followed by `i32.const 1 i32.add`; the
    // innermost is `local.get 0`. With a nonzero argument every `if` is
    // taken, so the result is the argument plus DEPTH.
    let mut body = Vec::new();
    for k in 0..DEPTH {
        if k % 2 == 0 {
            body.extend_from_slice(&[0x03, 0x7f]);
        } else {
            body.extend_from_slice(&[0x20, 0x00, 0x04, 0x7f]);
        }
    }
    body.extend_from_slice(&[0x20, 0x00]);
    for k in (0..DEPTH).rev() {
        if k % 2 == 1 {
            body.extend_from_slice(&[0x05, 0x41, 0x00]);
        }
        body.extend_from_slice(&[0x0b, 0x41, 0x01, 0x6a]);
    }
    body.push(0x0b);
    let module = compile_on_small_stack(&engine, enc::single_func(&[], &body)).unwrap();
    assert_eq!(
        call_f(&engine, &module, 5),
        vec![Val::I32(5 + DEPTH as i32)]
    );
    // Argument 0: the outermost `if` (level 1) takes its else branch (0),
    // then its own increment and level 0's follow.
    assert_eq!(call_f(&engine, &module, 0), vec![Val::I32(2)]);
}

/// A declared size over 65536 pages (4 GiB) is invalid, as minimum or
/// maximum, on every target.
fn declared_sizes_over_4_gib_are_invalid(engine: &Engine) {
    for wat in ["(module (memory 65537))", "(module (memory 0 65537))"] {
        let bytes = wat::parse_str(wat).unwrap();
        assert!(
            matches!(Module::new(engine, &bytes), Err(Error::Invalid { .. })),
            "{wat}"
        );
    }
}

/// A declared maximum caps growth.
fn declared_maximum_caps_growth() {
    let (mut store, inst) = instantiate(
        r#"(module (memory 1 3)
            (func (export "grow") (param i32) (result i32) local.get 0 memory.grow))"#,
    );
    let grow = inst.get_func(&store, "grow").unwrap();
    assert_eq!(
        grow.call(&mut store, &[Val::I32(3)]).unwrap(),
        vec![Val::I32(-1)]
    );
    assert_eq!(
        grow.call(&mut store, &[Val::I32(2)]).unwrap(),
        vec![Val::I32(1)]
    );
    assert_eq!(
        grow.call(&mut store, &[Val::I32(1)]).unwrap(),
        vec![Val::I32(-1)]
    );
}

/// Growth up to exactly 4 GiB (x86-64; the 32-bit counterpart, where a
/// memory stops at 1 GiB, is `memory_beyond_the_32_bit_cap`).
#[cfg(target_pointer_width = "64")]
#[test]
fn memory_beyond_the_limit() {
    let engine = Engine::default();
    declared_sizes_over_4_gib_are_invalid(&engine);
    // A whole 4 GiB memory needs a store budget over the default 2 GiB.
    let module = Module::from_wat(
        &engine,
        r#"(module (memory (export "m") 1)
            (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)
            (func (export "size") (result i32) memory.size))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine);
    store
        .set_limits(wasmjit::StoreLimits {
            max_store_bytes: 4 << 30,
            ..wasmjit::StoreLimits::default()
        })
        .unwrap();
    let inst = Instance::new(&mut store, &module, &[]).unwrap();
    let grow = inst.get_func(&store, "grow").unwrap();
    let size = inst.get_func(&store, "size").unwrap();
    for delta in [65536, 65537, 0x7fff_ffff, -1, i32::MIN] {
        assert_eq!(
            grow.call(&mut store, &[Val::I32(delta)]).unwrap(),
            vec![Val::I32(-1)],
            "grow by {delta}"
        );
    }
    assert_eq!(size.call(&mut store, &[]).unwrap(), vec![Val::I32(1)]);
    // Up to exactly 4 GiB is allowed (address space only: nothing is touched).
    assert_eq!(
        grow.call(&mut store, &[Val::I32(65535)]).unwrap(),
        vec![Val::I32(1)]
    );
    assert_eq!(size.call(&mut store, &[]).unwrap(), vec![Val::I32(65536)]);
    assert_eq!(
        grow.call(&mut store, &[Val::I32(1)]).unwrap(),
        vec![Val::I32(-1)]
    );
    assert_eq!(
        grow.call(&mut store, &[Val::I32(0)]).unwrap(),
        vec![Val::I32(65536)]
    );
    declared_maximum_caps_growth();
}

/// In a 32-bit process a memory's maximum is lowered to 1 GiB (16384
/// pages; its whole address space is 4 GiB): growing up to that cap works,
/// moving the memory with its contents, and past it fails cleanly, from
/// the code (-1) and from the host (an error), as does a declared minimum
/// over it.
#[cfg(target_pointer_width = "32")]
#[test]
fn memory_beyond_the_32_bit_cap() {
    const CAP: i32 = 16384;
    let engine = Engine::default();
    declared_sizes_over_4_gib_are_invalid(&engine);
    let (mut store, inst) = instantiate(
        r#"(module (memory (export "m") 1)
            (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)
            (func (export "size") (result i32) memory.size)
            (func (export "load") (param i32) (result i32) local.get 0 i32.load8_u)
            (func (export "store") (param i32 i32) local.get 0 local.get 1 i32.store8))"#,
    );
    let f = |name: &str| inst.get_func(&store, name).unwrap();
    let (grow, size, load, store8) = (f("grow"), f("size"), f("load"), f("store"));
    for delta in [CAP, 65535, 65536, 0x7fff_ffff, -1, i32::MIN] {
        assert_eq!(
            grow.call(&mut store, &[Val::I32(delta)]).unwrap(),
            vec![Val::I32(-1)],
            "grow by {delta}"
        );
    }
    assert_eq!(size.call(&mut store, &[]).unwrap(), vec![Val::I32(1)]);
    store8
        .call(&mut store, &[Val::I32(65535), Val::I32(0x5a)])
        .unwrap();
    // Up to exactly the cap (address space: only the pages touched below
    // are committed to memory).
    assert_eq!(
        grow.call(&mut store, &[Val::I32(CAP - 1)]).unwrap(),
        vec![Val::I32(1)]
    );
    assert_eq!(size.call(&mut store, &[]).unwrap(), vec![Val::I32(CAP)]);
    assert_eq!(
        load.call(&mut store, &[Val::I32(65535)]).unwrap(),
        vec![Val::I32(0x5a)],
        "contents kept when the memory moved"
    );
    let last = CAP * 65536 - 1;
    store8
        .call(&mut store, &[Val::I32(last), Val::I32(7)])
        .unwrap();
    assert_eq!(
        load.call(&mut store, &[Val::I32(last)]).unwrap(),
        vec![Val::I32(7)]
    );
    assert_eq!(
        trap_kind(load.call(&mut store, &[Val::I32(last + 1)])),
        TrapKind::MemoryOutOfBounds
    );
    assert_eq!(
        grow.call(&mut store, &[Val::I32(1)]).unwrap(),
        vec![Val::I32(-1)]
    );
    assert_eq!(
        grow.call(&mut store, &[Val::I32(0)]).unwrap(),
        vec![Val::I32(CAP)]
    );
    let Some(Extern::Memory(mem)) = inst.get_export(&store, "m") else {
        panic!("no memory export")
    };
    assert!(mem.grow(&mut store, 1).is_err());
    assert_eq!(mem.data(&store).len(), CAP as usize * 65536);
    // A declared minimum over the cap: instantiation fails, with an error.
    let module = Module::from_wat(&engine, "(module (memory 16385))").unwrap();
    assert!(matches!(
        Instance::new(&mut Store::new(&engine), &module, &[]),
        Err(Error::Resource(_))
    ));
    declared_maximum_caps_growth();
}

#[test]
fn infinite_loops_are_interrupted() {
    let (mut store, inst) = instantiate(
        r#"(module
            (func (export "spin") (loop $l br $l))
            (func (export "spin_with_work") (param i32) (result i32)
              (loop $l
                local.get 0 i32.const 1 i32.add local.set 0
                br $l)
              local.get 0)
            (func $g (param i32) (result i32) local.get 0 i32.const 3 i32.mul)
            (func (export "spin_calling") (local i32)
              (loop $l local.get 0 call $g local.set 0 br $l)))"#,
    );
    for (name, args) in [
        ("spin", vec![]),
        ("spin_with_work", vec![Val::I32(0)]),
        ("spin_calling", vec![]),
    ] {
        let f = inst.get_func(&store, name).unwrap();
        let handle = store.interrupt_handle();
        let timer = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(50));
            handle.interrupt();
        });
        let start = Instant::now();
        assert_eq!(
            trap_kind(f.call(&mut store, &args)),
            TrapKind::Interrupt,
            "{name}"
        );
        assert!(start.elapsed() < Duration::from_secs(5), "{name}");
        timer.join().unwrap();
    }
    // After an interrupt the store is usable again.
    let f = inst.get_func(&store, "spin_with_work").unwrap();
    let handle = store.interrupt_handle();
    let timer = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(20));
        handle.interrupt();
    });
    assert_eq!(
        trap_kind(f.call(&mut store, &[Val::I32(1)])),
        TrapKind::Interrupt
    );
    timer.join().unwrap();
}

#[test]
fn unbounded_recursion_traps_with_stack_overflow() {
    let (mut store, inst) = instantiate(
        r#"(module
            (type $t (func (param i64) (result i64)))
            (table 1 funcref) (elem (i32.const 0) $indirect)
            (func $self (export "self") call $self)
            (func $big (export "big") (param i64) (result i64)
              (local f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64)
              local.get 0 i64.const 1 i64.add call $big
              local.get 0 i64.add)
            (func $a (export "mutual") (param i32) (result i32)
              local.get 0 i32.const 1 i32.add call $b)
            (func $b (param i32) (result i32)
              local.get 0 i32.const 2 i32.add call $a)
            (func $indirect (export "indirect") (param i64) (result i64)
              local.get 0 i32.const 0 call_indirect (type $t)))"#,
    );
    for (name, args) in [
        ("self", vec![]),
        ("big", vec![Val::I64(0)]),
        ("mutual", vec![Val::I32(0)]),
        ("indirect", vec![Val::I64(0)]),
    ] {
        let f = inst.get_func(&store, name).unwrap();
        assert_eq!(
            trap_kind(f.call(&mut store, &args)),
            TrapKind::StackOverflow,
            "{name}"
        );
        // And again: the limit is restored after the trap.
        assert_eq!(
            trap_kind(f.call(&mut store, &args)),
            TrapKind::StackOverflow,
            "{name}"
        );
    }
}

/// Runs `f` of `bytes` with argument 3 on a thread with a `stack`-byte stack.
fn call_on_thread(bytes: Vec<u8>, stack: usize) -> wasmjit::Result<Vec<Val>> {
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            let engine = Engine::default();
            let module = Module::new(&engine, &bytes)?;
            let mut store = Store::new(&engine);
            let inst = Instance::new(&mut store, &module, &[])?;
            let f = inst.get_func(&store, "f").unwrap();
            f.call(&mut store, &[Val::I32(3)])
        })
        .unwrap()
        .join()
        .unwrap()
}

/// A frame bigger than the whole thread stack (300,000 operand-stack slots,
/// 2.4 MB, on a 2 MiB stack) must trap before the stack pointer moves:
/// moving it first put it past the guard page, and the trap path's `call`
/// faulted there (SIGSEGV) or, with larger frames, wrote into whatever
/// mapping lay below.
#[test]
fn frame_larger_than_the_stack_traps() {
    for n in [300_000u32, 1_000_000] {
        // n × local.get 0, then n − 1 × i32.add.
        let mut body = Vec::new();
        for _ in 0..n {
            body.extend_from_slice(&[0x20, 0x00]);
        }
        body.extend(std::iter::repeat_n(0x6a, n as usize - 1));
        body.push(0x0b);
        let r = call_on_thread(enc::single_func(&[], &body), 2 << 20);
        assert_eq!(trap_kind(r), TrapKind::StackOverflow, "{n} slots");
    }
}

/// On a thread whose stack is smaller than `max_wasm_stack` (1 MiB by
/// default), recursion traps with `StackOverflow` at the thread's real
/// stack end instead of faulting past its guard page; shallow calls still
/// run there.
#[test]
fn recursion_on_a_small_thread_stack_traps() {
    // (func $f (param i32) (result i32) local.get 0 call $f), 20 i64 locals.
    let body = [0x20, 0x00, 0x10, 0x00, 0x0b];
    let r = call_on_thread(enc::single_func(&[(20, 0x7e)], &body), 256 << 10);
    assert_eq!(trap_kind(r), TrapKind::StackOverflow);
    let ok = call_on_thread(enc::single_func(&[], &[0x20, 0x00, 0x0b]), 128 << 10);
    assert_eq!(ok.unwrap(), vec![Val::I32(3)]);
}
