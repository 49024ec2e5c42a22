//! Parallel compilation (`compiler/link.rs`): the machine code is the same
//! bytes whatever the number of compile threads, calls between functions
//! of different chunks are linked right, and errors are the ones a
//! sequential compilation reports.

use std::path::Path;

use wasmjit::{Engine, Error, Instance, Module, Store, TrapKind, Val};

fn engine(threads: usize) -> Engine {
    let e = Engine::default();
    e.set_compile_threads(threads);
    e
}

/// `n` functions; function `i` calls function `i - 1` directly (and, every
/// 7th, through the table), so calls cross every chunk boundary; `f0`
/// traps on a negative argument.
fn generated(n: usize) -> String {
    let mut wat = String::from(
        "(module (type $t (func (param i32) (result i32)))\n\
         (func $f0 (type $t) local.get 0 i32.const 0 i32.lt_s if unreachable end local.get 0)\n",
    );
    for i in 1..n {
        if i % 7 == 0 {
            wat.push_str(&format!(
                "(func $f{i} (type $t) local.get 0 i32.const {i} i32.add i32.const {} call_indirect (type $t))\n",
                i - 1
            ));
        } else {
            wat.push_str(&format!(
                "(func $f{i} (type $t) local.get 0 i32.const 1 i32.xor call $f{})\n",
                i - 1
            ));
        }
    }
    wat.push_str(&format!("(table {n} funcref) (elem (i32.const 0)"));
    for i in 0..n {
        wat.push_str(&format!(" $f{i}"));
    }
    wat.push_str(&format!(") (export \"top\" (func $f{})))", n - 1));
    wat
}

/// What `top(x)` returns, computed in Rust.
fn expected(n: usize, x: i32) -> i32 {
    let mut v = x;
    for i in (1..n).rev() {
        v = if i % 7 == 0 {
            v.wrapping_add(i as i32)
        } else {
            v ^ 1
        };
    }
    v
}

#[test]
fn same_code_whatever_the_thread_count() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../benches/wasm/sqlite.wasm");
    let sqlite = std::fs::read(&path).unwrap();
    let many = wat::parse_str(generated(5000)).unwrap();
    for bytes in [&sqlite, &many] {
        let one = Module::new(&engine(1), bytes).unwrap();
        for threads in [2, 3, 8] {
            let m = Module::new(&engine(threads), bytes).unwrap();
            assert_eq!(
                m.function_offsets(),
                one.function_offsets(),
                "{threads} threads"
            );
            assert!(
                m.code() == one.code(),
                "code differs with {threads} threads"
            );
        }
    }
}

#[test]
fn calls_across_chunks_are_linked() {
    let n = 5000;
    let wasm = wat::parse_str(generated(n)).unwrap();
    for threads in [1, 4] {
        let engine = engine(threads);
        let module = Module::new(&engine, &wasm).unwrap();
        let mut store = Store::new(&engine);
        let inst = Instance::new(&mut store, &module, &[]).unwrap();
        let top = inst.get_func(&store, "top").unwrap();
        let x = 1_000_000;
        assert_eq!(
            top.call(&mut store, &[Val::I32(x)]).unwrap(),
            vec![Val::I32(expected(n, x))]
        );
        // A trap in the first function, reached from the last: the trap
        // stub at offset 0 is linked from every chunk.
        let below = -(n as i32) * n as i32;
        match top.call(&mut store, &[Val::I32(below)]) {
            Err(Error::Trap(t)) => {
                assert_eq!(t.kind(), TrapKind::Unreachable);
                assert_eq!(t.frames()[0].func_index, 0);
                assert!(t.frames().len() > 100);
            }
            other => panic!("expected a trap, got {other:?}"),
        }
    }
}

#[test]
fn errors_are_those_of_a_sequential_compile() {
    // An invalid body deep in the module, then an unsupported one (SIMD),
    // then another invalid one: the first invalid one is reported.
    let mut wat = String::from("(module\n");
    for i in 0..12000 {
        let body = match i {
            6000 => "i64.const 1".to_string(), // returns i64, declared i32
            8000 => "v128.const i32x4 0 0 0 0 drop i32.const 0".to_string(),
            10000 => "f32.const 1".to_string(),
            _ => format!("local.get 0 i32.const {i} i32.add"),
        };
        wat.push_str(&format!("(func (param i32) (result i32) {body})\n"));
    }
    wat.push(')');
    let wasm = wat::parse_str(&wat).unwrap();
    let message = |threads| match Module::new(&engine(threads), &wasm) {
        Err(e) => e.to_string(),
        Ok(_) => panic!("compiled an invalid module"),
    };
    let sequential = message(1);
    assert!(sequential.contains("type mismatch"), "{sequential}");
    for threads in [2, 5] {
        assert_eq!(message(threads), sequential);
    }
}

#[test]
fn truncated_modules_are_errors() {
    // Bodies read before the cut are compiled (their errors come first)
    // though the functions they call have no code: never a panic.
    let wasm = wat::parse_str(generated(3000)).unwrap();
    for threads in [1, 3] {
        let engine = engine(threads);
        for n in (9..wasm.len()).step_by(997) {
            assert!(
                Module::new(&engine, &wasm[..n]).is_err(),
                "prefix of {n} bytes"
            );
        }
    }
}
