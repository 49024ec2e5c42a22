//! The default imports (abort, trace, seed), overriding them, and a custom
//! `console.log` import (pyaswasm README "How to define custom imports").
mod common;

use std::sync::{Arc, Mutex};

use as_runtime::imports::{abort_func, seed_func};
use as_runtime::{AsError, TraceEvent};
use common::{i32v, load, load_with, wasm_path, BUILDS};
use wasmjit::{Engine, Extern, Func, FuncType, Module, Store, Val, ValType};

#[test]
fn sqrt_sum_square_and_console_log() {
    for (v, p) in BUILDS {
        let logged = Arc::new(Mutex::new(Vec::<String>::new()));
        let sink = logged.clone();
        let mut m = load_with(v, p, "math", |store, imports| {
            let slot = imports.memory_slot();
            let ty = FuncType::new([ValType::I32], []);
            let log = Func::new(store, ty, move |store, args, _| {
                let Val::I32(ptr) = args[0] else {
                    unreachable!()
                };
                sink.lock()
                    .unwrap()
                    .push(slot.read_string(store, ptr as u32).unwrap_or_default());
                Ok(())
            });
            imports.define("index", "console.log", Extern::Func(log));
        });
        assert_eq!(
            m.call_f64("sqrt_sum_square", &[Val::from_f32(3.0), Val::from_f32(4.0)]),
            5.0
        );
        assert_eq!(m.call_i32("log_sum", &[i32v(2), i32v(3)]), 5);
        assert_eq!(*logged.lock().unwrap(), ["2 + 3 = 5"], "{}", m.label);
    }
}

#[test]
fn a_missing_custom_import_is_a_link_error() {
    for (v, p) in BUILDS {
        let engine = Engine::default();
        let module =
            Module::new(&engine, &std::fs::read(wasm_path(v, p, "math")).unwrap()).unwrap();
        let mut store = Store::new(&engine);
        let err = as_runtime::Imports::new()
            .instantiate(&mut store, &module)
            .err()
            .unwrap();
        assert!(err.to_string().contains("index.console.log"), "{err}");
    }
}

/// Line and column (1-based) of the first `needle` in `asm-tests/src/<file>`.
fn source_position(file: &str, needle: &str) -> (u32, u32) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../asm-tests/src")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    for (i, line) in text.lines().enumerate() {
        if let Some(col) = line.find(needle) {
            return (i as u32 + 1, col as u32 + 1);
        }
    }
    panic!("{needle} not in {file}");
}

#[test]
fn abort_carries_message_file_line_and_column() {
    let (line, column) = source_position("diagnostics.ts", "throw new Error");
    let (aline, acol) = source_position("diagnostics.ts", "assert(false");
    for (v, p) in BUILDS {
        let mut m = load(v, p, "diagnostics");
        assert_eq!(m.call_i32("check_value", &[i32v(3)]), 6);
        match m.call("check_value", &[i32v(20)]) {
            Err(AsError::Abort(info)) => {
                assert_eq!(
                    info.message.as_deref(),
                    Some("value too large: 20"),
                    "{}",
                    m.label
                );
                assert_eq!(info.file.as_deref(), Some("diagnostics.ts"));
                assert_eq!((info.line, info.column), (line, column), "{}", m.label);
                assert!(info
                    .to_string()
                    .contains("value too large: 20 in diagnostics.ts:"));
            }
            other => panic!("{}: {other:?}", m.label),
        }
        // The instance stays usable after an abort.
        assert_eq!(m.call_i32("check_value", &[i32v(4)]), 8);
        match m.call("failing_assert", &[]) {
            Err(AsError::Abort(info)) => {
                assert_eq!(info.message.as_deref(), Some("assertion ünïcode ✓"));
                assert_eq!((info.line, info.column), (aline, acol), "{}", m.label);
            }
            other => panic!("{}: {other:?}", m.label),
        }
    }
}

#[test]
fn trace_reports_and_does_not_raise() {
    for (v, p) in BUILDS {
        let events = Arc::new(Mutex::new(Vec::<TraceEvent>::new()));
        let sink = events.clone();
        let mut m = load_with(v, p, "diagnostics", |_, imports| {
            imports.on_trace(Arc::new(move |e: &TraceEvent| {
                sink.lock().unwrap().push(e.clone())
            }));
        });
        let r = m.call_f64(
            "do_trace",
            &[Val::from_f64(1.5), Val::from_f64(2.5), Val::from_f64(-3.0)],
        );
        assert_eq!(r, 1.0);
        m.call("do_trace_plain", &[]).unwrap();
        let ev = events.lock().unwrap().clone();
        assert_eq!(ev.len(), 2, "{}", m.label);
        assert_eq!(
            ev[0],
            TraceEvent {
                message: "tracing".into(),
                values: vec![1.5, 2.5, -3.0]
            }
        );
        assert_eq!(ev[0].to_string(), "trace: tracing 1.5, 2.5, -3");
        assert_eq!(
            ev[1],
            TraceEvent {
                message: "just a message".into(),
                values: vec![]
            }
        );
        // The default sink (stderr) does not raise either.
        let mut d = load(v, p, "diagnostics");
        assert_eq!(
            d.call_f64(
                "do_trace",
                &[Val::from_f64(1.0), Val::from_f64(2.0), Val::from_f64(3.0)]
            ),
            6.0
        );
    }
}

#[test]
fn seed_is_random_and_overridable() {
    for (v, p) in BUILDS {
        let a = load(v, p, "diagnostics").call_f64("random_value", &[]);
        let b = load(v, p, "diagnostics").call_f64("random_value", &[]);
        assert!((0.0..1.0).contains(&a) && (0.0..1.0).contains(&b));
        assert_ne!(a, b, "two default seeds gave the same first random number");
        let fixed = || {
            load_with(v, p, "diagnostics", |store, imports| {
                let ty = FuncType::new([], [ValType::F64]);
                let seed = Func::new(store, ty, |_, _, r| {
                    r[0] = Val::from_f64(12345.0);
                    Ok(())
                });
                imports.define("env", "seed", Extern::Func(seed));
            })
            .call_f64("random_value", &[])
        };
        assert_eq!(fixed(), fixed(), "a fixed seed must repeat");
        // The builders are usable on their own.
        let mut store = Store::new(&Engine::default());
        let s = seed_func(&mut store);
        let Val::F64(bits) = s.call(&mut store, &[]).unwrap()[0] else {
            panic!()
        };
        assert!(f64::from_bits(bits) >= 1.0);
    }
}

#[test]
fn abort_can_be_overridden() {
    for (v, p) in BUILDS {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = seen.clone();
        let mut m = load_with(v, p, "diagnostics", |store, imports| {
            let slot = imports.memory_slot();
            // Wrap the default: record, then abort as usual.
            let default = abort_func(store, slot.clone());
            let ty = FuncType::new([ValType::I32; 4], []);
            let f = Func::new(store, ty, move |store, args, _| {
                let Val::I32(msg) = args[0] else {
                    unreachable!()
                };
                sink.lock()
                    .unwrap()
                    .push(slot.read_string(store, msg as u32));
                default.call(store, args).map(|_| ()).map_err(|e| match e {
                    wasmjit::Error::Trap(t) => t,
                    other => panic!("{other}"),
                })
            });
            imports.define("env", "abort", Extern::Func(f));
        });
        assert!(matches!(
            m.call("check_value", &[i32v(11)]),
            Err(AsError::Abort(_))
        ));
        assert_eq!(
            *seen.lock().unwrap(),
            [Some("value too large: 11".to_string())]
        );
    }
}
