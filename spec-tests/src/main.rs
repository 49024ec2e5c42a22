//! `spec-tests`: runs `.wast` scripts (files, or directories searched
//! recursively) and compares the failures with the suite's expected-failures
//! list. See `spec-tests/README.md`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use spec_tests::expected::ExpectedFailures;
use spec_tests::script::Verdict;
use spec_tests::{expected_failures_path, run_script_file, suite_dir, suite_scripts, ScriptReport};

const USAGE: &str = "\
usage: spec-tests [options] <dir or .wast file>...

Runs each script and prints `<path>: N passed, M failed, K skipped`, then the
totals. A directory is a suite named after it (e.g. wasm-2.0); a bare suite
name (wasm-2.0, wasm-3.0) is that suite's folder (spec-tests/testsuite/<suite>,
else ../shared/testsuite/<suite>); a file belongs to the nearest enclosing
directory named wasm-*. Failures are compared with
spec-tests/expected-failures/<suite>.txt, except in the scripts of features
that list declares unclaimed.

options:
  --update-expected  rewrite the expected-failures entries of the scripts run
  --no-expected      treat every failure as unexpected
  --skip <name>      do not run the script <name> (file name or suite-relative
                     path); reported as SKIPPED SCRIPT. Only for scripts that
                     crash the process, until the engine is fixed.
  --bounds-checks <guard-pages|explicit>
                     the engine's bounds-check strategy (default: the
                     engine's own choice, guard pages where they can be
                     reserved)
  --simd-isa <sse4.1|avx>
                     the vector instruction set of v128 code (default: the
                     best the CPU has)
  -v, --verbose      print every failure's message, not only unexpected ones

exit status: 1 when a failure is not in the expected list (or a script could
not be read), 2 on a usage error, else 0.";

struct Options {
    update: bool,
    no_expected: bool,
    verbose: bool,
    skip: Vec<String>,
    paths: Vec<PathBuf>,
    config: spec_tests::script::EngineConfig,
}

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        update: false,
        no_expected: false,
        verbose: false,
        skip: Vec::new(),
        paths: Vec::new(),
        config: Default::default(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--update-expected" => o.update = true,
            "--no-expected" => o.no_expected = true,
            "-v" | "--verbose" => o.verbose = true,
            "--bounds-checks" => {
                o.config.checks = Some(match args.next().as_deref() {
                    Some("guard-pages") => wasmjit::BoundsChecks::GuardPages,
                    Some("explicit") => wasmjit::BoundsChecks::Explicit,
                    _ => return Err("--bounds-checks needs guard-pages or explicit".into()),
                })
            }
            "--simd-isa" => {
                o.config.simd_isa = Some(match args.next().as_deref() {
                    Some("sse4.1") => wasmjit::SimdIsa::Sse41,
                    Some("avx") => wasmjit::SimdIsa::Avx,
                    _ => return Err("--simd-isa needs sse4.1 or avx".into()),
                })
            }
            "--skip" => o
                .skip
                .push(args.next().ok_or("--skip needs a script name")?),
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            _ => o.paths.push(PathBuf::from(a)),
        }
    }
    if o.paths.is_empty() {
        return Err("no scripts given".into());
    }
    Ok(o)
}

/// The suite a script file belongs to and its name in that suite.
fn locate_file(path: &Path) -> (Option<String>, String) {
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    for dir in abs.ancestors().skip(1) {
        let name = dir.file_name().map(|n| n.to_string_lossy().into_owned());
        if let Some(suite) = name.filter(|n| n.starts_with("wasm-")) {
            // Named as `suites::suite_scripts` names it: top folder and file name.
            let rel = abs.strip_prefix(dir).unwrap_or(&abs);
            let parts: Vec<_> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect();
            let name = match parts.as_slice() {
                [top, .., _] => format!("{top}/{file_name}"),
                _ => file_name,
            };
            return (Some(suite), name);
        }
    }
    (None, file_name)
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("spec-tests: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    // (suite, script path, script name)
    let mut scripts: Vec<(Option<String>, PathBuf, String)> = Vec::new();
    for p in &opts.paths {
        // A bare suite name (`wasm-2.0`) is that suite's folder, wherever it is.
        let resolved;
        let p = if !p.exists() && p.components().count() == 1 {
            match suite_dir(&p.to_string_lossy()) {
                Ok(dir) => {
                    resolved = dir;
                    &resolved
                }
                Err(e) => {
                    eprintln!("spec-tests: {e}");
                    return ExitCode::FAILURE;
                }
            }
        } else {
            p
        };
        if p.is_dir() {
            let abs = std::fs::canonicalize(p).unwrap_or_else(|_| p.clone());
            let suite = abs.file_name().map(|n| n.to_string_lossy().into_owned());
            match suite_scripts(p) {
                Ok(list) => scripts.extend(list.into_iter().map(|(f, n)| (suite.clone(), f, n))),
                Err(e) => {
                    eprintln!("spec-tests: cannot read {}: {e}", p.display());
                    return ExitCode::FAILURE;
                }
            }
        } else {
            let (suite, name) = locate_file(p);
            scripts.push((suite, p.clone(), name));
        }
    }

    let mut by_suite: BTreeMap<Option<String>, Vec<ScriptReport>> = BTreeMap::new();
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    let mut io_error = false;
    for (suite, path, name) in scripts {
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        if opts
            .skip
            .iter()
            .any(|s| *s == name || Some(s) == file_name.as_ref())
        {
            println!("{}: SKIPPED SCRIPT (--skip)", path.display());
            continue;
        }
        let report = match run_script_file(&path, &name, opts.config.for_suite(suite.as_deref())) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{}: cannot read: {e}", path.display());
                io_error = true;
                continue;
            }
        };
        println!(
            "{}: {} passed, {} failed, {} skipped",
            path.display(),
            report.passed(),
            report.failed(),
            report.skipped()
        );
        if opts.verbose {
            for r in &report.results {
                match &r.verdict {
                    Verdict::Failed(m) => println!("  {}:{} {}: {m}", name, r.line, r.kind),
                    Verdict::Skipped(m) => {
                        println!("  {}:{} {} skipped: {m}", name, r.line, r.kind)
                    }
                    Verdict::Passed => {}
                }
            }
        }
        passed += report.passed();
        failed += report.failed();
        skipped += report.skipped();
        by_suite.entry(suite).or_default().push(report);
    }

    let mut unexpected = 0;
    for (suite, reports) in &by_suite {
        let mut changes = 0;
        let list_path = suite.as_deref().map(expected_failures_path);
        let mut expected = match (&list_path, opts.no_expected) {
            (Some(p), false) => match ExpectedFailures::load(p) {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("spec-tests: {e}");
                    return ExitCode::FAILURE;
                }
            },
            _ => ExpectedFailures::default(),
        };
        for report in reports {
            let actual = report.failures();
            if let Some(f) = expected.feature_of(&report.name) {
                if actual.is_empty() && !opts.update {
                    println!(
                        "note: {} (feature {}, not claimed) has no failures",
                        report.name, f.name
                    );
                }
            }
            let (new, fixed) = expected.check_script(&report.name, &actual);
            if opts.update {
                changes += new.len() + fixed.len();
            } else {
                for e in &new {
                    let msg = report.message_for(e).unwrap_or("");
                    println!("UNEXPECTED FAILURE {e}: {msg}");
                }
                for e in &fixed {
                    println!("now passes (remove from the expected list): {e}");
                }
                unexpected += new.len();
            }
            expected.replace_script(&report.name, &actual);
        }
        if opts.update {
            match &list_path {
                Some(p) => match expected.save(p) {
                    Ok(()) => println!("updated {} ({changes} entries changed)", p.display()),
                    Err(e) => eprintln!("spec-tests: cannot write {}: {e}", p.display()),
                },
                None => eprintln!("spec-tests: scripts outside a wasm-* suite have no list"),
            }
        }
    }

    println!("{passed} passed, {failed} failed, {skipped} skipped");
    if unexpected > 0 && !opts.update {
        println!("{unexpected} unexpected failures");
        return ExitCode::FAILURE;
    }
    if io_error {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
