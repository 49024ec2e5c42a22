//! `Module::new` in steps: one method per section of the binary format
//! (spec §5.5), each filling its part of the module, while the payloads go
//! through `wasmparser::Validator` and every function body is validated and
//! compiled in one pass ([`Translation::function_body`]).

use std::collections::HashMap;
use std::sync::Arc;

use wasmparser::{
    DataSectionReader, ElementItems, ElementKind, ElementSectionReader, ExportSectionReader,
    ExternalKind, FuncToValidate, FunctionBody, GlobalSectionReader, ImportSectionReader,
    MemorySectionReader, Payload, TableSectionReader, TypeRef, TypeSectionReader, ValidPayload,
    Validator, ValidatorResources,
};

use super::const_expr::{ConstExpr, ConstOp};
use super::{
    DataSegment, ElemSegment, Export, ExternKind, ImportType, Module, ModuleInner, SegmentMode,
};
use crate::compiler::{compile_module, CompiledCode, FuncInput, InlineRange, ModuleEnv, SigSite};
use crate::engine::Engine;
use crate::environ::vmoffsets::{PtrSize, VMOffsets};
use crate::error::{Error, Result};
use crate::runtime::code::CodeMemory;
use crate::runtime::perf_map;
use crate::runtime::registry::{self, CodeInfo};
use crate::runtime::signals;
use crate::values::{ExternType, FuncType, GlobalType, Limits, MemoryType, TableType, ValType};

/// The machine code of a module loaded by `Module::deserialize`, given
/// to a [`Translation`] of its declarations instead of compiling bodies.
pub(super) struct Precompiled<'b> {
    pub wasm_hash: [u8; 16],
    pub code: &'b [u8],
    pub func_offsets: Vec<usize>,
    pub quick: Vec<bool>,
    pub sig_sites: Vec<SigSite>,
    pub inline_ranges: Vec<InlineRange>,
}

/// The state of one `Module::new`: what the sections read so far declare,
/// and the code generator once the code section starts.
pub(super) struct Translation<'e, 'b> {
    engine: &'e Engine,
    bytes: &'b [u8],
    validator: Validator,
    env: ModuleEnv,
    imports: Vec<ImportType>,
    exports: Vec<Export>,
    global_inits: Vec<ConstExpr>,
    imported_tables: u32,
    imported_memories: u32,
    imported_globals: u32,
    elements: Vec<ElemSegment>,
    data: Vec<DataSegment>,
    start: Option<u32>,
    names: HashMap<u32, String>,
    /// Function bodies not compiled yet: all are compiled together once
    /// the last has been read ([`Translation::compile_bodies`]).
    bodies: Vec<FuncInput<'b>>,
    /// The module's code, once compiled.
    compiled: Option<CompiledCode>,
    /// Index of the next function body.
    next_func: u32,
    /// The first `Unsupported` error: reported once the whole module has
    /// been validated (an invalid module is reported as invalid).
    unsupported: Option<Error>,
    /// Code already compiled (the bodies are then not compiled).
    precompiled: Option<Precompiled<'b>>,
    /// Where the last section read ends.
    section_end: usize,
    /// The code section's bytes (from its id byte) and its entry count.
    code_section: Option<(std::ops::Range<usize>, u32)>,
}

impl<'e, 'b> Translation<'e, 'b> {
    pub fn new(engine: &'e Engine, bytes: &'b [u8]) -> Self {
        Translation {
            engine,
            bytes,
            validator: Validator::new_with_features(engine.features()),
            env: ModuleEnv {
                types: Vec::new(),
                sig_ids: Vec::new(),
                funcs: Vec::new(),
                num_imported_funcs: 0,
                tables: Vec::new(),
                memories: Vec::new(),
                globals: Vec::new(),
                offsets: VMOffsets::new(PtrSize::HOST, 0, 0, 0, 0, 0),
                bounds_checks: engine.bounds_checks(),
                simd_isa: engine.simd_isa(),
            },
            imports: Vec::new(),
            exports: Vec::new(),
            global_inits: Vec::new(),
            imported_tables: 0,
            imported_memories: 0,
            imported_globals: 0,
            elements: Vec::new(),
            data: Vec::new(),
            start: None,
            names: HashMap::new(),
            bodies: Vec::new(),
            compiled: None,
            next_func: 0,
            unsupported: None,
            precompiled: None,
            section_end: 0,
            code_section: None,
        }
    }

    /// A translation of the declarations `bytes` (function bodies empty, as
    /// `Module::serialize` keeps them) whose code is `code`.
    pub fn precompiled(engine: &'e Engine, bytes: &'b [u8], code: Precompiled<'b>) -> Self {
        let mut t = Translation::new(engine, bytes);
        t.precompiled = Some(code);
        t
    }

    /// Validates one payload and takes in what it declares.
    pub fn payload(&mut self, payload: Payload<'b>) -> Result<()> {
        if let ValidPayload::Func(to_validate, body) = self.validator.payload(&payload)? {
            if self.precompiled.is_none() {
                self.function_body(to_validate, body)?;
            }
        }
        if let Some((_, range)) = payload.as_section() {
            if let Payload::CodeSectionStart { count, .. } = payload {
                let range = self.section_end..range.end as usize;
                self.code_section = Some((range, count));
            }
            self.section_end = range.end as usize;
        }
        match payload {
            Payload::TypeSection(r) => self.types(r)?,
            Payload::ImportSection(r) => self.import_section(r)?,
            Payload::FunctionSection(r) => {
                for t in r {
                    self.env.funcs.push(t?);
                }
            }
            Payload::TableSection(r) => self.tables(r)?,
            Payload::MemorySection(r) => self.memories(r)?,
            Payload::GlobalSection(r) => self.globals(r)?,
            Payload::ExportSection(r) => self.export_section(r)?,
            Payload::StartSection { func, .. } => self.start = Some(func),
            Payload::ElementSection(r) => self.element_section(r)?,
            Payload::DataSection(r) => self.data_section(r)?,
            Payload::CustomSection(c) => {
                if let wasmparser::KnownCustom::Name(reader) = c.as_known() {
                    read_names(reader, &mut self.names);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Takes in one function body; after the last one, compiles them all.
    fn function_body(
        &mut self,
        to_validate: FuncToValidate<ValidatorResources>,
        body: FunctionBody<'b>,
    ) -> Result<()> {
        self.bodies.push(FuncInput {
            index: self.next_func,
            validator: to_validate,
            body,
        });
        self.next_func += 1;
        if self.next_func as usize == self.env.funcs.len() {
            self.compile_bodies()?;
        }
        Ok(())
    }

    /// Validates and compiles the bodies read so far (on the engine's
    /// compile threads, `compiler/link.rs`). Called after the last body,
    /// and before an error found after the code section is reported, so
    /// that errors come in the module's order.
    pub fn compile_bodies(&mut self) -> Result<()> {
        if self.compiled.is_some() || self.precompiled.is_some() {
            return Ok(());
        }
        self.env.offsets = offsets_of(&self.env, self.imported_globals);
        let bodies = std::mem::take(&mut self.bodies);
        let (code, unsupported) = compile_module(&self.env, bodies, self.engine.compile_threads())?;
        if let Some(e) = unsupported {
            self.unsupported.get_or_insert(e);
        }
        self.compiled = Some(code);
        Ok(())
    }

    /// The type section: function types and their engine-wide ids.
    fn types(&mut self, r: TypeSectionReader<'b>) -> Result<()> {
        for group in r {
            let group = group?;
            for sub in group.into_types() {
                let wasmparser::CompositeInnerType::Func(ft) = &sub.composite_type.inner else {
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
                self.env.sig_ids.push(self.engine.signature_id(&ty));
                self.env.types.push(ty);
            }
        }
        Ok(())
    }

    /// The import section: each import extends its index space.
    fn import_section(&mut self, r: ImportSectionReader<'b>) -> Result<()> {
        let offset = r.range().start as usize;
        let env = &mut self.env;
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
                    self.imported_tables += 1;
                    ExternType::Table(t)
                }
                TypeRef::Memory(m) => {
                    let m = memory_type(&m, offset)?;
                    env.memories.push(m);
                    self.imported_memories += 1;
                    ExternType::Memory(m)
                }
                TypeRef::Global(g) => {
                    let g = global_type(&g, offset)?;
                    env.globals.push(g);
                    self.imported_globals += 1;
                    ExternType::Global(g)
                }
                TypeRef::Tag(_) => {
                    return Err(Error::Unsupported {
                        what: "tag imports".into(),
                        offset,
                    })
                }
            };
            self.imports.push(ImportType {
                module: imp.module.to_string(),
                name: imp.name.to_string(),
                ty,
            });
        }
        self.next_func = env.num_imported_funcs;
        Ok(())
    }

    /// The table section (tables without initializer expressions).
    fn tables(&mut self, r: TableSectionReader<'b>) -> Result<()> {
        let offset = r.range().start as usize;
        for t in r {
            let t = t?;
            if !matches!(t.init, wasmparser::TableInit::RefNull) {
                return Err(Error::Unsupported {
                    what: "table initializers".into(),
                    offset,
                });
            }
            self.env.tables.push(table_type(&t.ty, offset)?);
        }
        Ok(())
    }

    /// The memory section.
    fn memories(&mut self, r: MemorySectionReader<'b>) -> Result<()> {
        let range = r.range();
        let (start, end) = (range.start as usize, range.end as usize);
        check_memory_limits_encoding(&self.bytes[start..end], start)?;
        for m in r {
            self.env.memories.push(memory_type(&m?, start)?);
        }
        Ok(())
    }

    /// The global section: types and initializer expressions.
    fn globals(&mut self, r: GlobalSectionReader<'b>) -> Result<()> {
        let offset = r.range().start as usize;
        for g in r {
            let g = g?;
            self.env.globals.push(global_type(&g.ty, offset)?);
            self.global_inits.push(ConstExpr::decode(&g.init_expr)?);
        }
        Ok(())
    }

    /// The export section.
    fn export_section(&mut self, r: ExportSectionReader<'b>) -> Result<()> {
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
            self.exports.push(Export {
                name: e.name.to_string(),
                kind,
                index: e.index,
            });
        }
        Ok(())
    }

    /// The element section: segments as constant expressions.
    fn element_section(&mut self, r: ElementSectionReader<'b>) -> Result<()> {
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
            let element = match &e.items {
                ElementItems::Expressions(t, _) if t.is_extern_ref() => ValType::ExternRef,
                _ => ValType::FuncRef,
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
            self.elements.push(ElemSegment {
                mode,
                element,
                items,
            });
        }
        Ok(())
    }

    /// The data section.
    fn data_section(&mut self, r: DataSectionReader<'b>) -> Result<()> {
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
            self.data.push(DataSegment {
                mode,
                bytes: d.data.to_vec(),
            });
        }
        Ok(())
    }

    /// After the last payload: the code goes into executable pages and is
    /// registered for fault handling and backtraces.
    pub fn finish(mut self) -> Result<Module> {
        self.compile_bodies()?;
        if let Some(e) = self.unsupported {
            return Err(e);
        }
        let mut env = self.env;
        env.offsets = offsets_of(&env, self.imported_globals);
        let num_defined = env.funcs.len() - env.num_imported_funcs as usize;
        let (code, func_offsets, quick, sig_sites, inline_ranges, wasm_hash, decls) =
            match self.precompiled {
                Some(pre) => {
                    let sig_ids = check_precompiled(&pre, &env, num_defined)?;
                    // The signature ids are written while the pages are still
                    // writable: the code is copied once.
                    let code = CodeMemory::new_with(pre.code, |code| {
                        for (site, id) in pre.sig_sites.iter().zip(&sig_ids) {
                            let at = site.offset as usize;
                            code[at..at + 4].copy_from_slice(&id.to_le_bytes());
                        }
                    })?;
                    let decls = self.bytes.into();
                    (
                        code,
                        pre.func_offsets,
                        pre.quick,
                        pre.sig_sites,
                        pre.inline_ranges,
                        pre.wasm_hash,
                        decls,
                    )
                }
                None => {
                    let compiled = match self.compiled {
                        Some(code) => code,
                        None => compile_module(&env, Vec::new(), 1)?.0,
                    };
                    let CompiledCode {
                        code,
                        func_offsets,
                        quick,
                        sig_sites,
                        inline_ranges,
                    } = compiled;
                    let decls = strip_bodies(self.bytes, self.code_section);
                    let hash = super::serialize::content_hash(self.bytes);
                    let code = CodeMemory::new(&code)?;
                    (
                        code,
                        func_offsets,
                        quick,
                        sig_sites,
                        inline_ranges,
                        hash,
                        decls,
                    )
                }
            };
        signals::install_handlers();
        let info = CodeInfo {
            first_func: env.num_imported_funcs,
            func_offsets: func_offsets.clone(),
            names: self.names.clone(),
            inline_ranges: inline_ranges.clone(),
        };
        perf_map::record(code.base() as usize, code.len(), &info);
        registry::register(code.base() as usize, code.len(), Arc::new(info));
        Ok(Module(Arc::new(ModuleInner {
            env,
            imports: self.imports,
            exports: self.exports,
            global_inits: self.global_inits,
            num_imported_tables: self.imported_tables,
            num_imported_memories: self.imported_memories,
            num_imported_globals: self.imported_globals,
            elements: self.elements,
            data: self.data,
            start: self.start,
            code,
            func_offsets,
            names: self.names,
            wasm_hash,
            decls,
            quick,
            sig_sites,
            inline_ranges,
        })))
    }
}

/// `bytes` with every function body replaced by an empty one (`00 0b`:
/// no locals, `end`): the declarations `Module::serialize` keeps, which
/// validate as the module did (bodies are not validated again).
fn strip_bodies(bytes: &[u8], code_section: Option<(std::ops::Range<usize>, u32)>) -> Box<[u8]> {
    let Some((range, count)) = code_section else {
        return bytes.into();
    };
    let mut contents = Vec::with_capacity(5 + 3 * count as usize);
    leb128(&mut contents, count as u64);
    for _ in 0..count {
        contents.extend_from_slice(&[2, 0x00, 0x0b]);
    }
    let mut out = Vec::with_capacity(bytes.len() - range.len() + contents.len() + 6);
    out.extend_from_slice(&bytes[..range.start]);
    out.push(10); // the code section's id (spec §5.5.13)
    leb128(&mut out, contents.len() as u64);
    out.extend_from_slice(&contents);
    out.extend_from_slice(&bytes[range.end..]);
    out.into()
}

fn leb128(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Checks that deserialized code fits the module it was loaded with;
/// returns this engine's id for each of its signature sites.
fn check_precompiled(
    pre: &Precompiled<'_>,
    env: &ModuleEnv,
    num_defined: usize,
) -> Result<Vec<u32>> {
    let bad = |m: &str| Error::Deserialize(format!("malformed payload: {m}"));
    let len = pre.code.len();
    if pre.func_offsets.len() != num_defined || pre.quick.len() != num_defined {
        return Err(bad("function offsets do not match the module's functions"));
    }
    if pre.func_offsets.windows(2).any(|w| w[0] > w[1])
        || pre.func_offsets.last().is_some_and(|&o| o >= len)
    {
        return Err(bad("function offsets out of order or outside the code"));
    }
    let funcs = env.funcs.len() as u32;
    let range_ok = |r: &InlineRange| {
        r.start <= r.end && r.end as usize <= len && r.func < funcs && r.depth >= 1
    };
    if !pre.inline_ranges.iter().all(range_ok) {
        return Err(bad("inlined code range outside the code or its functions"));
    }
    pre.sig_sites
        .iter()
        .map(|site| {
            let id = env.sig_ids.get(site.type_index as usize);
            match id {
                Some(&id) if (site.offset as usize).saturating_add(4) <= len => Ok(id),
                _ => Err(bad("signature site outside the code or its types")),
            }
        })
        .collect()
}

fn limits(min: u64, max: Option<u64>) -> Limits {
    Limits { min, max }
}

fn val_type(t: wasmparser::ValType, offset: usize) -> Result<ValType> {
    ValType::from_wasmparser(t).ok_or_else(|| Error::Unsupported {
        what: format!("value type {t}"),
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

fn offsets_of(env: &ModuleEnv, imported_globals: u32) -> VMOffsets {
    VMOffsets::new(
        PtrSize::HOST,
        env.funcs.len() as u32,
        env.tables.len() as u32,
        env.memories.len() as u32,
        imported_globals,
        env.globals.len() as u32 - imported_globals,
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
