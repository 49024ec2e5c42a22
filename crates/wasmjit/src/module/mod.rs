//! `Module`: a validated and compiled WebAssembly module (spec §2.5),
//! ready to be instantiated any number of times.

mod const_expr;
mod serialize;
mod translate;

use std::collections::HashMap;
use std::sync::Arc;

use wasmparser::Parser;

use crate::compiler::ModuleEnv;
use crate::engine::Engine;
use crate::error::{Error, Result};
use crate::runtime::code::CodeMemory;
use crate::runtime::registry;
use crate::values::ExternType;
use translate::Translation;

pub use const_expr::{ConstExpr, ConstVal};
pub use serialize::{cache_tag, content_hash};

/// The kind of an import or export's entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExternKind {
    Func,
    Table,
    Memory,
    Global,
}

/// One import declaration.
#[derive(Clone, Debug)]
pub struct ImportType {
    /// Module name (first part of the import's name).
    pub module: String,
    /// Field name.
    pub name: String,
    /// What is imported.
    pub ty: ExternType,
}

/// One export declaration.
#[derive(Clone, Debug)]
pub struct ExportType {
    /// The export name.
    pub name: String,
    /// What is exported.
    pub ty: ExternType,
}

#[derive(Clone, Debug)]
pub(crate) struct Export {
    pub name: String,
    pub kind: ExternKind,
    pub index: u32,
}

#[derive(Clone, Debug)]
pub(crate) enum SegmentMode {
    Active { index: u32, offset: ConstExpr },
    Passive,
    Declared,
}

#[derive(Clone, Debug)]
pub(crate) struct ElemSegment {
    pub mode: SegmentMode,
    /// `funcref` or `externref`.
    pub element: crate::values::ValType,
    pub items: Vec<ConstExpr>,
}

#[derive(Clone, Debug)]
pub(crate) struct DataSegment {
    pub mode: SegmentMode,
    pub bytes: Vec<u8>,
}

pub(crate) struct ModuleInner {
    pub env: ModuleEnv,
    pub imports: Vec<ImportType>,
    pub exports: Vec<Export>,
    /// Initializers of the defined (not imported) globals.
    pub global_inits: Vec<ConstExpr>,
    pub num_imported_tables: u32,
    pub num_imported_memories: u32,
    pub num_imported_globals: u32,
    pub elements: Vec<ElemSegment>,
    pub data: Vec<DataSegment>,
    pub start: Option<u32>,
    pub code: CodeMemory,
    /// Code offset of each defined function.
    pub func_offsets: Vec<usize>,
    /// Function names from the name section.
    pub names: HashMap<u32, String>,
    /// [`content_hash`] of the module's binary.
    pub wasm_hash: [u8; 16],
    /// The binary with empty function bodies (kept for `serialize`).
    pub decls: Box<[u8]>,
    /// Whether each defined function returns quickly (no loop, call or
    /// bulk operation: `compiler/func.rs`, `may_run_long`).
    pub quick: Vec<bool>,
    /// Where the code holds signature ids.
    pub sig_sites: Vec<crate::compiler::SigSite>,
    /// The code of inlined callees (`compiler/inline.rs`).
    pub inline_ranges: Vec<crate::compiler::InlineRange>,
}

impl Drop for ModuleInner {
    fn drop(&mut self) {
        registry::unregister(self.code.base() as usize);
    }
}

/// A compiled module. Cheap to clone (shared).
#[derive(Clone)]
pub struct Module(pub(crate) Arc<ModuleInner>);

impl Module {
    /// Validates and compiles a binary module.
    ///
    /// # Errors
    /// [`Error::Invalid`] with wasmparser's message and byte offset when the
    /// bytes are malformed or invalid; [`Error::Unsupported`] naming the
    /// instruction and offset for what the compiler does not handle yet;
    /// [`Error::Resource`] when code pages cannot be mapped.
    pub fn new(engine: &Engine, bytes: &[u8]) -> Result<Module> {
        let mut t = Translation::new(engine, bytes);
        for payload in Parser::new(0).parse_all(bytes) {
            if let Err(e) = payload.map_err(Error::from).and_then(|p| t.payload(p)) {
                // A function body read before the problem may be invalid
                // too: that error comes first, as the module's order says.
                t.compile_bodies()?;
                return Err(e);
            }
        }
        t.finish()
    }

    /// Parses the WebAssembly text format (through the `wat` crate), then
    /// behaves as [`Module::new`].
    ///
    /// # Errors
    /// [`Error::Invalid`] with the `wat` crate's message (line and column)
    /// for text that does not parse; otherwise as [`Module::new`].
    pub fn from_wat(engine: &Engine, text: &str) -> Result<Module> {
        let bytes = wat::parse_str(text).map_err(|e| Error::Invalid {
            message: e.to_string(),
            offset: 0,
        })?;
        Module::new(engine, &bytes)
    }

    /// The module as bytes that [`Module::deserialize`] turns back into
    /// it without compiling: a checked header (format version, engine
    /// build, CPU features and code configuration the code depends on,
    /// [`Module::wasm_hash`], a checksum), the machine code and the
    /// declarations (layout in `module/serialize.rs`). The bytes hold no
    /// process address; they are valid only for this build of the engine.
    pub fn serialize(&self) -> Vec<u8> {
        let m = &self.0;
        serialize::serialize(
            m.wasm_hash,
            m.env.bounds_checks,
            m.env.simd_isa,
            &serialize::Payload {
                decls: &m.decls,
                code: m.code.bytes(),
                func_offsets: m.func_offsets.clone(),
                quick: &m.quick,
                sig_sites: m.sig_sites.clone(),
                inline_ranges: &m.inline_ranges,
            },
        )
    }

    /// A module from the bytes of [`Module::serialize`], without compiling:
    /// its code is mapped and its declarations validated again.
    ///
    /// # Errors
    /// [`Error::Deserialize`] naming the problem when `data` is truncated,
    /// corrupt (checksum mismatch), not a serialized module, written by
    /// another format version or engine build (stale), or needs CPU
    /// features this machine lacks; nothing of such data is executed.
    /// [`Error::Resource`] when code pages cannot be mapped.
    pub fn deserialize(engine: &Engine, data: &[u8]) -> Result<Module> {
        serialize::deserialize(engine, data)
    }

    /// The module's binary with every function body empty: its
    /// declarations, data and custom sections (names) as they were; what
    /// [`Module::serialize`] keeps besides the code.
    pub fn declarations(&self) -> &[u8] {
        &self.0.decls
    }

    /// [`content_hash`] (xxh3-128) of the binary the module was compiled
    /// from.
    pub fn wasm_hash(&self) -> [u8; 16] {
        self.0.wasm_hash
    }

    /// The imports, in declaration order.
    pub fn imports(&self) -> &[ImportType] {
        &self.0.imports
    }

    /// The exports, in declaration order.
    pub fn exports(&self) -> impl Iterator<Item = ExportType> + '_ {
        self.0.exports.iter().map(|e| ExportType {
            name: e.name.clone(),
            ty: self.0.extern_type(e.kind, e.index),
        })
    }

    /// The name-section name of function `index`, if any.
    pub fn func_name(&self, index: u32) -> Option<&str> {
        self.0.names.get(&index).map(|s| s.as_str())
    }

    /// Size of the generated machine code in bytes.
    pub fn code_size(&self) -> usize {
        self.0.code.len()
    }

    /// The generated machine code (for inspection and disassembly tests).
    pub fn code(&self) -> &[u8] {
        self.0.code.bytes()
    }

    /// Byte offset in [`Module::code`] where each defined (not imported)
    /// function's code starts, in function index order; each function's code
    /// (its body, then its trap exits) runs up to the next offset or the end.
    pub fn function_offsets(&self) -> &[usize] {
        &self.0.func_offsets
    }
}

impl ModuleInner {
    pub(crate) fn extern_type(&self, kind: ExternKind, index: u32) -> ExternType {
        match kind {
            ExternKind::Func => ExternType::Func(self.env.func_type(index).clone()),
            ExternKind::Table => ExternType::Table(self.env.tables[index as usize]),
            ExternKind::Memory => ExternType::Memory(self.env.memories[index as usize]),
            ExternKind::Global => ExternType::Global(self.env.globals[index as usize]),
        }
    }
}
