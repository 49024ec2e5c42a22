//! Runner for the WebAssembly spec testsuite (`.wast` scripts) against the
//! `wasmjit` engine.
//!
//! [`run_script_file`] runs one script and returns a [`ScriptReport`] with a
//! verdict per directive; [`suite_scripts`] lists a suite directory's
//! scripts; [`expected`] reads and writes the per-suite expected-failures
//! lists that the integration test and the `spec-tests` binary compare with.

pub mod expected;
pub mod script;
pub mod spectest;
pub mod values;

use std::path::{Path, PathBuf};

use expected::{Entry, ExpectedFailures};
use script::{DirectiveResult, Verdict};

/// Native stack size of the thread that runs a script: 256 MiB, far above
/// the engine's default 1 MiB wasm stack limit, so that deep recursion in
/// tests ends in the engine's "call stack exhausted" trap, never in a
/// host stack overflow.
pub const SCRIPT_STACK_SIZE: usize = 256 << 20;

/// The results of one script.
#[derive(Clone, Debug)]
pub struct ScriptReport {
    /// The script's name in expected-failures lists: its path relative to
    /// the suite directory, `/`-separated.
    pub name: String,
    /// One result per directive, in script order.
    pub results: Vec<DirectiveResult>,
}

impl ScriptReport {
    /// Number of passed directives.
    pub fn passed(&self) -> usize {
        self.count(|v| matches!(v, Verdict::Passed))
    }

    /// Number of failed directives.
    pub fn failed(&self) -> usize {
        self.count(|v| matches!(v, Verdict::Failed(_)))
    }

    /// Number of skipped directives.
    pub fn skipped(&self) -> usize {
        self.count(|v| matches!(v, Verdict::Skipped(_)))
    }

    fn count(&self, f: impl Fn(&Verdict) -> bool) -> usize {
        self.results.iter().filter(|r| f(&r.verdict)).count()
    }

    /// The failed directives as expected-failures entries.
    pub fn failures(&self) -> ExpectedFailures {
        let mut list = ExpectedFailures::default();
        for r in &self.results {
            if let Verdict::Failed(_) = r.verdict {
                list.insert(Entry {
                    script: self.name.clone(),
                    line: r.line,
                    kind: r.kind.to_string(),
                });
            }
        }
        list
    }

    /// The failure message of the directive `entry` names, if it failed.
    pub fn message_for(&self, entry: &Entry) -> Option<&str> {
        self.results.iter().find_map(|r| match &r.verdict {
            Verdict::Failed(m) if r.line == entry.line && r.kind == entry.kind => Some(m.as_str()),
            _ => None,
        })
    }
}

/// Runs `f` on a new thread with a [`SCRIPT_STACK_SIZE`] stack and returns
/// its result.
///
/// # Panics
/// If the thread cannot be spawned, or `f` panics (script directives catch
/// their own panics, so this means a bug in the runner).
pub fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .name("wast".into())
        .stack_size(SCRIPT_STACK_SIZE)
        .spawn(f)
        .expect("cannot spawn the script thread")
        .join()
        .unwrap_or_else(|p| std::panic::resume_unwind(p))
}

/// Reads and runs the script at `path` on a big-stack thread; `name` is its
/// name in reports and expected-failures lists.
///
/// # Errors
/// The I/O error of reading the file.
pub fn run_script_file(path: &Path, name: &str) -> std::io::Result<ScriptReport> {
    let text = std::fs::read_to_string(path)?;
    let display = path.display().to_string();
    let results = on_big_stack(move || script::run_script(&display, &text));
    Ok(ScriptReport {
        name: name.to_string(),
        results,
    })
}

/// The `.wast` scripts under `dir` (recursively), sorted, each with its
/// name relative to `dir` (`/`-separated).
///
/// # Errors
/// The I/O error of reading a directory.
pub fn suite_scripts(dir: &Path) -> std::io::Result<Vec<(PathBuf, String)>> {
    let mut out = Vec::new();
    collect(dir, dir, &mut out)?;
    out.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(out)
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(PathBuf, String)>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(root, &path, out)?;
        } else if path.extension().is_some_and(|e| e == "wast") {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let name = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            out.push((path, name));
        }
    }
    Ok(())
}

/// The testsuite checkout: `<repo>/../shared/testsuite`, with `<repo>` the
/// parent of this crate's directory.
pub fn testsuite_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/testsuite")
}

/// The expected-failures list of the suite called `suite` (`wasm-2.0`, ...):
/// `spec-tests/expected-failures/<suite>.txt`.
pub fn expected_failures_path(suite: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("expected-failures")
        .join(format!("{suite}.txt"))
}
