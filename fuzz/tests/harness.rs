//! The differential harness itself: what it counts as agreement, and that
//! generated modules get their fuel refilled per call.

use arbitrary::Unstructured;
use wasmjit::BoundsChecks;
use wasmjit_fuzz::diff::{check, Verdict};
use wasmjit_fuzz::smith::{generate, Profile, FUEL, FUEL_EXPORT};

/// The verdict on `text`, the same with both of wasmjit's bounds-check
/// strategies.
fn verdict(text: &str) -> Verdict {
    let wasm = wat::parse_str(text).unwrap();
    let [guarded, explicit] = [BoundsChecks::GuardPages, BoundsChecks::Explicit]
        .map(|c| check(&wasm, &mut Unstructured::new(&[]), c).unwrap());
    assert_eq!(guarded, explicit, "the bounds-check strategies disagree");
    guarded
}

/// An access one byte past the memory traps on both engines, with either
/// strategy; the last in-bounds byte does not.
#[test]
fn memory_edges_agree() {
    let v = verdict(
        r#"(module (memory (export "mem") 1 1)
            (func (export "last") (result i32) (i32.load8_u (i32.const 65535)))
            (func (export "past") (result i32) (i32.load (i32.const 65533)))
            (func (export "store_past") (i32.store16 offset=65535 (i32.const 0) (i32.const 1))))"#,
    );
    assert_eq!(v, Verdict::Agree { calls: 3, traps: 2 });
}

/// wasmi reports an out-of-bounds `table.copy` without a trap code; both
/// engines trap, so the calls agree (a divergence before the fix).
#[test]
fn out_of_bounds_table_copy_agrees() {
    let v = verdict(
        r#"(module (table 2 funcref)
            (func (export "copy") (table.copy (i32.const 1) (i32.const 0) (i32.const 2))))"#,
    );
    assert_eq!(v, Verdict::Agree { calls: 1, traps: 1 });
}

/// Two calls that each burn 60% of the fuel both complete: the harness
/// refills the exported fuel global before every call.
#[test]
fn fuel_is_refilled_before_every_call() {
    let burn = FUEL * 3 / 5;
    let text = format!(
        r#"(module (global $fuel (export "{FUEL_EXPORT}") (mut i32) (i32.const {FUEL}))
            (func $burn (result i32) (local $i i32)
              (loop $l
                (if (i32.eqz (global.get $fuel)) (then unreachable))
                (global.set $fuel (i32.sub (global.get $fuel) (i32.const 1)))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br_if $l (i32.lt_u (local.get $i) (i32.const {burn}))))
              (global.get $fuel))
            (func (export "a") (result i32) call $burn)
            (func (export "b") (result i32) call $burn))"#
    );
    assert_eq!(verdict(&text), Verdict::Agree { calls: 2, traps: 0 });
    // The same module without the export: the second call runs dry.
    let unexported = text.replace(&format!("(export \"{FUEL_EXPORT}\")"), "");
    assert_eq!(verdict(&unexported), Verdict::Agree { calls: 2, traps: 1 });
}

/// Every generated module with exports exports its fuel global.
#[test]
fn generated_modules_export_their_fuel() {
    let engine = wasmjit::Engine::default();
    let mut seen = 0;
    for seed in 0..40u8 {
        // xorshift64 (Marsaglia 2003) bytes.
        let mut x = 0x9e37_79b9_7f4a_7c15u64 ^ u64::from(seed);
        let bytes: Vec<u8> = (0..4096)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 32) as u8
            })
            .collect();
        let Ok(wasm) = generate(&mut Unstructured::new(&bytes), Profile::Default) else {
            continue;
        };
        let module = wasmjit::Module::new(&engine, &wasm).unwrap();
        if module.exports().next().is_none() {
            continue; // input ran out before any item: nothing to call
        }
        assert!(
            module.exports().any(|e| e.name == FUEL_EXPORT),
            "seed {seed}: no fuel export"
        );
        seen += 1;
    }
    assert!(seen > 30, "only {seen} modules with exports");
}

/// The SIMD profile does generate SIMD code: most of its modules fail to
/// validate without the SIMD feature, and they run on both engines.
#[test]
fn simd_profile_generates_simd() {
    let no_simd = wasmparser::WasmFeatures::WASM2 & !wasmparser::WasmFeatures::SIMD;
    let (mut generated, mut with_simd) = (0, 0);
    for seed in 0..40u32 {
        let data: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) ^ seed.wrapping_mul(40_503)) as u8)
            .collect();
        let Ok(wasm) = generate(&mut Unstructured::new(&data), Profile::Simd) else {
            continue;
        };
        generated += 1;
        if wasmparser::Validator::new_with_features(no_simd)
            .validate_all(&wasm)
            .is_err()
        {
            with_simd += 1;
        }
    }
    assert!(generated >= 20, "only {generated} modules generated");
    assert!(
        with_simd * 2 >= generated,
        "{with_simd} of {generated} use SIMD"
    );
}

/// Generated modules have several memories often enough, and the harness
/// compares them (wasmi implements multiple memories): an access to memory
/// 1 one byte past its end traps on both engines; memory 0 is larger.
#[test]
fn several_memories_are_generated_and_compared() {
    let engine = wasmjit::Engine::default();
    let mut several = 0;
    for seed in 0..60u8 {
        let mut x = 0x2545_f491_4f6c_dd1du64 ^ u64::from(seed);
        let bytes: Vec<u8> = (0..4096)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 32) as u8
            })
            .collect();
        let Ok(wasm) = generate(&mut Unstructured::new(&bytes), Profile::Default) else {
            continue;
        };
        let module = wasmjit::Module::new(&engine, &wasm).unwrap();
        let memories = module
            .exports()
            .filter(|e| matches!(e.ty, wasmjit::ExternType::Memory(_)))
            .count();
        several += usize::from(memories > 1);
    }
    assert!(several > 5, "only {several} of 60 modules have several memories");
    let text = r#"(module (memory (export "a") 2 2) (memory (export "b") 1 1)
        (func (export "last") (result i32) i32.const 65535 i32.load8_u 1)
        (func (export "past") (result i32) i32.const 65536 i32.load8_u 1)
        (func (export "poke") i32.const 65535 i32.const 7 i32.store8 1))"#;
    assert_eq!(verdict(text), Verdict::Agree { calls: 3, traps: 1 });
}
