//! Transfer costs against a plain memory copy of the same bytes:
//! `get_string` of a 1 MiB string (UTF-16 payload) and `new_array` of 10^6
//! f64 values into a `Float64Array`.
//!
//! Run: `cargo bench -p as-runtime --bench transfer`. Prints the median of
//! each measurement and the ratio to its copy baseline (the bar is ≤ 3×).

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use as_runtime::{AsRuntime, Imports, Values};
use wasmjit::{Engine, Extern, Instance, Module, Store, Val};

const RUNS: usize = 31;

/// (median, minimum) of RUNS timed runs after 3 warm-up runs. The machine is
/// shared, so the minimum is the better estimate of the intrinsic cost.
fn median(mut f: impl FnMut()) -> (Duration, Duration) {
    for _ in 0..3 {
        f();
    }
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    (times[RUNS / 2], times[0])
}

fn load(name: &str) -> (Store, Instance, AsRuntime) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../asm-tests/build/0.28.20/release")
        .join(format!("{name}.wasm"));
    let engine = Engine::default();
    let module =
        Module::new(&engine, &std::fs::read(&path).expect("read module")).expect("compile");
    let mut store = Store::new(&engine);
    let (instance, rt) = Imports::new()
        .instantiate(&mut store, &module)
        .expect("instantiate");
    (store, instance, rt)
}

fn report(what: &str, t: (Duration, Duration), base: (Duration, Duration), base_what: &str) {
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    println!(
        "{what:<36} median {:>7.0} µs (min {:>7.0})   {base_what:<28} median {:>6.0} µs (min {:>6.0})   ratio median {:.2}×, min {:.2}×",
        us(t.0),
        us(t.1),
        us(base.0),
        us(base.1),
        t.0.as_secs_f64() / base.0.as_secs_f64(),
        t.1.as_secs_f64() / base.1.as_secs_f64()
    );
}

fn bench_strings() {
    let (mut store, instance, mut rt) = load("strings");
    let repeat = instance
        .get_func(&store, "repeat_string")
        .expect("repeat_string");
    for (label, unit) in [("ASCII", "ab"), ("non-ASCII (é)", "éa")] {
        let u = rt.new_string(&mut store, unit).expect("new_string");
        rt.pin(&mut store, u).expect("pin");
        let out = repeat
            .call(&mut store, &[Val::I32(u as i32), Val::I32(1 << 18)])
            .expect("repeat");
        let Val::I32(big) = out[0] else {
            panic!("repeat_string result")
        };
        let big = rt.pin(&mut store, big as u32).expect("pin");
        let bytes = rt.string_bytes(&store, big).expect("bytes").len();
        assert_eq!(bytes, 1 << 20);
        let t = median(|| {
            black_box(rt.get_string(&store, big).expect("get_string"));
        });
        let base = median(|| {
            black_box(rt.string_bytes(&store, big).expect("bytes").to_vec());
        });
        report(
            &format!("get_string, 1 MiB {label}"),
            t,
            base,
            "copy of the 1 MiB (to_vec)",
        );
    }
}

fn bench_arrays() {
    let (mut store, instance, mut rt) = load("arrays");
    let Some(Extern::Global(g)) = instance.get_export(&store, "Float64Array_ID") else {
        panic!("Float64Array_ID")
    };
    let Val::I32(id) = g.get(&store) else {
        panic!("id")
    };
    let values: Vec<f64> = (0..1_000_000).map(|i| f64::from(i) * 0.5 - 7.0).collect();
    let mut dst = vec![0f64; values.len()];
    let t = median(|| {
        black_box(
            rt.new_array(&mut store, id as u32, Values::F64(&values))
                .expect("new_array"),
        );
    });
    let base_alloc = median(|| {
        black_box(values.to_vec());
    });
    let base_copy = median(|| {
        dst.copy_from_slice(&values);
        black_box(&dst);
    });
    report(
        "new_array Float64Array, 10^6 f64",
        t,
        base_alloc,
        "copy of the 8 MB (to_vec)",
    );
    report(
        "new_array Float64Array, 10^6 f64",
        t,
        base_copy,
        "copy into a buffer",
    );
}

fn main() {
    bench_strings();
    bench_arrays();
}
