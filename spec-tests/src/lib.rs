//! Runner for the WebAssembly spec testsuite (`.wast` scripts) against the
//! `wasmjit` engine.
//!
//! [`run_script_file`] runs one script and returns a [`ScriptReport`] with a
//! verdict per directive; [`suites`] finds a suite's folder and lists its
//! scripts; [`expected`] reads and writes the per-suite expected-failures
//! lists that the integration test and the `spec-tests` binary compare with.

pub mod expected;
pub mod script;
pub mod spectest;
pub mod suites;
pub mod values;

use std::path::{Path, PathBuf};

pub use suites::suite_scripts;

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

/// Reads and runs the script at `path` on a big-stack thread, on an engine
/// made as `config` says; `name` is its name in reports and
/// expected-failures lists.
///
/// # Errors
/// The I/O error of reading the file.
pub fn run_script_file(
    path: &Path,
    name: &str,
    config: script::EngineConfig,
) -> std::io::Result<ScriptReport> {
    let text = std::fs::read_to_string(path)?;
    let display = path.display().to_string();
    let results = on_big_stack(move || script::run_script(&display, &text, config));
    Ok(ScriptReport {
        name: name.to_string(),
        results,
    })
}

/// The folder of the suite called `suite` (`wasm-2.0`, ...): the
/// `spec-tests/testsuite/<suite>` submodule if checked out, else
/// `<repo>/../shared/testsuite/<suite>` (see [`suites`]).
///
/// # Errors
/// A message naming the folders looked at and `git submodule update --init`.
pub fn suite_dir(suite: &str) -> Result<PathBuf, String> {
    suites::suite_dir(Path::new(env!("CARGO_MANIFEST_DIR")), suite)
}

/// The expected-failures list of the suite called `suite` (`wasm-2.0`, ...):
/// `spec-tests/expected-failures/<suite>.txt`.
pub fn expected_failures_path(suite: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("expected-failures")
        .join(format!("{suite}.txt"))
}
