//! Computes the engine's build id: a hash of the crate's sources and
//! manifest, so that a compiled-code cache written by one build of the
//! compiler is never loaded by another (`module/serialize.rs`), even when
//! the version number did not change.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let mut paths = vec![root.join("Cargo.toml")];
    files(&root.join("src"), &mut paths);
    paths.sort();
    // SipHash with fixed keys: stable within one toolchain, which is all a
    // build id needs (another toolchain is another build).
    let mut h = std::hash::DefaultHasher::new();
    let mut h2 = std::hash::DefaultHasher::new();
    for path in &paths {
        let rel = path.strip_prefix(&root).unwrap_or(path);
        let bytes = std::fs::read(path).unwrap_or_default();
        rel.hash(&mut h);
        bytes.hash(&mut h);
        bytes.len().hash(&mut h2);
        bytes.hash(&mut h2);
        rel.hash(&mut h2);
    }
    env!("CARGO_PKG_VERSION").hash(&mut h);
    let id = format!("{:016x}{:016x}", h.finish(), h2.finish());
    println!("cargo:rustc-env=WASMJIT_BUILD_ID={id}");
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=Cargo.toml");
}
