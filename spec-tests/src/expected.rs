//! Expected-failures lists: one file per suite (`expected-failures/<suite>.txt`),
//! one line per directive that is known to fail today:
//!
//! ```text
//! <script path relative to the suite>:<line> <directive kind>
//! ```
//!
//! Lines are sorted by script, then line number. Blank lines and lines
//! starting with `#` are ignored. Every outcome is deterministic: a
//! directive either fails (and is listed) or passes (and is not).
//!
//! Features the engine does not claim (SIMD while it is off, the Wasm 3.0
//! proposals) are declared once instead, by the scripts that test them:
//!
//! ```text
//! feature <name>: <pattern> <pattern> ...
//! ```
//!
//! A pattern is a script name in which `*` stands for any run of characters
//! other than `/`. Any directive of a matching script may fail; its
//! directives are still run and counted, only not compared with a list.
//! Single directives are listed only in the other scripts. Everything before
//! the first directive line (comments and feature lines) is kept as it is
//! when the list is regenerated.

use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::path::Path;

/// One expected (or actual) failing directive.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Entry {
    /// The script's path relative to its suite directory, `/`-separated.
    pub script: String,
    /// 1-based line of the directive.
    pub line: usize,
    /// The directive kind (`assert_return`, `module`, ...).
    pub kind: String,
}

impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{} {}", self.script, self.line, self.kind)
    }
}

impl Entry {
    /// Parses `script:line kind`; `None` for a line of another shape.
    pub fn parse(line: &str) -> Option<Entry> {
        let mut words = line.split_whitespace();
        let (loc, kind) = (words.next()?, words.next()?);
        if words.next().is_some() {
            return None;
        }
        let (script, line) = loc.rsplit_once(':')?;
        Some(Entry {
            script: script.to_string(),
            line: line.parse().ok()?,
            kind: kind.to_string(),
        })
    }
}

/// A feature the engine does not claim, and the scripts that test it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Feature {
    /// The feature's name (`simd`, `gc`, ...), as in the proposal's name.
    pub name: String,
    /// Script-name patterns (see the module docs).
    pub patterns: Vec<String>,
}

impl Feature {
    /// Parses `feature <name>: <pattern>...`; `None` for a line of another shape.
    fn parse(line: &str) -> Option<Feature> {
        let rest = line.strip_prefix("feature ")?;
        let (name, patterns) = rest.split_once(':')?;
        let name = name.trim();
        let patterns: Vec<String> = patterns.split_whitespace().map(str::to_string).collect();
        if name.is_empty() || name.contains(char::is_whitespace) || patterns.is_empty() {
            return None;
        }
        Some(Feature {
            name: name.to_string(),
            patterns,
        })
    }

    /// Whether `script` is one of the feature's scripts.
    pub fn covers(&self, script: &str) -> bool {
        self.patterns.iter().any(|p| glob_match(p, script))
    }
}

/// Whether `name` matches `pattern`, where `*` matches any run of
/// characters other than `/`.
fn glob_match(pattern: &str, name: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == name,
        Some((head, tail)) => {
            let Some(rest) = name.strip_prefix(head) else {
                return false;
            };
            // Try every split point of `rest` that stays within one path component.
            let mut end = 0;
            loop {
                if glob_match(tail, &rest[end..]) {
                    return true;
                }
                match rest[end..].chars().next() {
                    Some(c) if c != '/' => end += c.len_utf8(),
                    _ => return false,
                }
            }
        }
    }
}

/// A multiset of entries (two failing directives can share a line), and
/// the features not claimed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExpectedFailures {
    entries: BTreeMap<Entry, usize>,
    features: Vec<Feature>,
    /// The file's text before its first entry (comments, feature lines).
    preamble: String,
}

impl ExpectedFailures {
    /// Reads a list; a missing file is an empty list.
    ///
    /// # Errors
    /// An I/O error other than "not found", or `InvalidData` naming the first
    /// line that is not a comment, blank, or an entry.
    pub fn load(path: &Path) -> io::Result<ExpectedFailures> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(e) => return Err(e),
        };
        let mut list = ExpectedFailures::default();
        let mut in_preamble = true;
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            let bad = |what: &str| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("{}:{}: not {what}: {line}", path.display(), i + 1),
                )
            };
            if line.starts_with("feature ") {
                if !in_preamble {
                    return Err(bad("a feature line before the first entry"));
                }
                list.features.push(
                    Feature::parse(line).ok_or_else(|| bad("`feature <name>: <pattern>...`"))?,
                );
            } else if !line.is_empty() && !line.starts_with('#') {
                in_preamble = false;
                list.insert(Entry::parse(line).ok_or_else(|| bad("`script:line kind`"))?);
                continue;
            }
            if in_preamble {
                list.preamble.push_str(raw);
                list.preamble.push('\n');
            }
        }
        Ok(list)
    }

    /// Writes the list: the preamble read by [`ExpectedFailures::load`]
    /// (or a header comment saying how to regenerate the list), then the
    /// entries, sorted.
    ///
    /// # Errors
    /// The I/O error of creating or writing the file.
    pub fn save(&self, path: &Path) -> io::Result<()> {
        let mut out = if self.preamble.is_empty() {
            String::from(
                "# Directives of this suite that fail today (`script:line kind`).\n\
                 # Regenerate: cargo run --release -p spec-tests -- --update-expected <suite dir>\n",
            )
        } else {
            self.preamble.clone()
        };
        for e in self.iter() {
            out.push_str(&e.to_string());
            out.push('\n');
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, out)
    }

    /// The unclaimed feature whose scripts include `script`, if any.
    pub fn feature_of(&self, script: &str) -> Option<&Feature> {
        self.features.iter().find(|f| f.covers(script))
    }

    /// Adds one occurrence of `entry`.
    pub fn insert(&mut self, entry: Entry) {
        *self.entries.entry(entry).or_insert(0) += 1;
    }

    /// Every entry (repeated entries repeated), sorted.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries
            .iter()
            .flat_map(|(e, &n)| std::iter::repeat_n(e, n))
    }

    /// Number of entries, counting repeats.
    pub fn len(&self) -> usize {
        self.entries.values().sum()
    }

    /// Whether the list has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries of one script (no features).
    pub fn for_script(&self, script: &str) -> ExpectedFailures {
        ExpectedFailures {
            entries: self
                .entries
                .iter()
                .filter(|(e, _)| e.script == script)
                .map(|(e, &n)| (e.clone(), n))
                .collect(),
            ..ExpectedFailures::default()
        }
    }

    /// Replaces the entries of `script` with those of `actual` (none when
    /// the script belongs to an unclaimed feature).
    pub fn replace_script(&mut self, script: &str, actual: &ExpectedFailures) {
        self.entries.retain(|e, _| e.script != script);
        if self.feature_of(script).is_some() {
            return;
        }
        for e in actual.iter() {
            self.insert(e.clone());
        }
    }

    /// Differences between the `actual` failures of `script` and the
    /// expected ones: `(new failures, expected failures that now pass)`;
    /// both empty for a script of an unclaimed feature.
    pub fn check_script(
        &self,
        script: &str,
        actual: &ExpectedFailures,
    ) -> (Vec<Entry>, Vec<Entry>) {
        if self.feature_of(script).is_some() {
            return (Vec::new(), Vec::new());
        }
        self.for_script(script).diff(actual)
    }

    /// Differences between `actual` failures and `self` (the expected ones):
    /// `(new failures, expected failures that now pass)`.
    pub fn diff(&self, actual: &ExpectedFailures) -> (Vec<Entry>, Vec<Entry>) {
        let minus = |a: &ExpectedFailures, b: &ExpectedFailures| -> Vec<Entry> {
            let mut out = Vec::new();
            for (e, &n) in &a.entries {
                let m = b.entries.get(e).copied().unwrap_or(0);
                out.extend(std::iter::repeat_n(e.clone(), n.saturating_sub(m)));
            }
            out
        };
        (minus(actual, self), minus(self, actual))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_diff() {
        let e = Entry::parse("legacy/a-b.wast:12 assert_return").unwrap();
        assert_eq!(e.script, "legacy/a-b.wast");
        assert_eq!(e.line, 12);
        assert_eq!(e.to_string(), "legacy/a-b.wast:12 assert_return");
        assert!(Entry::parse("nonsense").is_none());

        let mut expected = ExpectedFailures::default();
        expected.insert(Entry::parse("a.wast:1 module").unwrap());
        expected.insert(Entry::parse("a.wast:9 invoke").unwrap());
        let mut actual = ExpectedFailures::default();
        actual.insert(Entry::parse("a.wast:9 invoke").unwrap());
        actual.insert(Entry::parse("a.wast:10 assert_trap").unwrap());
        let (new, fixed) = expected.diff(&actual);
        assert_eq!(new, vec![Entry::parse("a.wast:10 assert_trap").unwrap()]);
        assert_eq!(fixed, vec![Entry::parse("a.wast:1 module").unwrap()]);
    }

    #[test]
    fn features_cover_their_scripts() {
        let dir = std::env::temp_dir().join(format!("spec-tests-expected-{}", std::process::id()));
        let path = dir.join("list.txt");
        std::fs::create_dir_all(&dir).unwrap();
        let text = "# head\nfeature simd: simd_*.wast relaxed_min_max.wast\nfeature eh: legacy/*\n\
                    a.wast:3 invoke\n";
        std::fs::write(&path, text).unwrap();
        let list = ExpectedFailures::load(&path).unwrap();
        assert_eq!(list.feature_of("simd_i8x16.wast").unwrap().name, "simd");
        assert_eq!(
            list.feature_of("relaxed_min_max.wast").unwrap().name,
            "simd"
        );
        assert_eq!(list.feature_of("legacy/throw.wast").unwrap().name, "eh");
        assert!(list.feature_of("legacy/x/throw.wast").is_none());
        assert!(list.feature_of("simd.wast").is_none());
        assert!(list.feature_of("a.wast").is_none());
        let mut actual = ExpectedFailures::default();
        actual.insert(Entry::parse("simd_i8x16.wast:9 module").unwrap());
        assert_eq!(
            list.check_script("simd_i8x16.wast", &actual),
            (vec![], vec![])
        );
        let (new, fixed) = list.check_script("a.wast", &ExpectedFailures::default());
        assert!(new.is_empty() && fixed.len() == 1);
        let mut updated = list.clone();
        updated.replace_script("simd_i8x16.wast", &actual);
        updated.save(&path).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn rejects_other_shapes() {
        assert!(Entry::parse("a.wast:3 invoke flaky").is_none());
        assert!(Entry::parse("a.wast invoke").is_none());
    }

    #[test]
    fn sorted_numerically() {
        let mut l = ExpectedFailures::default();
        l.insert(Entry::parse("a.wast:100 invoke").unwrap());
        l.insert(Entry::parse("a.wast:99 invoke").unwrap());
        let lines: Vec<String> = l.iter().map(|e| e.to_string()).collect();
        assert_eq!(lines, ["a.wast:99 invoke", "a.wast:100 invoke"]);
    }
}
