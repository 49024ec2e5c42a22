//! What the Python side shows of a module's functions beyond their types:
//! names from the name section (spec §7.4 "Name Section": function names,
//! local names, of which the first are the parameters), which function each
//! export is, and where each function body lies (to name the function a
//! compile error's offset falls in).
//!
//! Read with wasmparser, best effort: a malformed module (which fails to
//! compile anyway) gives what could be read before the problem.

use std::collections::HashMap;
use std::ops::Range;

use wasmparser::{ExternalKind, Name, Parser, Payload, TypeRef};

/// Names and layout of a module's functions (see the module docs).
#[derive(Default)]
pub struct FuncNames {
    /// Imported functions (they come first in the function index space).
    imported: u32,
    /// Function index → name from the name section.
    names: HashMap<u32, String>,
    /// Function index → names of its locals by local index.
    locals: HashMap<u32, HashMap<u32, String>>,
    /// Export name → function index, for exported functions.
    exports: HashMap<String, u32>,
    /// Byte range of each defined function's body, in order.
    bodies: Vec<Range<usize>>,
}

impl FuncNames {
    /// Reads `bytes` (a binary module).
    pub fn read(bytes: &[u8]) -> FuncNames {
        let mut out = FuncNames::default();
        for payload in Parser::new(0).parse_all(bytes) {
            let Ok(payload) = payload else { break };
            match payload {
                Payload::ImportSection(r) => {
                    for imp in r.into_imports().flatten() {
                        if matches!(imp.ty, TypeRef::Func(_) | TypeRef::FuncExact(_)) {
                            out.imported += 1;
                        }
                    }
                }
                Payload::ExportSection(r) => {
                    for e in r.into_iter().flatten() {
                        if e.kind == ExternalKind::Func {
                            out.exports.insert(e.name.to_string(), e.index);
                        }
                    }
                }
                Payload::CodeSectionEntry(body) => {
                    let r = body.range();
                    out.bodies.push(r.start as usize..r.end as usize);
                }
                Payload::CustomSection(c) => {
                    if let wasmparser::KnownCustom::Name(r) = c.as_known() {
                        out.read_names(r);
                    }
                }
                _ => {}
            }
        }
        out
    }

    fn read_names(&mut self, reader: wasmparser::NameSectionReader<'_>) {
        for sub in reader.into_iter().flatten() {
            match sub {
                Name::Function(map) => {
                    for n in map.into_iter().flatten() {
                        self.names.insert(n.index, n.name.to_string());
                    }
                }
                Name::Local(map) => {
                    for f in map.into_iter().flatten() {
                        let locals = self.locals.entry(f.index).or_default();
                        for n in f.names.flatten() {
                            locals.insert(n.index, n.name.to_string());
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// The name-section names of the first `n` locals (the parameters) of
    /// the function exported as `export`; `None` where a name is missing
    /// or not a Python identifier.
    pub fn param_names(&self, export: &str, n: usize) -> Option<Box<[Option<String>]>> {
        let locals = self.locals.get(self.exports.get(export)?)?;
        let names: Box<[Option<String>]> = (0..n as u32)
            .map(|i| {
                locals
                    .get(&i)
                    .map(|s| s.trim_start_matches('$').to_string())
                    .filter(|s| is_identifier(s))
            })
            .collect();
        names.iter().any(Option::is_some).then_some(names)
    }

    /// The function whose body holds byte `offset`: `(function index,
    /// name from the name section)`.
    pub fn func_at(&self, offset: usize) -> Option<(u32, Option<&str>)> {
        let i = self.bodies.iter().position(|r| r.contains(&offset))?;
        let index = self.imported + i as u32;
        Some((index, self.names.get(&index).map(String::as_str)))
    }
}

/// Whether `s` can name a Python parameter (ASCII identifiers, not
/// keywords that would make the signature unreadable).
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
        && !matches!(
            s,
            "def"
                | "class"
                | "lambda"
                | "return"
                | "if"
                | "else"
                | "for"
                | "while"
                | "in"
                | "is"
                | "not"
                | "and"
                | "or"
                | "None"
                | "True"
                | "False"
                | "import"
                | "from"
                | "as"
                | "pass"
                | "break"
                | "continue"
                | "global"
                | "nonlocal"
                | "try"
                | "except"
                | "finally"
                | "raise"
                | "with"
                | "yield"
                | "del"
                | "assert"
                | "elif"
                | "async"
                | "await"
        )
}
