//! The crate's top-level modules form layers: the `use` graph between them
//! (every `crate::m`, and every `super::` path that leaves its top-level
//! module, in code, not comments) has no cycle, `environ` depends on
//! nothing, and the compiler reaches the runtime's world only through
//! `environ`. `docs/architecture.md` draws the layers.
//!
//! Names the crate root re-exports (`crate::Result`) count as the module
//! that defines them; an item defined in `lib.rs` itself counts as `lib`,
//! the top layer, which every other module is below.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// `src` with comments, string and character literals blanked out (so that
/// paths in docs and messages are not counted).
fn code_only(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(b"//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i..].starts_with(b"/*") {
            let mut depth = 0;
            while i < b.len() {
                if b[i..].starts_with(b"/*") {
                    depth += 1;
                    i += 2;
                } else if b[i..].starts_with(b"*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if b[i] == b'r' && (b[i + 1..].starts_with(b"\"") || b[i + 1..].starts_with(b"#")) {
            // Raw string: r"..." or r#"..."#.
            let mut j = i + 1;
            let mut hashes = 0;
            while j < b.len() && b[j] == b'#' {
                hashes += 1;
                j += 1;
            }
            if j < b.len() && b[j] == b'"' {
                let close: Vec<u8> = std::iter::once(b'"')
                    .chain(std::iter::repeat_n(b'#', hashes))
                    .collect();
                j += 1;
                while j < b.len() && !b[j..].starts_with(&close) {
                    j += 1;
                }
                i = j + close.len();
                out.push_str("\"\"");
            } else {
                out.push('r');
                i += 1;
            }
        } else if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if b[i] == b'\'' {
            // A char literal ('a', '\n', '\u{..}') or a lifetime ('a).
            let end = if b.get(i + 1) == Some(&b'\\') {
                b[i + 2..]
                    .iter()
                    .position(|&c| c == b'\'')
                    .map(|p| i + 3 + p)
            } else if b.get(i + 2) == Some(&b'\'') {
                Some(i + 3)
            } else {
                None
            };
            match end {
                Some(e) => {
                    out.push_str("' '");
                    i = e;
                }
                None => {
                    out.push('\'');
                    i += 1;
                }
            }
        } else {
            out.push(b[i] as char);
            i += 1;
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The module path of a file below `src` (`store/func.rs` → store::func;
/// `store/mod.rs` → store; `lib.rs` → the root).
fn module_path(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .iter()
        .map(|c| c.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_string());
    }
    parts
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// Every path in `code` that starts at `crate::` or `super::`, resolved to
/// its first segment below the crate root, with the module it occurs in
/// (the file's `base` path plus the inline `mod x { ... }` around it).
fn referenced_roots(code: &str, base: &[String]) -> Vec<(Vec<String>, String)> {
    let b = code.as_bytes();
    let mut found = Vec::new();
    // Inline modules: (name, brace depth at which it closes).
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut pending_mod: Option<String> = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'{' {
            depth += 1;
            if let Some(name) = pending_mod.take() {
                inline.push((name, depth));
            }
            i += 1;
            continue;
        }
        if c == b'}' {
            if inline.last().is_some_and(|&(_, d)| d == depth) {
                inline.pop();
            }
            depth = depth.saturating_sub(1);
            i += 1;
            continue;
        }
        if c == b';' {
            pending_mod = None;
        }
        if !is_ident(c) || (i > 0 && (is_ident(b[i - 1]) || b[i - 1] == b':')) {
            i += 1;
            continue;
        }
        // A word starting here: read a `a::b::c` path.
        let mut segs = Vec::new();
        let mut j = i;
        loop {
            let s = j;
            while j < b.len() && is_ident(b[j]) {
                j += 1;
            }
            segs.push(&code[s..j]);
            let mut k = j;
            while k < b.len() && b[k] == b' ' {
                k += 1;
            }
            if code[k..].starts_with("::") && b.get(k + 2).is_some_and(|&c| is_ident(c)) {
                j = k + 2;
            } else {
                break;
            }
        }
        if segs == ["mod"] {
            let mut k = j;
            while k < b.len() && b[k].is_ascii_whitespace() {
                k += 1;
            }
            let s = k;
            while k < b.len() && is_ident(b[k]) {
                k += 1;
            }
            pending_mod = Some(code[s..k].to_string());
            i = k;
            continue;
        }
        let mut here: Vec<String> = base.to_vec();
        here.extend(inline.iter().map(|(n, _)| n.clone()));
        let target = match segs[0] {
            "crate" if segs.len() > 1 => Some(segs[1].to_string()),
            "super" => {
                let ups = segs.iter().take_while(|&&s| s == "super").count();
                let mut p = here.clone();
                for _ in 0..ups {
                    p.pop();
                }
                // Only a path that climbs to the root leaves its module.
                if p.is_empty() {
                    segs.get(ups).map(|s| s.to_string())
                } else {
                    None
                }
            }
            _ => None,
        };
        if let Some(t) = target {
            found.push((here, t));
        }
        i = j;
    }
    found
}

/// The crate root's re-exports: name → the top-level module it comes from.
fn root_reexports(lib: &str) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for stmt in lib.split(';') {
        let Some(rest) = stmt.trim().strip_prefix("pub use ") else {
            continue;
        };
        let rest = rest.replace(char::is_whitespace, "");
        let (module, names) = rest.split_once("::").unwrap();
        let names = names.trim_start_matches('{').trim_end_matches('}');
        for n in names.split(',').filter(|n| !n.is_empty()) {
            let n = n.rsplit("::").next().unwrap();
            map.insert(n.to_string(), module.to_string());
        }
    }
    map
}

/// The dependency graph between top-level modules (and `lib`).
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let lib = code_only(&std::fs::read_to_string(src.join("lib.rs")).unwrap());
    let reexports = root_reexports(&lib);
    let mut top: BTreeSet<String> = BTreeSet::new();
    for f in &files {
        let p = module_path(f.strip_prefix(&src).unwrap());
        if let Some(first) = p.first() {
            top.insert(first.clone());
        }
    }
    let mut g: BTreeMap<String, BTreeSet<String>> =
        top.iter().map(|m| (m.clone(), BTreeSet::new())).collect();
    for f in &files {
        let base = module_path(f.strip_prefix(&src).unwrap());
        let code = code_only(&std::fs::read_to_string(f).unwrap());
        for (here, target) in referenced_roots(&code, &base) {
            let from = here.first().cloned().unwrap_or_else(|| "lib".to_string());
            let to = if top.contains(&target) {
                target
            } else if let Some(m) = reexports.get(&target) {
                m.clone()
            } else if target == "self" || target == "*" {
                continue;
            } else {
                "lib".to_string()
            };
            if from != to {
                g.entry(from).or_default().insert(to);
            }
        }
    }
    g
}

/// A cycle of `g`, if it has one (depth-first search).
fn find_cycle(g: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(n.to_string(), 1);
        stack.push(n.to_string());
        for m in g.get(n).into_iter().flatten() {
            match state.get(m.as_str()).copied().unwrap_or(0) {
                1 => {
                    let at = stack.iter().position(|s| s == m).unwrap();
                    let mut cycle = stack[at..].to_vec();
                    cycle.push(m.clone());
                    return Some(cycle);
                }
                0 => {
                    if let Some(c) = visit(m, g, state, stack) {
                        return Some(c);
                    }
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(n.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for n in g.keys() {
        if state.get(n.as_str()).copied().unwrap_or(0) == 0 {
            let mut stack = Vec::new();
            if let Some(c) = visit(n, g, &mut state, &mut stack) {
                return Some(c);
            }
        }
    }
    None
}

fn describe(g: &BTreeMap<String, BTreeSet<String>>) -> String {
    g.iter()
        .map(|(m, deps)| {
            format!(
                "  {m} -> {}\n",
                deps.iter().cloned().collect::<Vec<_>>().join(", ")
            )
        })
        .collect()
}

#[test]
fn top_level_modules_have_no_cycle() {
    let g = graph();
    // The graph is the crate's: the layers' known edges are in it.
    for (from, to) in [
        ("compiler", "environ"),
        ("runtime", "environ"),
        ("store", "runtime"),
    ] {
        assert!(
            g[from].contains(to),
            "{from} -> {to} not seen:\n{}",
            describe(&g)
        );
    }
    if let Some(c) = find_cycle(&g) {
        panic!(
            "the modules of crates/wasmjit/src depend on each other in a circle: {}\n\
             dependencies:\n{}",
            c.join(" -> "),
            describe(&g)
        );
    }
}

#[test]
fn environ_is_plain_data_and_the_compiler_sees_only_it() {
    let g = graph();
    let deps = |m: &str| g.get(m).cloned().unwrap_or_default();
    assert!(
        deps("environ").is_empty(),
        "environ must depend on nothing, it uses {:?}",
        deps("environ")
    );
    let allowed: BTreeSet<String> = ["environ", "error", "values", "handles"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let compiler = deps("compiler");
    assert!(
        compiler.is_subset(&allowed),
        "the compiler may use only {allowed:?}, it uses {compiler:?}"
    );
    let runtime = deps("runtime");
    for m in ["store", "instance", "module", "compiler", "lib"] {
        assert!(!runtime.contains(m), "the runtime uses {m}: {runtime:?}");
    }
}

#[test]
fn the_checker_sees_paths_and_cycles() {
    // Paths in code count; in comments and strings they do not.
    let code = code_only(
        "use crate::a::B; // crate::c\n/* crate::d */ let s = \"crate::e\"; \
         fn f<'a>(x: &'a u8) { super::super::g::h(); let c = 'x'; crate::k::m() }",
    );
    let roots: Vec<String> = referenced_roots(&code, &["z".into(), "y".into()])
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    assert_eq!(roots, ["a", "g", "k"]);
    // `super::` inside an inline `mod tests` stays in its file's module.
    let code = code_only("mod tests { use super::*; fn t() { super::x(); } }");
    assert!(referenced_roots(&code, &["z".into()]).is_empty());
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    g.entry("a".into()).or_default().insert("b".into());
    g.entry("b".into()).or_default().insert("c".into());
    assert_eq!(find_cycle(&g), None);
    g.entry("c".into()).or_default().insert("a".into());
    assert_eq!(find_cycle(&g).unwrap(), ["a", "b", "c", "a"]);
}
