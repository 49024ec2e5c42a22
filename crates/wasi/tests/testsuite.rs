//! The WASI preview1 conformance suite (`../shared/wasi-testsuite`,
//! `doc/specification.md`): every `*.wasm` of the three producers runs as a
//! command with the JSON specification's args, env and `root` preopened as
//! `/` (a fresh copy of the test's directory, never the read-only original),
//! and must exit with its `exit_code` and print exactly its `stdout` (and
//! `stderr` when given). Programs listed in `testsuite-xfail.txt` must fail
//! (a listed program that passes fails the test, so the list only shrinks);
//! on Windows also those in `testsuite-xfail-windows.txt`.

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use wasmjit::{Engine, Error, Instance, Module, Store};
use wasmjit_wasi::{builder, WritePipe};

fn suite() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/wasi-testsuite/tests")
}

/// Copies `from` into `to` with owner-writable permissions (the suite's
/// files are read-only; tests write into their copy).
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), &dest).unwrap();
            let mut p = std::fs::metadata(&dest).unwrap().permissions();
            #[allow(clippy::permissions_set_readonly_false)]
            p.set_readonly(false);
            std::fs::set_permissions(&dest, p).unwrap();
        }
    }
}

struct Outcome {
    exit: i32,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// Runs `wasm` per `spec` in a scratch directory `scratch`.
fn run(
    engine: &Engine,
    wasm: &Path,
    spec: &serde_json::Value,
    scratch: &Path,
) -> Result<Outcome, String> {
    let name = wasm.file_name().unwrap().to_string_lossy().into_owned();
    let mut args = vec![name];
    if let Some(a) = spec["args"].as_array() {
        args.extend(a.iter().map(|v| v.as_str().unwrap_or_default().to_owned()));
    }
    let env: Vec<(String, String)> = spec["env"]
        .as_object()
        .map(|o| {
            o.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
                .collect()
        })
        .unwrap_or_default();
    let mut preopens = Vec::new();
    if let Some(root) = spec["root"].as_str() {
        let copy = scratch.join(root);
        copy_tree(&wasm.parent().unwrap().join(root), &copy);
        preopens.push((copy, "/".to_owned()));
    }
    for d in spec["dirs"].as_array().into_iter().flatten() {
        let d = d.as_str().unwrap_or_default();
        let copy = scratch.join(d);
        copy_tree(&wasm.parent().unwrap().join(d), &copy);
        preopens.push((copy, d.to_owned()));
    }
    let stdout = Arc::new(RwLock::new(Vec::new()));
    let stderr = Arc::new(RwLock::new(Vec::new()));
    let ctx = builder(&args, &env)?
        .stdout(Box::new(WritePipe::from_shared(stdout.clone())))
        .stderr(Box::new(WritePipe::from_shared(stderr.clone())))
        .build();
    let bytes = std::fs::read(wasm).map_err(|e| e.to_string())?;
    let module = Module::new(engine, &bytes).map_err(|e| e.to_string())?;
    let mut store = Store::new(engine);
    let wasi = wasmjit_wasi::Wasi::new(ctx, &preopens)?;
    let imports = wasmjit_wasi::imports(&mut store, &wasi, &module, |_, imp| {
        Err(format!("unexpected import {}.{}", imp.module, imp.name))
    })?;
    let instance = Instance::new(&mut store, &module, &imports).map_err(|e| e.to_string())?;
    let start = instance.get_func(&store, "_start").ok_or("no _start")?;
    let exit = match start.call(&mut store, &[]) {
        Ok(_) => 0,
        Err(Error::Trap(t)) => match t.exit_status() {
            Some(n) => n,
            None => {
                let err = stderr.read().unwrap();
                let err = String::from_utf8_lossy(&err);
                return Err(format!("trap: {t}; stderr: {}", err.trim()));
            }
        },
        Err(e) => return Err(e.to_string()),
    };
    let (stdout, stderr) = (
        stdout.read().unwrap().clone(),
        stderr.read().unwrap().clone(),
    );
    Ok(Outcome {
        exit,
        stdout,
        stderr,
    })
}

/// Why `wasm` fails, or `None` when it passes.
fn check(engine: &Engine, wasm: &Path, scratch: &Path) -> Option<String> {
    let json = wasm.with_extension("json");
    let spec: serde_json::Value = match std::fs::read_to_string(&json) {
        Ok(text) => serde_json::from_str(&text).expect("test specification is JSON"),
        Err(_) => serde_json::json!({}),
    };
    let out = match run(engine, wasm, &spec, scratch) {
        Ok(o) => o,
        Err(e) => return Some(e),
    };
    let want_exit = spec["exit_code"].as_i64().unwrap_or(0) as i32;
    if out.exit != want_exit {
        return Some(format!("exit code {} (expected {want_exit})", out.exit));
    }
    let want_out = spec["stdout"].as_str().unwrap_or_default();
    if out.stdout != want_out.as_bytes() {
        return Some(format!(
            "stdout {:?} (expected {want_out:?})",
            String::from_utf8_lossy(&out.stdout)
        ));
    }
    if let Some(want_err) = spec["stderr"].as_str() {
        if out.stderr != want_err.as_bytes() {
            return Some(format!(
                "stderr {:?} (expected {want_err:?})",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    None
}

#[test]
fn wasi_testsuite() {
    let root = suite();
    assert!(
        root.is_dir(),
        "the WASI testsuite is missing: {}",
        root.display()
    );
    let mut xfail_text = include_str!("testsuite-xfail.txt").to_owned();
    if cfg!(windows) {
        xfail_text.push_str(include_str!("testsuite-xfail-windows.txt"));
    }
    let xfail: Vec<&str> = xfail_text
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .collect();
    let engine = Engine::default();
    let mut wasms = Vec::new();
    for producer in ["assemblyscript", "c", "rust"] {
        let dir = root.join(producer).join("testsuite/wasm32-wasip1");
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "wasm") {
                wasms.push((producer, p));
            }
        }
    }
    wasms.sort();
    assert_eq!(wasms.len(), 72, "the suite has 72 preview1 programs");
    let scratch_root =
        std::env::temp_dir().join(format!("wasmjit-wasi-suite-{}", std::process::id()));
    let (mut passed, mut problems) = (0, Vec::new());
    for (i, (producer, wasm)) in wasms.iter().enumerate() {
        let id = format!("{producer}/{}", wasm.file_stem().unwrap().to_string_lossy());
        let scratch = scratch_root.join(i.to_string());
        let failure = check(&engine, wasm, &scratch);
        let _ = std::fs::remove_dir_all(&scratch);
        let listed = xfail.contains(&id.as_str());
        match (failure, listed) {
            (None, false) => passed += 1,
            (None, true) => problems.push(format!(
                "{id}: passes now; remove it from testsuite-xfail.txt"
            )),
            (Some(why), false) => problems.push(format!("{id}: {why}")),
            (Some(why), true) => eprintln!("expected failure {id}: {why}"),
        }
    }
    let _ = std::fs::remove_dir_all(&scratch_root);
    eprintln!(
        "wasi-testsuite: {passed} passed, {} expected failures",
        xfail.len()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
