//! Freeing what nothing refers to inside a store ([`Store::collect`]).
//!
//! A store owns every object its instances share, so an instance that
//! imports a memory, table or global from a long-lived one lives in the
//! same store. Without collection it would be freed only with the whole
//! store. `collect` is a mark-and-sweep over the store's objects: from the
//! handles the embedder still holds (the roots), it follows every
//! reference the runtime can use, and frees everything else:
//!
//! ```text
//!  root ─> Instance ─> its functions, tables, memories, globals (imported ones
//!                      included: its context points at them) and the
//!                      references in its element segments
//!          Func (wasm) ─> the instance whose context it runs with
//!          Table ─> each element (funcref: the Func its VMFuncRef names;
//!                   externref: the ExternRef)
//!          Global ─> its value, when it is a reference, and the instance
//!                    whose context holds it (a module's own global)
//!          Memory, ExternRef, Func (host) ─> nothing in the store
//! ```
//!
//! A host function's closure is opaque: handles it captures are not
//! followed, so an embedder whose closures hold handles passes them as
//! roots. Nothing runs while collecting (`collect` refuses while wasm of
//! the store is running), so no frame holds a reference the marks miss.
//! Freed indices are reused by later objects (see `store/slab.rs`).

use super::{FuncData, FuncKind, GlobalData, InstanceData, Store, TableData};
use crate::error::{Error, Result};
use crate::handles::{Extern, ExternRef, Func, Global, Instance, Memory, Table};
use crate::runtime::memory::{LinearMemory, WASM_PAGE};
use crate::runtime::vm::VMFuncRef;
use crate::values::ValType;

/// A handle the embedder still uses: what [`Store::collect`] keeps alive,
/// with everything it refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Root {
    Instance(Instance),
    Extern(Extern),
    ExternRef(ExternRef),
}

impl From<Instance> for Root {
    fn from(i: Instance) -> Root {
        Root::Instance(i)
    }
}

impl From<Extern> for Root {
    fn from(e: Extern) -> Root {
        Root::Extern(e)
    }
}

impl From<ExternRef> for Root {
    fn from(r: ExternRef) -> Root {
        Root::ExternRef(r)
    }
}

/// What [`Store::collect`] took out of the store. Dropping it frees the
/// objects (releases memories' address space, drops host functions'
/// closures and `externref` values); it is separate from the store so that
/// an embedder can drop it after releasing its own lock on the store, since
/// those drops may run embedder code.
#[derive(Default)]
pub struct Garbage {
    funcs: Vec<(Func, FuncData)>,
    memories: Vec<LinearMemory>,
    tables: Vec<TableData>,
    globals: Vec<GlobalData>,
    instances: Vec<InstanceData>,
    externs: Vec<(ExternRef, Box<dyn std::any::Any + Send + Sync>)>,
    /// Objects marked plus table elements and segment references read.
    work: usize,
}

impl Garbage {
    /// The functions freed (their handles may now name new functions).
    pub fn funcs(&self) -> impl Iterator<Item = Func> + '_ {
        self.funcs.iter().map(|(f, _)| *f)
    }

    /// The `externref`s freed.
    pub fn extern_refs(&self) -> impl Iterator<Item = ExternRef> + '_ {
        self.externs.iter().map(|(r, _)| *r)
    }

    /// Number of instances freed.
    pub fn instances(&self) -> usize {
        self.instances.len()
    }

    /// Number of objects freed (instances, functions, memories, tables,
    /// globals, `externref`s).
    pub fn len(&self) -> usize {
        self.funcs.len()
            + self.memories.len()
            + self.tables.len()
            + self.globals.len()
            + self.instances.len()
            + self.externs.len()
    }

    /// Whether nothing was freed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How much the collection read: objects kept, plus the table elements
    /// and element-segment references scanned. Its cost is proportional to
    /// this, which an embedder can use to decide how often to collect.
    pub fn work(&self) -> usize {
        self.work
    }
}

/// The host functions and `externref`s one root reaches (see
/// [`Store::reaches`]).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Reach {
    pub host_funcs: Vec<Func>,
    pub extern_refs: Vec<ExternRef>,
}

/// What [`Store::reaches`] found, for each root in order.
#[derive(Debug, Default)]
pub struct Reaches {
    sets: Vec<Reach>,
    of_root: Vec<usize>,
}

impl Reaches {
    /// What the `i`-th root reaches (roots that reach the same share one).
    pub fn get(&self, i: usize) -> &Reach {
        &self.sets[self.of_root[i]]
    }
}

/// An object whose references are still to be followed.
enum Gray {
    Func(u32),
    Table(u32),
    Global(u32),
    Instance(u32),
}

/// One mark per slot of each of the store's arrays.
struct Marks {
    funcs: Vec<bool>,
    memories: Vec<bool>,
    tables: Vec<bool>,
    globals: Vec<bool>,
    instances: Vec<bool>,
    externs: Vec<bool>,
    gray: Vec<Gray>,
    work: usize,
}

/// Marks slot `i` of `marks`; whether it was unmarked (and exists).
fn mark(marks: &mut [bool], i: u32) -> bool {
    match marks.get_mut(i as usize) {
        Some(m) if !*m => {
            *m = true;
            true
        }
        _ => false,
    }
}

impl Marks {
    fn new(store: &Store) -> Marks {
        Marks {
            funcs: vec![false; store.funcs.end()],
            memories: vec![false; store.memories.end()],
            tables: vec![false; store.tables.end()],
            globals: vec![false; store.globals.end()],
            instances: vec![false; store.instances.end()],
            externs: vec![false; store.externs.end()],
            gray: Vec::new(),
            work: 0,
        }
    }

    fn func(&mut self, f: u32) {
        if mark(&mut self.funcs, f) {
            self.gray.push(Gray::Func(f));
        }
    }

    fn table(&mut self, t: u32) {
        if mark(&mut self.tables, t) {
            self.gray.push(Gray::Table(t));
        }
    }

    fn global(&mut self, g: u32) {
        if mark(&mut self.globals, g) {
            self.gray.push(Gray::Global(g));
        }
    }

    fn instance(&mut self, i: u32) {
        if mark(&mut self.instances, i) {
            self.gray.push(Gray::Instance(i));
        }
    }

    fn memory(&mut self, m: u32) {
        mark(&mut self.memories, m);
    }

    fn root(&mut self, store: &Store, r: Root) {
        // A root naming a freed slot (a stale handle) keeps nothing.
        match r {
            Root::Instance(Instance(i)) if store.instances.get(i).is_some() => self.instance(i),
            Root::Extern(Extern::Func(Func(f))) if store.funcs.get(f).is_some() => self.func(f),
            Root::Extern(Extern::Table(Table(t))) if store.tables.get(t).is_some() => self.table(t),
            Root::Extern(Extern::Memory(Memory(m))) if store.memories.get(m).is_some() => {
                self.memory(m)
            }
            Root::Extern(Extern::Global(Global(g))) if store.globals.get(g).is_some() => {
                self.global(g)
            }
            Root::ExternRef(ExternRef(e)) if store.externs.get(e).is_some() => {
                mark(&mut self.externs, e);
            }
            _ => {}
        }
    }

    /// Marks what the raw reference `raw` of type `ty` names.
    fn raw_ref(&mut self, ty: ValType, raw: u64) {
        self.work += 1;
        match ty {
            _ if raw == 0 => {}
            // SAFETY: a non-null funcref in a live table, global or segment
            // points to the VMFuncRef of a live function of the store (the
            // marks keep every function reachable this way).
            ValType::FuncRef => self.func(unsafe { (*(raw as *const VMFuncRef)).index }),
            ValType::ExternRef => {
                mark(&mut self.externs, raw as u32 - 1);
            }
            _ => {}
        }
    }

    /// Follows references until none is left to follow.
    fn trace(&mut self, store: &Store) {
        while let Some(g) = self.gray.pop() {
            self.work += 1;
            match g {
                Gray::Func(f) => {
                    if let FuncKind::Wasm { instance, .. } = store.funcs[f as usize].kind {
                        self.instance(instance);
                    }
                }
                Gray::Table(t) => {
                    let t = &store.tables[t as usize];
                    for &raw in &t.elements {
                        self.raw_ref(t.ty.element, raw);
                    }
                }
                Gray::Global(g) => {
                    let g = &store.globals[g as usize];
                    self.raw_ref(g.ty.content, g.bits() as u64);
                    if let Some(i) = g.owner() {
                        self.instance(i);
                    }
                }
                Gray::Instance(i) => {
                    let d = &store.instances[i as usize];
                    d.funcs.iter().for_each(|f| self.func(f.0));
                    d.tables.iter().for_each(|t| self.table(t.0));
                    d.memories.iter().for_each(|m| self.memory(m.0));
                    d.globals.iter().for_each(|g| self.global(g.0));
                    for (ty, seg) in &d.elems {
                        for &raw in seg.iter() {
                            self.raw_ref(*ty, raw);
                        }
                    }
                }
            }
        }
    }
}

/// The indices of `marks` left unmarked.
fn unmarked(marks: &[bool]) -> impl Iterator<Item = u32> + '_ {
    marks
        .iter()
        .enumerate()
        .filter(|(_, m)| !**m)
        .map(|(i, _)| i as u32)
}

impl Store {
    /// Frees every instance, function, memory, table, global and
    /// `externref` of the store that `roots` do not reach (directly or
    /// through the references listed in `collect.rs`), giving their bytes
    /// back to the store's budget ([`crate::StoreLimits::max_store_bytes`]).
    /// Handles of freed objects must not be used again: their indices are
    /// reused by objects made later (a stale handle then names another
    /// object, or panics). Handles captured by host functions' closures are
    /// not followed: pass them as roots.
    ///
    /// Returns what was freed; dropping it releases the objects (see
    /// [`Garbage`]). The cost is proportional to the objects kept plus the
    /// elements of the tables kept ([`Garbage::work`]).
    ///
    /// # Errors
    /// [`Error::Usage`] while wasm of the store is running (from a host
    /// function): its frames hold references no root names.
    pub fn collect(&mut self, roots: impl IntoIterator<Item = Root>) -> Result<Garbage> {
        if self.is_running() {
            return Err(Error::Usage(
                "a store cannot be collected while its wasm code runs".into(),
            ));
        }
        let mut marks = Marks::new(self);
        for r in roots {
            marks.root(self, r);
        }
        marks.trace(self);
        let mut g = Garbage {
            work: marks.work,
            ..Garbage::default()
        };
        for i in unmarked(&marks.instances) {
            if let Some(d) = self.instances.remove(i) {
                self.remove_context(&d);
                g.instances.push(d);
            }
        }
        for i in unmarked(&marks.funcs) {
            if let Some(f) = self.funcs.remove(i) {
                g.funcs.push((Func(i), f));
            }
        }
        for i in unmarked(&marks.memories) {
            if let Some(m) = self.memories.remove(i) {
                self.budget.give_back(m.pages() * WASM_PAGE as u64);
                g.memories.push(m);
            }
        }
        for i in unmarked(&marks.tables) {
            if let Some(t) = self.tables.remove(i) {
                self.budget.give_back(t.elements.len() as u64 * 8);
                g.tables.push(t);
            }
        }
        for i in unmarked(&marks.globals) {
            g.globals.extend(self.globals.remove(i));
        }
        for i in unmarked(&marks.externs) {
            if let Some(e) = self.externs.remove(i) {
                g.externs.push((ExternRef(i), e));
            }
        }
        Ok(g)
    }

    /// What each of `roots` reaches (through the references listed in
    /// `collect.rs`, as [`Store::collect`] follows them) that an embedder
    /// may have attached its own objects to: host functions and
    /// `externref`s. An embedder whose garbage collector needs to know which
    /// of its handles keep which of its objects alive reads it (wasmpy
    /// attributes the Python callables of host functions to the Python
    /// objects that hold the handles reaching them).
    ///
    /// A wasm function reaches what its instance does, so roots that are
    /// functions of one instance share one trace. The cost is the size of
    /// the store times the number of distinct instances (and other roots)
    /// traced.
    ///
    /// While wasm of the store runs (read from a host function), the
    /// references its frames hold (locals, operands) are not included.
    pub fn reaches(&self, roots: &[Root]) -> Reaches {
        let mut traced: std::collections::HashMap<Root, usize> = Default::default();
        let mut out = Reaches::default();
        for &r in roots {
            let key = match r {
                Root::Extern(Extern::Func(Func(f))) => match self.funcs.get(f).map(|d| &d.kind) {
                    Some(FuncKind::Wasm { instance, .. }) => Root::Instance(Instance(*instance)),
                    _ => r,
                },
                _ => r,
            };
            let next = out.sets.len();
            let i = *traced.entry(key).or_insert(next);
            if i == next {
                let mut marks = Marks::new(self);
                marks.root(self, key);
                marks.trace(self);
                let host_funcs = marks
                    .funcs
                    .iter()
                    .enumerate()
                    .filter(|&(f, &m)| m && matches!(self.funcs[f].kind, FuncKind::Host { .. }))
                    .map(|(f, _)| Func(f as u32))
                    .collect();
                let extern_refs = marks
                    .externs
                    .iter()
                    .enumerate()
                    .filter(|&(_, &m)| m)
                    .map(|(e, _)| ExternRef(e as u32))
                    .collect();
                out.sets.push(Reach {
                    host_funcs,
                    extern_refs,
                });
            }
            out.of_root.push(i);
        }
        out
    }

    /// Number of live objects of the store: instances, functions, memories,
    /// tables, globals and `externref`s (what [`Store::collect`] may free).
    pub fn object_count(&self) -> usize {
        self.instances.len()
            + self.funcs.len()
            + self.memories.len()
            + self.tables.len()
            + self.globals.len()
            + self.externs.len()
    }
}
