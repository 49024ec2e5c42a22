//! `bench-run`: times one benchmark module on wasmjit.
//!
//! ```text
//! bench-run FILE.wasm [--repeats N] [--compile-repeats M] [--compile-only]
//!                     [--compile-threads T] [--explicit-bounds-checks]
//!                     [--simd-isa sse4.1|avx]
//! ```
//!
//! Compiles `FILE.wasm` with [`Module::new`] `M` times (default 1) on `T`
//! threads (default 0: one per core, `Engine::set_compile_threads`) and
//! keeps the best time (compile only, no instantiation), and the best time
//! of `M` instantiations (`Instance::new` in a new store, no imports: 0
//! when the module has imports), then, unless
//! `--compile-only`, instantiates it once and calls its export `run`
//! (no params, one `i32` or `i64` result) `N` times (default 3), keeping
//! the best wall-clock time of one call. Prints one JSON object on stdout:
//!
//! ```text
//! {"wasm_bytes": 1234, "code_bytes": 5678, "compile_s": 0.0012,
//!  "instantiate_s": 0.0001, "run_s": 0.53, "checksum": "123456789"}
//! ```
//!
//! `--explicit-bounds-checks` compiles with explicit bounds checks
//! (`BoundsChecks::Explicit`) instead of the engine's default;
//! `--simd-isa` generates `v128` code for SSE4.1 or AVX (`SimdIsa`)
//! instead of the best the CPU has.
//!
//! `checksum` is the result as an unsigned decimal string (64-bit results
//! do not fit a JSON double). Exits with status 1 and a message on stderr if
//! the module fails to compile or instantiate, `run` traps, or two calls
//! return different checksums.

use std::process::ExitCode;
use std::time::Instant;

use wasmjit::{BoundsChecks, Engine, Instance, Module, SimdIsa, Store, StoreLimits, Val};

struct Args {
    path: String,
    repeats: u32,
    compile_repeats: u32,
    compile_only: bool,
    compile_threads: u32,
    explicit: bool,
    simd_isa: SimdIsa,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        path: String::new(),
        repeats: 3,
        compile_repeats: 1,
        compile_only: false,
        compile_threads: 0,
        explicit: false,
        simd_isa: SimdIsa::host(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut count = |name: &str| -> Result<u32, String> {
            it.next()
                .and_then(|v| v.parse().ok())
                .filter(|&n| n > 0)
                .ok_or_else(|| format!("{name} needs a positive integer"))
        };
        match a.as_str() {
            "--repeats" => args.repeats = count("--repeats")?,
            "--compile-repeats" => args.compile_repeats = count("--compile-repeats")?,
            "--compile-only" => args.compile_only = true,
            "--compile-threads" => args.compile_threads = count("--compile-threads")?,
            "--explicit-bounds-checks" => args.explicit = true,
            "--simd-isa" => {
                args.simd_isa = match it.next().as_deref() {
                    Some("sse4.1") => SimdIsa::Sse41,
                    Some("avx") => SimdIsa::Avx,
                    _ => return Err("--simd-isa needs sse4.1 or avx".into()),
                }
            }
            _ if a.starts_with("--") => return Err(format!("unknown option {a}")),
            _ => args.path = a,
        }
    }
    if args.path.is_empty() {
        return Err(
            "usage: bench-run FILE.wasm [--repeats N] [--compile-repeats M] [--compile-only] \
             [--compile-threads T] [--explicit-bounds-checks] [--simd-isa sse4.1|avx]"
                .into(),
        );
    }
    Ok(args)
}

fn main() -> ExitCode {
    match run_benchmark() {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("bench-run: {msg}");
            ExitCode::FAILURE
        }
    }
}

/// CPU time of the calling thread, in seconds (`CLOCK_THREAD_CPUTIME_ID`):
/// run times are CPU time, so that other load on the machine does not
/// count (wasm runs on the calling thread).
#[cfg(unix)]
fn thread_cpu_s() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// Elsewhere, wall time since the first call (no thread CPU clock here).
#[cfg(not(unix))]
fn thread_cpu_s() -> f64 {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64()
}

fn run_benchmark() -> Result<String, String> {
    let args = parse_args()?;
    let bytes = std::fs::read(&args.path).map_err(|e| format!("{}: {e}", args.path))?;
    let checks = if args.explicit {
        BoundsChecks::Explicit
    } else {
        Engine::default().bounds_checks()
    };
    let engine = Engine::with_simd_isa(StoreLimits::default(), checks, args.simd_isa)
        .map_err(|e| format!("engine: {e}"))?;
    engine.set_compile_threads(args.compile_threads as usize);

    let mut compile_s = f64::INFINITY;
    let mut module = None;
    for _ in 0..args.compile_repeats {
        let t = Instant::now();
        let m = Module::new(&engine, &bytes).map_err(|e| format!("compile: {e}"))?;
        compile_s = compile_s.min(t.elapsed().as_secs_f64());
        module = Some(m);
    }
    let module = module.expect("at least one compile");
    let mut instantiate_s = 0f64;
    if module.imports().is_empty() {
        instantiate_s = f64::INFINITY;
        for _ in 0..args.compile_repeats {
            let mut store = Store::new(&engine);
            let t = Instant::now();
            Instance::new(&mut store, &module, &[]).map_err(|e| format!("instantiate: {e}"))?;
            instantiate_s = instantiate_s.min(t.elapsed().as_secs_f64());
        }
    }
    let mut json = format!(
        "{{\"wasm_bytes\": {}, \"code_bytes\": {}, \"compile_s\": {compile_s:.9}, \
         \"instantiate_s\": {instantiate_s:.9}",
        bytes.len(),
        module.code_size()
    );
    if args.compile_only {
        json.push('}');
        return Ok(json);
    }

    let mut store = Store::new(&engine);
    let instance =
        Instance::new(&mut store, &module, &[]).map_err(|e| format!("instantiate: {e}"))?;
    let run = instance
        .get_func(&store, "run")
        .ok_or("no exported function `run`")?;
    let mut best = f64::INFINITY;
    let mut checksum: Option<u64> = None;
    for _ in 0..args.repeats {
        let t = thread_cpu_s();
        let results = run.call(&mut store, &[]).map_err(|e| format!("run: {e}"))?;
        let dt = thread_cpu_s() - t;
        let value = match results.as_slice() {
            [Val::I32(v)] => u64::from(*v as u32),
            [Val::I64(v)] => *v as u64,
            other => return Err(format!("run returned {other:?}, expected one i32 or i64")),
        };
        if let Some(prev) = checksum.filter(|&p| p != value) {
            return Err(format!(
                "checksum changed between calls: {prev} then {value}"
            ));
        }
        checksum = Some(value);
        best = best.min(dt);
    }
    let checksum = checksum.expect("at least one call");
    json.push_str(&format!(
        ", \"run_s\": {best:.9}, \"checksum\": \"{checksum}\"}}"
    ));
    Ok(json)
}
