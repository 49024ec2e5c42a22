//! A bounded differential run that needs neither nightly nor libFuzzer:
//! wasm-smith modules generated from deterministic pseudo-random bytes (a
//! fixed-seed splitmix64 stream, one seed per iteration) run on wasmjit and
//! on wasmi, rotating the generation profiles (default, registers, SIMD) and, every two
//! iterations, wasmjit's bounds-check strategy (guard pages, explicit).
//!
//! Runs for `WASMJIT_FUZZ_SECS` seconds (default 20) or `WASMJIT_FUZZ_ITERS`
//! iterations (default unbounded), whichever comes first:
//!
//! ```text
//! cargo test --release --manifest-path fuzz/Cargo.toml
//! WASMJIT_FUZZ_SECS=600 cargo test --release --manifest-path fuzz/Cargo.toml -- --nocapture
//! WASMJIT_FUZZ_FROM=1234 WASMJIT_FUZZ_ITERS=1 cargo test ...   # replay one iteration
//! ```
//!
//! A divergence fails the test with the iteration number and writes the
//! module to `target/divergence-<iteration>.wasm`.
//!
//! Built for 32-bit x86 (`--target i686-unknown-linux-gnu`, the ia32
//! backend), every module gets explicit checks (the only strategy there)
//! and SIMD modules SSE4.1 code (the only vector instruction set there,
//! which `SimdIsa::host()` is).

use std::time::{Duration, Instant};
use wasmjit::{BoundsChecks, SimdIsa};
use wasmjit_fuzz::diff::Setup;
use wasmjit_fuzz::diff::Verdict;
use wasmjit_fuzz::smith::Profile;

/// splitmix64 (Steele, Lea, Flood: "Fast splittable pseudorandom number
/// generators", OOPSLA 2014).
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// The input bytes of iteration `i`: 64 bytes to 16 KiB.
fn input(i: u64) -> Vec<u8> {
    let mut rng = SplitMix(i.wrapping_mul(0x2545_f491_4f6c_dd1d) ^ 0x5eed);
    let len = 64 + (rng.next() % (16 * 1024 - 64)) as usize;
    let mut bytes = Vec::with_capacity(len + 8);
    while bytes.len() < len {
        bytes.extend_from_slice(&rng.next().to_le_bytes());
    }
    bytes.truncate(len);
    bytes
}

/// Whether this target has memories with guard pages (a 64-bit address
/// space).
const GUARD_PAGES: bool = cfg!(target_pointer_width = "64");
fn env(name: &str) -> Option<u64> {
    std::env::var(name)
        .ok()
        .map(|v| v.parse().expect("a number"))
}

#[test]
fn differential_bounded_run() {
    let secs = env("WASMJIT_FUZZ_SECS").unwrap_or(20);
    let iters = env("WASMJIT_FUZZ_ITERS").unwrap_or(u64::MAX);
    let from = env("WASMJIT_FUZZ_FROM").unwrap_or(0);
    let deadline = Instant::now() + Duration::from_secs(secs);
    let (mut runs, mut agreed, mut skipped) = (0u64, 0u64, 0u64);
    let (mut calls, mut traps) = (0usize, 0usize);
    let mut i = from;
    while i - from < iters && Instant::now() < deadline {
        // Every third module has SIMD; the others alternate the profiles
        // (so each bounds-check strategy below meets each profile).
        let profile = match (i % 3, i.is_multiple_of(2)) {
            (2, _) => Profile::Simd,
            (_, true) => Profile::Default,
            _ => Profile::Registers,
        };
        // Both bounds-check strategies, each with both profiles.
        let checks = if GUARD_PAGES && (i / 2).is_multiple_of(2) {
            BoundsChecks::GuardPages
        } else {
            BoundsChecks::Explicit
        };
        // SIMD modules alternate the vector instruction set too: SSE4.1
        // code, and the CPU's best (AVX where it has it).
        let simd_isa = if profile == Profile::Simd && (i / 3).is_multiple_of(2) {
            SimdIsa::Sse41
        } else {
            SimdIsa::host()
        };
        let setup = Setup { checks, simd_isa };
        match wasmjit_fuzz::differential(&input(i), profile, setup) {
            Ok(Verdict::Agree { calls: c, traps: t }) => {
                agreed += 1;
                calls += c;
                traps += t;
            }
            Ok(Verdict::Skipped(why)) => {
                if std::env::var("WASMJIT_FUZZ_VERBOSE").is_ok() {
                    eprintln!("{i}: skipped: {why}");
                }
                skipped += 1
            }
            Err((msg, wasm)) => {
                let path = format!("{}/divergence-{i}.wasm", env!("CARGO_TARGET_TMPDIR"));
                std::fs::write(&path, &wasm).unwrap();
                panic!("iteration {i} ({profile:?}, {setup:?}): {msg}\nmodule: {path}");
            }
        }
        runs += 1;
        i += 1;
    }
    eprintln!(
        "differential: {runs} modules ({agreed} agreed, {skipped} skipped), \
         {calls} calls compared ({traps} trapped on both)"
    );
    assert!(runs > 0);
    assert!(
        agreed * 2 >= runs,
        "most modules must be compared, not skipped"
    );
}

/// Mutated valid modules into `Module::new`: `Ok` or `Err`, never a panic.
/// Each iteration generates a wasm-smith module and flips or overwrites a
/// few bytes (`WASMJIT_FUZZ_SECS` bounds this test too, at a quarter).
#[test]
fn compile_mutants_bounded_run() {
    let secs = env("WASMJIT_FUZZ_SECS").unwrap_or(20) / 4;
    let deadline = Instant::now() + Duration::from_secs(secs.max(1));
    let engine = wasmjit::Engine::default();
    let (mut runs, mut valid) = (0u64, 0u64);
    let mut i = 0u64;
    while Instant::now() < deadline {
        let data = input(i ^ 0xc0de);
        let mut u = arbitrary::Unstructured::new(&data);
        if let Ok(mut wasm) = wasmjit_fuzz::smith::generate(&mut u, Profile::Default) {
            let mut rng = SplitMix(i);
            for _ in 0..1 + rng.next() % 4 {
                let at = (rng.next() % wasm.len() as u64) as usize;
                wasm[at] = if rng.next().is_multiple_of(2) {
                    wasm[at] ^ (1 << (rng.next() % 8))
                } else {
                    rng.next() as u8
                };
            }
            valid += wasmjit::Module::new(&engine, &wasm).is_ok() as u64;
            runs += 1;
        }
        i += 1;
    }
    eprintln!("compile: {runs} mutated modules, {valid} still valid");
    assert!(runs > 0);
}
