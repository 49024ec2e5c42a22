//! Golden machine-code tests: each `tests/golden/NAME.wat` is compiled and
//! every function's code is disassembled and compared with
//! `tests/golden/NAME.asm`. Modules are compiled with guard pages, those
//! named `explicit_*` with explicit bounds checks ([`wasmjit::BoundsChecks`]),
//! all with `v128` code for SSE4.1 ([`wasmjit::SimdIsa`]) whatever the CPU
//! running the test has. Those with SIMD in their name (`*simd*`), and
//! the scalar float ones (`float_*`, whose arithmetic takes AVX's
//! three-operand forms), are compiled for AVX too and compared with
//! `NAME.avx.asm` (which needs an AVX2 machine). Run with `WASMJIT_BLESS=1` to rewrite the
//! expectations after an intended codegen change; review shows the diff.
//!
//! In a 32-bit x86 build the same modules are compiled with explicit
//! bounds checks (a 32-bit process has no guard pages), SIMD ones for
//! SSE4.1 alone (the ia32 backend has no AVX forms), and compared with
//! `tests/golden/ia32/NAME.asm` (rewritten with `WASMJIT_BLESS=1 cargo
//! test --target i686-unknown-linux-gnu -p wasmjit --test golden`, which
//! needs `rustup target add i686-unknown-linux-gnu` and gcc-multilib; a
//! generator change shows there too, and scripts/test-i686.sh checks it).
//!
//! Machine code holds no process address (helpers and stubs are reached
//! through the builtins table, `runtime/builtins.rs`), so the listings are
//! exact; call/jump targets print as offsets from the start of the function.

use std::path::Path;

mod listing;

fn render(wat_path: &Path, isa: wasmjit::SimdIsa) -> String {
    let bytes = wat::parse_file(wat_path).expect("golden .wat parses");
    let explicit = wat_path
        .file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with("explicit_"));
    let checks = if explicit || cfg!(target_arch = "x86") {
        wasmjit::BoundsChecks::Explicit
    } else {
        wasmjit::BoundsChecks::GuardPages
    };
    let engine = wasmjit::Engine::with_simd_isa(wasmjit::StoreLimits::default(), checks, isa)
        .unwrap_or_else(|e| panic!("{}: {e}", wat_path.display()));
    let module = wasmjit::Module::new(&engine, &bytes).expect("golden module compiles");
    listing::listing(&module, |_, _| true)
}

#[test]
fn golden_machine_code() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let bless = std::env::var_os("WASMJIT_BLESS").is_some();
    let ia32 = cfg!(target_arch = "x86");
    let mut wats: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "wat"))
        .collect();
    wats.sort();
    assert!(!wats.is_empty(), "no golden modules in {}", dir.display());
    let mut mismatches = Vec::new();
    let cases = wats.iter().flat_map(|wat| {
        let name = wat.file_name().unwrap().to_string_lossy();
        let avx_too = !ia32 && (name.contains("simd") || name.starts_with("float_"));
        let avx = avx_too.then(|| (wat, wasmjit::SimdIsa::Avx, wat.with_extension("avx.asm")));
        let asm = if ia32 {
            let name = wat.with_extension("asm");
            dir.join("ia32").join(name.file_name().unwrap())
        } else {
            wat.with_extension("asm")
        };
        std::iter::once((wat, wasmjit::SimdIsa::Sse41, asm)).chain(avx)
    });
    for (wat, isa, expected_path) in cases {
        let got = render(wat, isa);
        if bless {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            mismatches.push(format!(
                "{}: machine code differs from {}; rerun with WASMJIT_BLESS=1 if intended.\n--- expected\n{expected}\n--- got\n{got}",
                wat.display(),
                expected_path.display()
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
