//! Generates one `#[test]` per script of the spec testsuite's `wasm-2.0` and
//! `wasm-3.0` suites (found as `src/suites.rs` says), in modules
//! `wasm_2_0` and `wasm_3_0`, so that `cargo test -p spec-tests wasm_2_0::i32`
//! runs just 2.0's `i32.wast`, on an engine with guard pages; and the same
//! again in `explicit_bounds::wasm_2_0` and `explicit_bounds::wasm_3_0` on an
//! engine with explicit bounds checks, and the `simd_*`/`relaxed_*` scripts
//! a third time in `sse41::...` on an engine whose `v128` code is SSE4.1
//! (the other two use the CPU's best, AVX where it has it). The list goes to
//! `$OUT_DIR/spec_tests.rs`, included by `tests/spec.rs`.

use std::fmt::Write as _;
use std::path::PathBuf;

#[path = "src/suites.rs"]
#[allow(dead_code)] // the build script uses only part of the module
mod suites;

/// Suites that get generated tests: (directory name, Rust module name).
const SUITES: &[(&str, &str)] = &[("wasm-2.0", "wasm_2_0"), ("wasm-3.0", "wasm_3_0")];

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

fn test_name(script: &str) -> String {
    let stem = script.strip_suffix(".wast").unwrap_or(script);
    let mut name: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let mut code = String::new();
    let mut suites = Vec::new();
    for (suite, module) in SUITES {
        // The nearest existing folder of each candidate (a missing path
        // would rerun this script, and rebuild the tests, on every build).
        for dir in suites::candidates(&manifest, suite) {
            if let Some(d) = dir.ancestors().find(|d| d.exists()) {
                println!("cargo:rerun-if-changed={}", d.display());
            }
        }
        let (list, missing) = match suites::suite_dir(&manifest, suite) {
            Ok(dir) => {
                let list: Vec<String> = suites::suite_scripts(&dir)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(_, name)| name)
                    .collect();
                (list, None)
            }
            Err(e) => (Vec::new(), Some(e)),
        };
        suites.push((suite, module, list, missing));
    }
    let configs = [
        ("GuardPages", "host()", None),
        ("Explicit", "host()", Some("explicit_bounds")),
        ("GuardPages", "Sse41", Some("sse41")),
    ];
    for (checks, isa, outer) in configs {
        // The SSE4.1 pass is for the vector code: the SIMD scripts only.
        let wanted = |script: &str| {
            isa != "Sse41" || script.starts_with("simd_") || script.starts_with("relaxed_")
        };
        let (open, up) = match outer {
            Some(m) => (format!("mod {m} {{\n"), "super::super"),
            None => (String::new(), "super"),
        };
        code.push_str(&open);
        for (suite, module, list, missing) in &suites {
            writeln!(code, "mod {module} {{").unwrap();
            if let Some(e) = missing {
                writeln!(
                    code,
                    "    #[test]\n    fn suite_missing() {{\n        panic!(\"{{}}\", {e:?});\n    }}",
                )
                .unwrap();
            }
            for script in list.iter().filter(|s| wanted(s)) {
                writeln!(
                    code,
                    "    #[test]\n    fn {}() {{\n        {up}::check_script({suite:?}, {script:?}, \
                     wasmjit::BoundsChecks::{checks}, wasmjit::SimdIsa::{isa});\n    }}",
                    test_name(script)
                )
                .unwrap();
            }
            writeln!(code, "}}").unwrap();
        }
        if outer.is_some() {
            code.push_str("}\n");
        }
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("spec_tests.rs");
    std::fs::write(out, code).unwrap();
    println!("cargo:rerun-if-changed=build.rs");
}
