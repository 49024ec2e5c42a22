//! `Instance`: a module instantiated in a store (spec §4.5.4).

use std::sync::Arc;

use crate::environ::bounds::BoundsChecks;
use crate::environ::vmoffsets::{
    GlobalAt, GLOBAL_SLOT, VMCTX_BUILTINS_OFF, VMCTX_INSTANCE_OFF, VMCTX_MEM0_BASE_OFF,
    VMCTX_MEM0_OFF, VMCTX_STATE_OFF,
};
use crate::error::{Error, Result};
use crate::handles::{Extern, Func, Global, Instance, Memory, Table};
use crate::module::{ConstVal, ExternKind, Module, ModuleInner, SegmentMode};
use crate::runtime::vm::VMGlobal;
use crate::store::{
    data_drop, elem_drop, memory_init, table_init, FuncKind, GlobalData, InstanceData, Store,
};
use crate::values::{ExternType, Val, ValType};

fn describe(store: &Store, e: &Extern) -> ExternType {
    match *e {
        Extern::Func(f) => ExternType::Func(f.ty(store).clone()),
        Extern::Table(t) => ExternType::Table(t.ty(store)),
        Extern::Memory(m) => ExternType::Memory(m.ty(store)),
        Extern::Global(g) => ExternType::Global(g.ty(store)),
    }
}

/// Import matching (spec §4.5.2): `provided` may stand for `required`.
fn matches(provided: &ExternType, required: &ExternType) -> bool {
    match (provided, required) {
        (ExternType::Func(a), ExternType::Func(b)) => a == b,
        (ExternType::Table(a), ExternType::Table(b)) => {
            a.element == b.element && a.limits.matches(&b.limits)
        }
        (ExternType::Memory(a), ExternType::Memory(b)) => a.limits.matches(&b.limits),
        (ExternType::Global(a), ExternType::Global(b)) => a == b,
        _ => false,
    }
}

impl Instance {
    /// Instantiates `module` with `imports` given in the module's import
    /// order: checks them, allocates functions, tables, memories and globals,
    /// applies active element and data segments in order, runs the start
    /// function.
    ///
    /// # Errors
    /// [`Error::Link`] naming the import (module and field) when one is
    /// missing or has an incompatible type ("incompatible import type");
    /// [`Error::Instantiation`] when a segment does not fit ("out of bounds
    /// table access" / "out of bounds memory access"; earlier segments stay
    /// applied and the failing one writes nothing, as in the Wasm 2.0 spec); [`Error::Trap`] when the start function traps;
    /// [`Error::Resource`] when a memory cannot be reserved.
    pub fn new(store: &mut Store, module: &Module, imports: &[Extern]) -> Result<Instance> {
        crate::runtime::signals::install_handlers();
        let m = &*module.0;
        check_imports(store, m, imports)?;
        check_bounds_checks(store, m, imports)?;
        // 16-byte chunks: the defined globals in it are `VMGlobal`s.
        let mut vmctx: Box<[VMGlobal]> = (0..m.env.offsets.size / GLOBAL_SLOT)
            .map(|_| VMGlobal::default())
            .collect();
        let inst_index = store.instances.next_index();
        let entities = Entities::allocate(store, m, imports, &mut vmctx, inst_index)?;
        entities.fill_context(store, m, inst_index, &mut vmctx);
        let exports = entities.exports(m);
        let export_index = exports
            .iter()
            .enumerate()
            .map(|(i, (n, _))| (n.clone(), i))
            .collect();
        let elems = entities.element_refs(store, m);
        let Entities {
            funcs,
            tables,
            memories,
            globals,
        } = entities;
        let start = m.start.map(|s| funcs[s as usize]);
        let pushed = store.instances.push(InstanceData {
            module: module.clone(),
            _vmctx: vmctx,
            exports,
            export_index,
            funcs,
            tables,
            memories,
            globals,
            elems,
            dropped_data: vec![false; m.data.len()],
        });
        debug_assert_eq!(pushed, inst_index);
        store.add_context(inst_index);
        apply_segments(store, m, inst_index as usize)?;
        if let Some(f) = start {
            f.call(store, &[])?;
        }
        Ok(Instance(inst_index))
    }

    /// The export called `name`, if any.
    pub fn get_export(&self, store: &Store, name: &str) -> Option<Extern> {
        let d = &store.instances[self.0 as usize];
        d.export_index.get(name).map(|&i| d.exports[i].1)
    }

    /// The exported function `name`, if there is one.
    pub fn get_func(&self, store: &Store, name: &str) -> Option<Func> {
        match self.get_export(store, name)? {
            Extern::Func(f) => Some(f),
            _ => None,
        }
    }

    /// All exports, in the module's order.
    pub fn exports<'s>(&self, store: &'s Store) -> impl Iterator<Item = (&'s str, Extern)> + 's {
        store.instances[self.0 as usize]
            .exports
            .iter()
            .map(|(n, e)| (n.as_str(), *e))
    }

    /// The module this instance was made from.
    pub fn module<'s>(&self, store: &'s Store) -> &'s Module {
        &store.instances[self.0 as usize].module
    }
}

/// Code compiled with guard pages ([`BoundsChecks::GuardPages`]) relies on
/// every memory it accesses having a guard region: the store's own (which
/// it makes for its engine's strategy) and the imported ones.
fn check_bounds_checks(store: &Store, m: &ModuleInner, imports: &[Extern]) -> Result<()> {
    if m.env.bounds_checks != BoundsChecks::GuardPages || m.env.memories.is_empty() {
        return Ok(());
    }
    let imported_unguarded = imports.iter().any(|x| match *x {
        Extern::Memory(mem) => !store.memories[mem.0 as usize].has_guard_pages(),
        _ => false,
    });
    if imported_unguarded || store.engine().bounds_checks() != BoundsChecks::GuardPages {
        return Err(Error::Usage(
            "the module was compiled for memories with guard pages, and this store's memories \
             have none (its engine uses explicit bounds checks): compile the module with the \
             store's engine"
                .into(),
        ));
    }
    Ok(())
}

/// Checks the provided imports against the module's (number and types,
/// spec §4.5.2).
fn check_imports(store: &Store, m: &ModuleInner, imports: &[Extern]) -> Result<()> {
    if imports.len() != m.imports.len() {
        return Err(Error::Link(format!(
            "module needs {} imports, {} given",
            m.imports.len(),
            imports.len()
        )));
    }
    for (imp, given) in m.imports.iter().zip(imports) {
        let found = describe(store, given);
        if !matches(&found, &imp.ty) {
            return Err(Error::Link(format!(
                "incompatible import type for `{}`.`{}`: expected {}, found {}",
                imp.module, imp.name, imp.ty, found
            )));
        }
    }
    Ok(())
}

/// An instance's index spaces: imported entities first, then its own.
struct Entities {
    funcs: Vec<Func>,
    tables: Vec<Table>,
    memories: Vec<Memory>,
    globals: Vec<Global>,
}

impl Entities {
    /// Takes the imports and allocates the module's own tables, memories,
    /// functions (whose code runs with the context at `vmctx`) and globals.
    ///
    /// # Errors
    /// [`Error::Resource`] when a table or memory cannot be allocated.
    fn allocate(
        store: &mut Store,
        m: &ModuleInner,
        imports: &[Extern],
        vmctx: &mut [VMGlobal],
        instance: u32,
    ) -> Result<Entities> {
        let vmctx_ptr = vmctx.as_mut_ptr();
        let env = &m.env;
        let mut e = Entities {
            funcs: Vec::with_capacity(env.funcs.len()),
            tables: Vec::new(),
            memories: Vec::new(),
            globals: Vec::new(),
        };
        for x in imports {
            match *x {
                Extern::Func(f) => e.funcs.push(f),
                Extern::Table(t) => e.tables.push(t),
                Extern::Memory(x) => e.memories.push(x),
                Extern::Global(g) => e.globals.push(g),
            }
        }
        // Fallible allocations first: functions registered below point at
        // this instance's context, which must then be kept.
        for t in &env.tables[m.num_imported_tables as usize..] {
            e.tables
                .push(Table::new(store, *t, Val::default_for(t.element))?);
        }
        for mt in &env.memories[m.num_imported_memories as usize..] {
            e.memories.push(Memory::new(store, *mt)?);
        }
        let code_base = m.code.base();
        for (i, &off) in m.func_offsets.iter().enumerate() {
            let idx = env.num_imported_funcs + i as u32;
            let ty = Arc::new(env.func_type(idx).clone());
            // SAFETY: `off` is a function offset inside the module's code block.
            let code = unsafe { code_base.add(off) };
            let quick = m.quick[i];
            e.funcs.push(store.push_func(
                ty,
                code,
                vmctx_ptr as *mut u8,
                FuncKind::Wasm { instance, quick },
            ));
        }
        for (i, init) in m.global_inits.iter().enumerate() {
            let ty = env.globals[m.num_imported_globals as usize + i];
            let v = const_val(
                store,
                &e.funcs,
                init.eval(&|g| global_const(store, e.globals[g as usize])),
                ty.content,
            );
            let bits = match v {
                Val::V128(b) => b,
                ref v => store.val_to_raw(v) as u128,
            };
            let g = m.num_imported_globals + i as u32;
            let GlobalAt::Inline(off) = env.offsets.global(g) else {
                unreachable!("global {g} is defined")
            };
            let cell = vmctx_ptr.wrapping_add(off as usize / GLOBAL_SLOT as usize);
            // SAFETY: `cell` is a slot of this instance's context (the layout
            // puts it inside), which the store keeps as long as the global
            // (`store/global.rs`).
            let data = unsafe { GlobalData::in_instance(ty, instance, cell, bits) };
            e.globals.push(Global(store.globals.push(data)));
        }
        Ok(e)
    }

    /// Fills the context: what generated code reads at fixed offsets
    /// (`runtime/vm.rs`).
    fn fill_context(
        &self,
        store: &mut Store,
        m: &ModuleInner,
        inst_index: u32,
        vmctx: &mut [VMGlobal],
    ) {
        let offsets = &m.env.offsets;
        // The pointer-sized word at `byte_off` (aligned to its size) `= v`.
        let mut put = |byte_off: i32, v: usize| {
            const W: usize = size_of::<usize>();
            let (chunk, at) = (byte_off as usize / 16, byte_off as usize % 16);
            let mut bytes = vmctx[chunk].bits.to_le_bytes();
            bytes[at..at + W].copy_from_slice(&v.to_le_bytes());
            vmctx[chunk].bits = u128::from_le_bytes(bytes);
        };
        put(VMCTX_STATE_OFF, store.state_ptr() as usize);
        put(VMCTX_INSTANCE_OFF, inst_index as usize);
        put(
            VMCTX_BUILTINS_OFF,
            crate::runtime::builtins::table().as_ptr() as usize,
        );
        if let Some(&mem0) = self.memories.first() {
            put(VMCTX_MEM0_BASE_OFF, mem0.data_ptr(store) as usize);
            put(
                VMCTX_MEM0_OFF,
                store.memories[mem0.0 as usize].vm_ptr() as usize,
            );
        }
        for (i, f) in self.funcs.iter().enumerate() {
            let p = &*store.funcs[f.0 as usize].funcref as *const _ as usize;
            put(offsets.func(i as u32), p);
        }
        for (i, t) in self.tables.iter().enumerate() {
            let p = &*store.tables[t.0 as usize].vm as *const _ as usize;
            put(offsets.table(i as u32), p);
        }
        for (i, x) in self.memories.iter().enumerate() {
            put(
                offsets.memory(i as u32),
                store.memories[x.0 as usize].vm_ptr() as usize,
            );
        }
        for (i, g) in self.globals.iter().enumerate() {
            if let GlobalAt::Imported(off) = offsets.global(i as u32) {
                put(off, store.globals[g.0 as usize].cell_ptr() as usize);
            }
        }
    }

    /// The module's exports, resolved to this instance's entities.
    fn exports(&self, m: &ModuleInner) -> Vec<(String, Extern)> {
        m.exports
            .iter()
            .map(|e| {
                let i = e.index as usize;
                let x = match e.kind {
                    ExternKind::Func => Extern::Func(self.funcs[i]),
                    ExternKind::Table => Extern::Table(self.tables[i]),
                    ExternKind::Memory => Extern::Memory(self.memories[i]),
                    ExternKind::Global => Extern::Global(self.globals[i]),
                };
                (e.name.clone(), x)
            })
            .collect()
    }

    /// The raw references of every element segment, evaluated now (spec
    /// §4.5.4).
    fn element_refs(&self, store: &Store, m: &ModuleInner) -> Vec<(ValType, Box<[u64]>)> {
        m.elements
            .iter()
            .map(|seg| {
                let raw = seg
                    .items
                    .iter()
                    .map(|item| {
                        match item.eval(&|g| global_const(store, self.globals[g as usize])) {
                            ConstVal::Null => 0,
                            ConstVal::Func(f) => {
                                store.val_to_raw(&Val::FuncRef(Some(self.funcs[f as usize])))
                            }
                            ConstVal::Bits(b) | ConstVal::Other(b) => b as u64,
                        }
                    })
                    .collect();
                (seg.element, raw)
            })
            .collect()
    }
}

/// Element segments (spec §4.5.4): active ones are `table.init` then
/// `elem.drop`, declarative ones are dropped, in order; then the active
/// data segments are `memory.init` then `data.drop`. A failing segment
/// traps with the writes of earlier segments kept.
///
/// # Errors
/// [`Error::Instantiation`] with the trap's message.
fn apply_segments(store: &mut Store, m: &ModuleInner, inst: usize) -> Result<()> {
    let globals = store.instances[inst].globals.clone();
    let globals = &globals[..];
    for (i, seg) in m.elements.iter().enumerate() {
        match &seg.mode {
            SegmentMode::Active { index, offset } => {
                let start = eval_offset(store, globals, offset);
                let n = seg.items.len() as u32;
                table_init(store, inst, *index, i as u32, start, 0, n)
                    .map_err(|k| Error::Instantiation(k.message().into()))?;
                elem_drop(store, inst, i as u32);
            }
            SegmentMode::Declared => elem_drop(store, inst, i as u32),
            SegmentMode::Passive => {}
        }
    }
    for (i, seg) in m.data.iter().enumerate() {
        if let SegmentMode::Active { index, offset } = &seg.mode {
            let start = eval_offset(store, globals, offset);
            let n = seg.bytes.len() as u32;
            memory_init(store, inst, *index, i as u32, start, 0, n)
                .map_err(|k| Error::Instantiation(k.message().into()))?;
            data_drop(store, inst, i as u32);
        }
    }
    Ok(())
}

/// A segment offset: an `i32` constant expression.
fn eval_offset(store: &Store, globals: &[Global], offset: &crate::module::ConstExpr) -> u32 {
    match offset.eval(&|g| global_const(store, globals[g as usize])) {
        ConstVal::Bits(b) | ConstVal::Other(b) => b as u32,
        _ => 0,
    }
}

/// A global's value in constant-expression form.
fn global_const(store: &Store, g: Global) -> ConstVal {
    match g.get(store) {
        Val::FuncRef(None) | Val::ExternRef(None) => ConstVal::Null,
        Val::FuncRef(Some(f)) => ConstVal::Other(store.val_to_raw(&Val::FuncRef(Some(f))) as u128),
        Val::V128(b) => ConstVal::Bits(b),
        v => ConstVal::Bits(store.val_to_raw(&v) as u128),
    }
}

/// Converts an evaluated constant expression into a value of type `ty`.
fn const_val(store: &Store, funcs: &[Func], c: ConstVal, ty: ValType) -> Val {
    match c {
        ConstVal::Null => Val::default_for(ty),
        ConstVal::Func(f) => Val::FuncRef(Some(funcs[f as usize])),
        ConstVal::Bits(b) if ty == ValType::V128 => Val::V128(b),
        ConstVal::Bits(b) | ConstVal::Other(b) => store.raw_to_val(ty, b as u64),
    }
}
