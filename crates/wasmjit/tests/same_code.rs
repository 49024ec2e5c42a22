//! Machine code holds no process address (runtime helpers and stubs are
//! reached through the builtins table of the `VMContext`,
//! `runtime/builtins.rs`): SQLite's module (`benches/wasm/sqlite.wasm`,
//! 1.09 MB) compiled in this process and in a child process (another
//! address-space layout) gives byte-identical code.

use std::path::Path;
use std::process::Command;

/// Set in the child: where it writes its code.
const CHILD_OUT: &str = "WASMJIT_SAME_CODE_OUT";

fn sqlite_code() -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../benches/wasm/sqlite.wasm");
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let engine = wasmjit::Engine::default();
    let module = wasmjit::Module::new(&engine, &bytes).expect("sqlite.wasm compiles");
    module.code().to_vec()
}

#[test]
fn same_machine_code_in_two_processes() {
    if let Some(out) = std::env::var_os(CHILD_OUT) {
        std::fs::write(out, sqlite_code()).unwrap();
        return;
    }
    let out = std::env::temp_dir().join(format!("wasmjit-same-code-{}.bin", std::process::id()));
    let status = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "same_machine_code_in_two_processes",
            "--test-threads=1",
        ])
        .env(CHILD_OUT, &out)
        .status()
        .expect("cannot run the test binary again");
    assert!(status.success(), "child process failed: {status}");
    let there = std::fs::read(&out).unwrap();
    let _ = std::fs::remove_file(&out);
    let here = sqlite_code();
    assert!(here.len() > 1 << 20, "only {} bytes of code", here.len());
    assert_eq!(here.len(), there.len(), "code sizes differ");
    if let Some(i) = (0..here.len()).find(|&i| here[i] != there[i]) {
        panic!("code differs from byte {i:#x} on (of {:#x})", here.len());
    }
}
