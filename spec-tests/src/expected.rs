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

/// A multiset of entries (two failing directives can share a line).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExpectedFailures {
    entries: BTreeMap<Entry, usize>,
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
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let entry = Entry::parse(line).ok_or_else(|| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!(
                        "{}:{}: not `script:line kind`: {line}",
                        path.display(),
                        i + 1
                    ),
                )
            })?;
            list.insert(entry);
        }
        Ok(list)
    }

    /// Writes the list, sorted, with a header comment saying how to regenerate it.
    ///
    /// # Errors
    /// The I/O error of creating or writing the file.
    pub fn save(&self, path: &Path) -> io::Result<()> {
        let mut out = String::from(
            "# Directives of this suite that fail today (`script:line kind`).\n\
             # Regenerate: cargo run --release -p spec-tests -- --update-expected <suite dir>\n",
        );
        for e in self.iter() {
            out.push_str(&e.to_string());
            out.push('\n');
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, out)
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

    /// The entries of one script.
    pub fn for_script(&self, script: &str) -> ExpectedFailures {
        ExpectedFailures {
            entries: self
                .entries
                .iter()
                .filter(|(e, _)| e.script == script)
                .map(|(e, &n)| (e.clone(), n))
                .collect(),
        }
    }

    /// Replaces the entries of `script` with those of `actual`.
    pub fn replace_script(&mut self, script: &str, actual: &ExpectedFailures) {
        self.entries.retain(|e, _| e.script != script);
        for e in actual.iter() {
            self.insert(e.clone());
        }
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
