//! `Module`: a validated and compiled WebAssembly module (spec §2.5),
//! ready to be instantiated any number of times.

mod const_expr;

use std::collections::HashMap;
use std::sync::Arc;

use wasmparser::{
    ElementItems, ElementKind, ExternalKind, FuncValidatorAllocations, Parser, Payload, TypeRef,
    ValidPayload, Validator,
};

use crate::compiler::{CodeGen, ModuleEnv};
use crate::engine::Engine;
use crate::error::{Error, Result};
use crate::runtime::code::CodeMemory;
use crate::runtime::registry::{self, CodeInfo};
use crate::runtime::signals;
use crate::runtime::vm::VMOffsets;
use crate::values::{ExternType, FuncType, GlobalType, Limits, MemoryType, TableType, ValType};

pub use const_expr::{ConstExpr, ConstOp, ConstVal};

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
}

impl Drop for ModuleInner {
    fn drop(&mut self) {
        registry::unregister(self.code.base() as usize);
    }
}

/// A compiled module. Cheap to clone (shared).
#[derive(Clone)]
pub struct Module(pub(crate) Arc<ModuleInner>);

fn limits(min: u64, max: Option<u64>) -> Limits {
    Limits { min, max }
}

fn val_type(t: wasmparser::ValType, offset: usize) -> Result<ValType> {
    ValType::from_wasmparser(t).ok_or_else(|| Error::Unsupported {
        what: format!("value type {t:?}"),
        offset,
    })
}

fn table_type(t: &wasmparser::TableType, offset: usize) -> Result<TableType> {
    let element = val_type(wasmparser::ValType::Ref(t.element_type), offset)?;
    if t.table64 {
        return Err(Error::Unsupported {
            what: "64-bit tables".into(),
            offset,
        });
    }
    Ok(TableType {
        element,
        limits: limits(t.initial, t.maximum),
    })
}

fn memory_type(t: &wasmparser::MemoryType, offset: usize) -> Result<MemoryType> {
    if t.memory64 || t.shared || t.page_size_log2.is_some() {
        return Err(Error::Unsupported {
            what: "64-bit, shared or custom-page-size memories".into(),
            offset,
        });
    }
    Ok(MemoryType {
        limits: limits(t.initial, t.maximum),
        memory64: false,
        shared: false,
    })
}

fn global_type(t: &wasmparser::GlobalType, offset: usize) -> Result<GlobalType> {
    Ok(GlobalType {
        content: val_type(t.content_type, offset)?,
        mutable: t.mutable,
    })
}

impl Module {
    /// Validates and compiles a binary module.
    ///
    /// # Errors
    /// [`Error::Invalid`] with wasmparser's message and byte offset when the
    /// bytes are malformed or invalid; [`Error::Unsupported`] naming the
    /// instruction and offset for what the compiler does not handle yet;
    /// [`Error::Resource`] when code pages cannot be mapped.
    pub fn new(engine: &Engine, bytes: &[u8]) -> Result<Module> {
        let mut validator = Validator::new_with_features(engine.features());
        let mut env = ModuleEnv {
            types: Vec::new(),
            sig_ids: Vec::new(),
            funcs: Vec::new(),
            num_imported_funcs: 0,
            tables: Vec::new(),
            memories: Vec::new(),
            globals: Vec::new(),
            offsets: VMOffsets::new(0, 0, 0, 0),
        };
        let mut imports = Vec::new();
        let mut exports = Vec::new();
        let mut global_inits = Vec::new();
        let (mut imp_tables, mut imp_mems, mut imp_globals) = (0, 0, 0);
        let mut elements = Vec::new();
        let mut data = Vec::new();
        let mut start = None;
        let mut names = HashMap::new();
        let mut codegen: Option<CodeGen> = None;
        let mut next_func = 0u32;
        let mut code_section_size = 0usize;
        let mut ops_buf = Vec::new();
        let mut allocs = FuncValidatorAllocations::default();
        let mut unsupported: Option<Error> = None;

        for payload in Parser::new(0).parse_all(bytes) {
            let payload = payload?;
            if let ValidPayload::Func(to_validate, body) = validator.payload(&payload)? {
                let cg = codegen.get_or_insert_with(|| {
                    env.offsets = offsets_of(&env);
                    CodeGen::new(
                        env.funcs.len() - env.num_imported_funcs as usize,
                        code_section_size,
                    )
                });
                let mut fv = to_validate.into_validator(std::mem::take(&mut allocs));
                match cg.compile_function(&env, next_func, &body, &mut fv, &mut ops_buf) {
                    // Keep validating: invalid beats unsupported.
                    Err(e @ Error::Unsupported { .. }) => {
                        unsupported.get_or_insert(e);
                    }
                    other => other?,
                }
                allocs = fv.into_allocations();
                next_func += 1;
            }
            match payload {
                Payload::TypeSection(r) => {
                    for group in r {
                        let group = group?;
                        for sub in group.into_types() {
                            let wasmparser::CompositeInnerType::Func(ft) =
                                &sub.composite_type.inner
                            else {
                                return Err(Error::Unsupported {
                                    what: "GC types".into(),
                                    offset: 0,
                                });
                            };
                            let p = ft
                                .params()
                                .iter()
                                .map(|&t| val_type(t, 0))
                                .collect::<Result<Vec<_>>>()?;
                            let r = ft
                                .results()
                                .iter()
                                .map(|&t| val_type(t, 0))
                                .collect::<Result<Vec<_>>>()?;
                            let ty = FuncType::new(p, r);
                            env.sig_ids.push(engine.signature_id(&ty));
                            env.types.push(ty);
                        }
                    }
                }
                Payload::ImportSection(r) => {
                    let offset = r.range().start as usize;
                    for imp in r.into_imports() {
                        let imp = imp?;
                        let ty = match imp.ty {
                            TypeRef::Func(t) | TypeRef::FuncExact(t) => {
                                env.funcs.push(t);
                                env.num_imported_funcs += 1;
                                ExternType::Func(env.types[t as usize].clone())
                            }
                            TypeRef::Table(t) => {
                                let t = table_type(&t, offset)?;
                                env.tables.push(t);
                                imp_tables += 1;
                                ExternType::Table(t)
                            }
                            TypeRef::Memory(m) => {
                                let m = memory_type(&m, offset)?;
                                env.memories.push(m);
                                imp_mems += 1;
                                ExternType::Memory(m)
                            }
                            TypeRef::Global(g) => {
                                let g = global_type(&g, offset)?;
                                env.globals.push(g);
                                imp_globals += 1;
                                ExternType::Global(g)
                            }
                            TypeRef::Tag(_) => {
                                return Err(Error::Unsupported {
                                    what: "tag imports".into(),
                                    offset,
                                })
                            }
                        };
                        imports.push(ImportType {
                            module: imp.module.to_string(),
                            name: imp.name.to_string(),
                            ty,
                        });
                    }
                    next_func = env.num_imported_funcs;
                }
                Payload::FunctionSection(r) => {
                    for t in r {
                        env.funcs.push(t?);
                    }
                }
                Payload::TableSection(r) => {
                    let offset = r.range().start as usize;
                    for t in r {
                        let t = t?;
                        if !matches!(t.init, wasmparser::TableInit::RefNull) {
                            return Err(Error::Unsupported {
                                what: "table initializers".into(),
                                offset,
                            });
                        }
                        env.tables.push(table_type(&t.ty, offset)?);
                    }
                }
                Payload::MemorySection(r) => {
                    let offset = r.range().start as usize;
                    let range = r.range();
                    check_memory_limits_encoding(
                        &bytes[range.start as usize..range.end as usize],
                        offset,
                    )?;
                    for m in r {
                        env.memories.push(memory_type(&m?, offset)?);
                    }
                }
                Payload::GlobalSection(r) => {
                    let offset = r.range().start as usize;
                    for g in r {
                        let g = g?;
                        env.globals.push(global_type(&g.ty, offset)?);
                        global_inits.push(ConstExpr::decode(&g.init_expr)?);
                    }
                }
                Payload::ExportSection(r) => {
                    for e in r {
                        let e = e?;
                        let kind = match e.kind {
                            ExternalKind::Func | ExternalKind::FuncExact => ExternKind::Func,
                            ExternalKind::Table => ExternKind::Table,
                            ExternalKind::Memory => ExternKind::Memory,
                            ExternalKind::Global => ExternKind::Global,
                            ExternalKind::Tag => {
                                return Err(Error::Unsupported {
                                    what: "tag exports".into(),
                                    offset: 0,
                                })
                            }
                        };
                        exports.push(Export {
                            name: e.name.to_string(),
                            kind,
                            index: e.index,
                        });
                    }
                }
                Payload::StartSection { func, .. } => start = Some(func),
                Payload::CodeSectionStart { size, .. } => code_section_size = size as usize,
                Payload::ElementSection(r) => {
                    for e in r {
                        let e = e?;
                        let mode = match e.kind {
                            ElementKind::Passive => SegmentMode::Passive,
                            ElementKind::Declared => SegmentMode::Declared,
                            ElementKind::Active {
                                table_index,
                                offset_expr,
                            } => SegmentMode::Active {
                                index: table_index.unwrap_or(0),
                                offset: ConstExpr::decode(&offset_expr)?,
                            },
                        };
                        let items = match e.items {
                            ElementItems::Functions(fs) => fs
                                .into_iter()
                                .map(|f| Ok(ConstExpr(vec![ConstOp::RefFunc(f?)])))
                                .collect::<Result<Vec<_>>>()?,
                            ElementItems::Expressions(_, es) => es
                                .into_iter()
                                .map(|x| ConstExpr::decode(&x?))
                                .collect::<Result<Vec<_>>>()?,
                        };
                        elements.push(ElemSegment { mode, items });
                    }
                }
                Payload::DataSection(r) => {
                    for d in r {
                        let d = d?;
                        let mode = match d.kind {
                            wasmparser::DataKind::Passive => SegmentMode::Passive,
                            wasmparser::DataKind::Active {
                                memory_index,
                                offset_expr,
                            } => SegmentMode::Active {
                                index: memory_index,
                                offset: ConstExpr::decode(&offset_expr)?,
                            },
                        };
                        data.push(DataSegment {
                            mode,
                            bytes: d.data.to_vec(),
                        });
                    }
                }
                Payload::CustomSection(c) => {
                    if let wasmparser::KnownCustom::Name(reader) = c.as_known() {
                        read_names(reader, &mut names);
                    }
                }
                _ => {}
            }
        }
        if let Some(e) = unsupported {
            return Err(e);
        }
        env.offsets = offsets_of(&env);
        let num_defined = env.funcs.len() - env.num_imported_funcs as usize;
        let cg = codegen.unwrap_or_else(|| CodeGen::new(num_defined, 0));
        let (code, func_offsets) = cg.finish()?;
        let code = CodeMemory::new(&code)?;
        signals::install_handlers();
        let info = CodeInfo {
            first_func: env.num_imported_funcs,
            func_offsets: func_offsets.clone(),
            names: names.clone(),
        };
        registry::register(code.base() as usize, code.len(), Arc::new(info));
        Ok(Module(Arc::new(ModuleInner {
            env,
            imports,
            exports,
            global_inits,
            num_imported_tables: imp_tables,
            num_imported_memories: imp_mems,
            num_imported_globals: imp_globals,
            elements,
            data,
            start,
            code,
            func_offsets,
            names,
        })))
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

/// 32-bit memory limits are `u32` LEB128 values (spec §5.3.7, §5.2.2): at
/// most 5 bytes, unused bits of the last byte zero. wasmparser reads them as
/// `u64` for every memory and so accepts longer encodings; this re-reads the
/// memory section to reject them as the spec requires.
fn check_memory_limits_encoding(section: &[u8], offset: usize) -> Result<()> {
    let malformed = |at: usize| Error::Invalid {
        message: "integer representation too long".into(),
        offset: offset + at,
    };
    let mut pos = 0;
    let read_u32 = |pos: &mut usize| -> Result<()> {
        for i in 0..5 {
            let Some(&b) = section.get(*pos) else {
                return Ok(());
            };
            *pos += 1;
            if b & 0x80 == 0 {
                return if i == 4 && b > 0x0f {
                    Err(malformed(*pos - 1))
                } else {
                    Ok(())
                };
            }
        }
        Err(malformed(*pos))
    };
    read_u32(&mut pos)?; // entry count (wasmparser checked it)
    while pos < section.len() {
        let flags = section[pos];
        pos += 1;
        if flags & 0x04 != 0 {
            return Ok(()); // memory64: 64-bit limits, rejected elsewhere
        }
        read_u32(&mut pos)?;
        if flags & 0x01 != 0 {
            read_u32(&mut pos)?;
        }
        if flags & 0x08 != 0 {
            return Ok(()); // custom page size: rejected elsewhere
        }
    }
    Ok(())
}

fn offsets_of(env: &ModuleEnv) -> VMOffsets {
    VMOffsets::new(
        env.funcs.len() as u32,
        env.tables.len() as u32,
        env.memories.len() as u32,
        env.globals.len() as u32,
    )
}

fn read_names(reader: wasmparser::NameSectionReader<'_>, names: &mut HashMap<u32, String>) {
    for sub in reader.into_iter().flatten() {
        if let wasmparser::Name::Function(map) = sub {
            for n in map.into_iter().flatten() {
                names.insert(n.index, n.name.to_string());
            }
        }
    }
}
