//! `Module::serialize` / `Module::deserialize`: a module loaded from its
//! bytes runs as the compiled one did, in an engine whose signature ids
//! differ, and bytes that are truncated, bit-flipped, stale or not a
//! serialized module at all are rejected with `Error::Deserialize` before
//! anything is executed.

use std::path::Path;

use wasmjit::{Engine, Error, Instance, Module, Store, TrapKind, Val};

/// Calls through a table (signature ids in the code), memory with data,
/// a global, an imported-function-free start, names.
const WAT: &str = r#"(module
  (type $ii (func (param i32) (result i32)))
  (type $v (func))
  (memory (export "memory") 1)
  (data (i32.const 16) "serialized")
  (global $g (mut i32) (i32.const 7))
  (table 3 funcref)
  (elem (i32.const 0) $double $inc $nop)
  (func $double (type $ii) local.get 0 i32.const 2 i32.mul)
  (func $inc (type $ii) local.get 0 global.get $g i32.add)
  (func $nop (type $v))
  (func (export "dispatch") (param i32 i32) (result i32)
    local.get 1 local.get 0 call_indirect (type $ii))
  (func (export "load") (param i32) (result i32) local.get 0 i32.load8_u)
  (func $boom (export "boom") unreachable)
)"#;

fn run(engine: &Engine, module: &Module) {
    let mut store = Store::new(engine);
    let inst = Instance::new(&mut store, module, &[]).unwrap();
    let dispatch = inst.get_func(&store, "dispatch").unwrap();
    let call =
        |store: &mut Store, i: i32, x: i32| dispatch.call(store, &[Val::I32(i), Val::I32(x)]);
    assert_eq!(call(&mut store, 0, 21).unwrap(), vec![Val::I32(42)]);
    assert_eq!(call(&mut store, 1, 21).unwrap(), vec![Val::I32(28)]);
    match call(&mut store, 2, 0) {
        Err(Error::Trap(t)) => assert_eq!(t.kind(), TrapKind::BadSignature),
        other => panic!("expected a signature mismatch, got {other:?}"),
    }
    let load = inst.get_func(&store, "load").unwrap();
    assert_eq!(
        load.call(&mut store, &[Val::I32(16)]).unwrap(),
        vec![Val::I32(b's' as i32)]
    );
    match inst.get_func(&store, "boom").unwrap().call(&mut store, &[]) {
        Err(Error::Trap(t)) => {
            assert_eq!(t.kind(), TrapKind::Unreachable);
            assert_eq!(t.frames()[0].func_name.as_deref(), Some("boom"));
        }
        other => panic!("expected a trap, got {other:?}"),
    }
}

fn serialized() -> Vec<u8> {
    let engine = Engine::default();
    // Other types first, so that this engine's ids differ from a fresh one's.
    Module::from_wat(
        &engine,
        "(module (func (param f64 f64 f64)) (func (result i64) i64.const 0)
           (func (param i64) (result f32) f32.const 0))",
    )
    .unwrap();
    let module = Module::from_wat(&engine, WAT).unwrap();
    run(&engine, &module);
    module.serialize()
}

#[test]
fn deserialized_module_runs_in_another_engine() {
    let data = serialized();
    let engine = Engine::default();
    let module = Module::deserialize(&engine, &data).unwrap();
    run(&engine, &module);
    // Same code as compiling it in this engine: the signature ids were
    // rewritten to this engine's.
    let fresh = Module::from_wat(&engine, WAT).unwrap();
    assert_eq!(module.code(), fresh.code());
    assert_eq!(module.function_offsets(), fresh.function_offsets());
    assert_eq!(module.wasm_hash(), fresh.wasm_hash());
    let exports: Vec<String> = module.exports().map(|e| e.name).collect();
    assert_eq!(exports, ["memory", "dispatch", "load", "boom"]);
    // And serializing the loaded module gives a module again.
    let again = Module::deserialize(&engine, &module.serialize()).unwrap();
    run(&engine, &again);
}

fn rejected(data: &[u8]) -> String {
    match Module::deserialize(&Engine::default(), data) {
        Err(Error::Deserialize(m)) => m,
        Err(e) => panic!("expected Error::Deserialize, got {e}"),
        Ok(_) => panic!("corrupt bytes were accepted"),
    }
}

#[test]
fn every_flipped_bit_is_detected() {
    let data = serialized();
    let engine = Engine::default();
    for i in 0..data.len() {
        for bit in [0x01u8, 0x80] {
            let mut bad = data.clone();
            bad[i] ^= bit;
            assert!(
                matches!(
                    Module::deserialize(&engine, &bad),
                    Err(Error::Deserialize(_))
                ),
                "flipping bit {bit:#x} of byte {i} went unnoticed"
            );
        }
    }
}

#[test]
fn every_truncation_is_detected() {
    let data = serialized();
    for len in 0..data.len() {
        let m = rejected(&data[..len]);
        assert!(m.contains("truncated"), "{len} bytes: {m}");
    }
    let mut longer = data.clone();
    longer.push(0);
    assert!(rejected(&longer).contains("trailing bytes"));
}

#[test]
fn stale_and_foreign_bytes_are_named() {
    let data = serialized();
    let mut stale = data.clone();
    stale[20] ^= 1; // the engine build id
    assert!(
        rejected(&stale).contains("another build"),
        "{}",
        rejected(&stale)
    );
    let mut version = data.clone();
    version[8] = 99;
    assert!(rejected(&version).contains("format version 99"));
    let mut cpu = data.clone();
    cpu[32..40].copy_from_slice(&u64::MAX.to_le_bytes());
    assert!(rejected(&cpu).contains("CPU features"));
    let wasm = wat::parse_str(WAT).unwrap();
    assert!(rejected(&wasm).contains("not a serialized module"));
    assert!(rejected(b"").contains("truncated"));
}

#[test]
fn sqlite_round_trips() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../benches/wasm/sqlite.wasm");
    let bytes = std::fs::read(&path).unwrap();
    let engine = Engine::default();
    let module = Module::new(&engine, &bytes).unwrap();
    let data = module.serialize();
    let loaded = Module::deserialize(&engine, &data).unwrap();
    assert_eq!(loaded.code(), module.code());
    assert_eq!(loaded.imports().len(), module.imports().len());
    assert_eq!(loaded.exports().count(), module.exports().count());
    assert_eq!(loaded.wasm_hash(), wasmjit::content_hash(&bytes));
    // The declarations kept are much smaller than the binary: the bodies
    // are gone.
    let decls = loaded.declarations();
    assert!(
        decls.len() < bytes.len() / 2,
        "{} of {}",
        decls.len(),
        bytes.len()
    );
}

/// Code keeps the bounds-check strategy it was compiled with: it loads only
/// into an engine with the same one, and runs there as compiled.
#[test]
fn bounds_checks_are_part_of_the_code_configuration() {
    use wasmjit::{BoundsChecks, StoreLimits};
    let engine = |c| Engine::with_bounds_checks(StoreLimits::default(), c).unwrap();
    let (guarded, explicit) = (
        engine(BoundsChecks::GuardPages),
        engine(BoundsChecks::Explicit),
    );
    let from_guarded = Module::from_wat(&guarded, WAT).unwrap().serialize();
    let from_explicit = Module::from_wat(&explicit, WAT).unwrap().serialize();
    for (data, other) in [(&from_guarded, &explicit), (&from_explicit, &guarded)] {
        match Module::deserialize(other, data) {
            Err(Error::Deserialize(m)) => assert!(m.contains("code configuration"), "{m}"),
            other => panic!("expected Error::Deserialize, got {:?}", other.map(|_| ())),
        }
    }
    let module = Module::deserialize(&explicit, &from_explicit).unwrap();
    run(&explicit, &module);
    let mut store = Store::new(&explicit);
    let inst = Instance::new(&mut store, &module, &[]).unwrap();
    let load = inst.get_func(&store, "load").unwrap();
    match load.call(&mut store, &[Val::I32(65536)]) {
        Err(Error::Trap(t)) => assert_eq!(t.kind(), TrapKind::MemoryOutOfBounds),
        other => panic!("expected an out-of-bounds trap, got {other:?}"),
    }
}

/// Code keeps the vector instruction set it was compiled for: its CPU
/// features (bytes 32..40 of the header) name AVX and AVX2 when it is AVX
/// code, an engine of the other set rejects it, and one of the same set
/// runs it.
#[test]
fn the_simd_isa_is_part_of_the_cpu_features() {
    use wasmjit::{BoundsChecks, SimdIsa, StoreLimits};
    if SimdIsa::host() != SimdIsa::Avx {
        // Only SSE4.1 engines can be made here: nothing to tell apart.
        let e = Engine::with_simd_isa(StoreLimits::default(), BoundsChecks::Explicit, SimdIsa::Avx);
        assert!(matches!(e, Err(Error::Resource(m)) if m.contains("avx")));
        return;
    }
    const SIMD: &str = r#"(module (memory 1)
      (func (export "f") (param v128 v128) (result v128)
        local.get 0 local.get 1 f32x4.sub i32.const 0 v128.load f32x4.mul))"#;
    let engine = |isa| Engine::with_simd_isa(StoreLimits::default(), BoundsChecks::Explicit, isa);
    let (sse, avx) = (
        engine(SimdIsa::Sse41).unwrap(),
        engine(SimdIsa::Avx).unwrap(),
    );
    let from_sse = Module::from_wat(&sse, SIMD).unwrap().serialize();
    let from_avx = Module::from_wat(&avx, SIMD).unwrap().serialize();
    let features = |d: &[u8]| u64::from_le_bytes(d[32..40].try_into().unwrap());
    assert_eq!(
        features(&from_avx),
        features(&from_sse) | 64 | 128,
        "AVX and AVX2 are bits 6 and 7"
    );
    assert_ne!(from_sse, from_avx, "the code differs");
    for (data, other) in [(&from_sse, &avx), (&from_avx, &sse)] {
        match Module::deserialize(other, data) {
            Err(Error::Deserialize(m)) => assert!(m.contains("CPU features"), "{m}"),
            other => panic!("expected Error::Deserialize, got {:?}", other.map(|_| ())),
        }
    }
    for (data, engine) in [(&from_sse, &sse), (&from_avx, &avx)] {
        let module = Module::deserialize(engine, data).unwrap();
        let mut store = Store::new(engine);
        let inst = Instance::new(&mut store, &module, &[]).unwrap();
        let f = inst.get_func(&store, "f").unwrap();
        let x = 3.0f32.to_bits() as u128 * 0x1_0000_0001_0000_0001_0000_0001;
        let y = 1.0f32.to_bits() as u128 * 0x1_0000_0001_0000_0001_0000_0001;
        // (3 - 1) * 0 (memory is zero).
        assert_eq!(
            f.call(&mut store, &[Val::V128(x), Val::V128(y)]).unwrap(),
            vec![Val::V128(0)]
        );
    }
}
