//! Generates one `#[test]` per script of the spec testsuite's `wasm-2.0` and
//! `wasm-3.0` suites (`<repo>/../shared/testsuite/wasm-*`), in modules
//! `wasm_2_0` and `wasm_3_0`, so that `cargo test -p spec-tests wasm_2_0::i32`
//! runs just 2.0's `i32.wast`. The list goes to `$OUT_DIR/spec_tests.rs`,
//! included by `tests/spec.rs`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

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

fn scripts(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            scripts(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "wast") {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let rel: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push(rel.join("/"));
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let testsuite = manifest.join("../../shared/testsuite");
    let mut code = String::new();
    for (suite, module) in SUITES {
        let dir = testsuite.join(suite);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut list = Vec::new();
        scripts(&dir, &dir, &mut list);
        list.sort();
        writeln!(code, "mod {module} {{").unwrap();
        if list.is_empty() {
            writeln!(
                code,
                "    #[test]\n    fn suite_missing() {{\n        \
                 panic!(\"no .wast scripts found in {}\");\n    }}",
                dir.display()
            )
            .unwrap();
        }
        for script in &list {
            writeln!(
                code,
                "    #[test]\n    fn {}() {{\n        super::check_script({suite:?}, {script:?});\n    }}",
                test_name(script)
            )
            .unwrap();
        }
        writeln!(code, "}}").unwrap();
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("spec_tests.rs");
    std::fs::write(out, code).unwrap();
    println!("cargo:rerun-if-changed=build.rs");
}
