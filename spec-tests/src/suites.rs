//! Where the spec testsuite's scripts are, and which files of a suite
//! folder are its scripts. Also compiled into `build.rs` (`#[path]`), so it
//! uses only `std`.
//!
//! A suite (`wasm-2.0`, `wasm-3.0`) is looked for, in order, at:
//! 1. `spec-tests/testsuite/<suite>`: a git submodule of
//!    `https://github.com/WebAssembly/testsuite` at the suite's commit
//!    (`.gitmodules`; fetched by `git submodule update --init`);
//! 2. `<repo>/../shared/testsuite/<suite>`: a copy of the same files laid
//!    out by suite (the workplace's shared folder, and what CI prepares).
//!
//! The first folder holding at least one `.wast` script wins. A submodule
//! checkout holds the whole testsuite repository at that commit: its
//! `proposals/` folder (drafts of proposals, not part of the suite) is left
//! out, and a script in a nested folder is named by its top folder and file
//! name (`legacy/throw.wast`), as in the shared copy.

use std::path::{Path, PathBuf};

/// The command that fetches the submodules.
pub const FETCH_COMMAND: &str = "git submodule update --init";

/// Folders of a testsuite checkout that are not part of a suite.
const NOT_SUITE: &[&str] = &["proposals"];

/// The candidate folders of `suite`, in the order they are tried, for the
/// `spec-tests` crate at `manifest_dir`.
pub fn candidates(manifest_dir: &Path, suite: &str) -> [PathBuf; 2] {
    [
        manifest_dir.join("testsuite").join(suite),
        manifest_dir.join("../../shared/testsuite").join(suite),
    ]
}

/// The folder of `suite` (see the module docs).
///
/// # Errors
/// When no candidate folder holds a `.wast` script: a message naming the
/// folders looked at and [`FETCH_COMMAND`].
pub fn suite_dir(manifest_dir: &Path, suite: &str) -> Result<PathBuf, String> {
    let tried = candidates(manifest_dir, suite);
    for dir in &tried {
        if suite_scripts(dir).is_ok_and(|s| !s.is_empty()) {
            return Ok(dir.clone());
        }
    }
    Err(format!(
        "no .wast scripts of the spec testsuite {suite} in {} nor in {}: \
         fetch them with `{FETCH_COMMAND}` (the submodules of spec-tests/testsuite)",
        tried[0].display(),
        tried[1].display()
    ))
}

/// The `.wast` scripts under `dir` (recursively, without `proposals/`),
/// sorted by name, each with its name in the suite (see the module docs).
///
/// # Errors
/// The I/O error of reading `dir` or a folder below it.
pub fn suite_scripts(dir: &Path) -> std::io::Result<Vec<(PathBuf, String)>> {
    let mut out = Vec::new();
    collect(dir, None, &mut out)?;
    out.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(out)
}

fn collect(dir: &Path, top: Option<&str>, out: &mut Vec<(PathBuf, String)>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if path.is_dir() {
            if top.is_none()
                && (NOT_SUITE.contains(&file_name.as_str()) || file_name.starts_with('.'))
            {
                continue;
            }
            collect(&path, Some(top.unwrap_or(&file_name)), out)?;
        } else if path.extension().is_some_and(|e| e == "wast") {
            let name = match top {
                Some(t) => format!("{t}/{file_name}"),
                None => file_name,
            };
            out.push((path, name));
        }
    }
    Ok(())
}

/// The file of the script called `name` in the suite folder `dir`.
///
/// # Errors
/// The I/O error of reading `dir`, or `NotFound` when it has no such script.
pub fn script_path(dir: &Path, name: &str) -> std::io::Result<PathBuf> {
    suite_scripts(dir)?
        .into_iter()
        .find(|(_, n)| n == name)
        .map(|(p, _)| p)
        .ok_or_else(|| {
            std::io::Error::new(
                std::io::ErrorKind::NotFound,
                format!("no script {name} in {}", dir.display()),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn submodule_first_then_shared_then_an_error_naming_the_command() {
        let root = std::env::temp_dir().join(format!("spec-tests-suites-{}", std::process::id()));
        let manifest = root.join("repo/spec-tests");
        let write = |p: PathBuf| {
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "(module)").unwrap();
        };
        std::fs::create_dir_all(manifest.join("testsuite/wasm-3.0")).unwrap(); // not checked out
        let err = suite_dir(&manifest, "wasm-3.0").unwrap_err();
        assert!(err.contains(FETCH_COMMAND), "{err}");

        write(root.join("shared/testsuite/wasm-3.0/i32.wast"));
        assert_eq!(
            suite_dir(&manifest, "wasm-3.0").unwrap(),
            manifest.join("../../shared/testsuite/wasm-3.0")
        );

        let sub = manifest.join("testsuite/wasm-3.0");
        write(sub.join("i32.wast"));
        write(sub.join("proposals/gc/array.wast"));
        write(sub.join("legacy/exceptions/throw.wast"));
        assert_eq!(suite_dir(&manifest, "wasm-3.0").unwrap(), sub);
        let names: Vec<String> = suite_scripts(&sub)
            .unwrap()
            .into_iter()
            .map(|s| s.1)
            .collect();
        assert_eq!(names, ["i32.wast", "legacy/throw.wast"]);
        assert_eq!(
            script_path(&sub, "legacy/throw.wast").unwrap(),
            sub.join("legacy/exceptions/throw.wast")
        );
        std::fs::remove_dir_all(&root).unwrap();
    }
}
