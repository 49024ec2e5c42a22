//! [`AsRuntime`]: one instance of an AssemblyScript module, its memory, type
//! table and runtime exports.

use std::collections::HashMap;

use wasmjit::{Extern, Func, Instance, Memory, Store, Val};

use crate::classes::{parse_classes, ClassInfo};
use crate::error::{AsError, Result};
use crate::object::{self, ObjectHeader};
use crate::rtti::{Generation, TypeTable};

/// The runtime helpers `asc --exportRuntime` exports (`rt/itcms.ts`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct RuntimeExports {
    pub new: Option<Func>,
    pub pin: Option<Func>,
    pub unpin: Option<Func>,
    pub collect: Option<Func>,
}

/// The AssemblyScript object model over one instance: reads and writes
/// strings, arrays and objects in its memory, allocates through its
/// runtime, and keeps the pins this side holds.
///
/// Every method takes the [`Store`] the instance lives in. Pointers are wasm
/// addresses (`u32`) of object payloads, as AS functions take and return them.
pub struct AsRuntime {
    pub(crate) instance: Instance,
    pub(crate) memory: Memory,
    pub(crate) types: TypeTable,
    pub(crate) rt: RuntimeExports,
    pub(crate) pins: HashMap<u32, u32>,
    classes: Vec<ClassInfo>,
}

impl AsRuntime {
    /// Finds the AS runtime in `instance`: the `memory` export, the type
    /// table at the `__rtti_base` global (which fixes the runtime
    /// [`Generation`]), and the optional `__new`, `__pin`, `__unpin`,
    /// `__collect` functions (needed only by the operations that allocate or pin).
    ///
    /// # Errors
    /// [`AsError::MissingExport`] without `memory` or `__rtti_base` (compile
    /// with `--exportRuntime`); [`AsError::UnrecognizedRuntime`] or
    /// [`AsError::OutOfBounds`] when the type table is not an AS one.
    pub fn new(store: &Store, instance: Instance) -> Result<AsRuntime> {
        let memory = match instance.get_export(store, "memory") {
            Some(Extern::Memory(m)) => m,
            _ => {
                return Err(AsError::MissingExport {
                    name: "memory".into(),
                    hint: "AS exports its memory unless --noExportMemory is given",
                })
            }
        };
        let rtti_base = match instance.get_export(store, "__rtti_base") {
            Some(Extern::Global(g)) => match g.get(store) {
                Val::I32(v) => v as u32,
                other => {
                    return Err(AsError::UnrecognizedRuntime(format!(
                        "__rtti_base is {:?}, not an i32",
                        other.ty()
                    )))
                }
            },
            _ => {
                return Err(AsError::MissingExport {
                    name: "__rtti_base".into(),
                    hint: "compile with --exportRuntime",
                })
            }
        };
        let types = TypeTable::read(memory.data(store), rtti_base)?;
        let func = |name: &str| instance.get_func(store, name);
        let rt = RuntimeExports {
            new: func("__new"),
            pin: func("__pin"),
            unpin: func("__unpin"),
            collect: func("__collect"),
        };
        let classes = parse_classes(store, instance);
        Ok(AsRuntime {
            instance,
            memory,
            types,
            rt,
            pins: HashMap::new(),
            classes,
        })
    }

    /// The instance.
    pub fn instance(&self) -> Instance {
        self.instance
    }

    /// The instance's exported memory.
    pub fn memory(&self) -> Memory {
        self.memory
    }

    /// The runtime generation the module was compiled with.
    pub fn generation(&self) -> Generation {
        self.types.generation()
    }

    /// The runtime type table.
    pub fn types(&self) -> &TypeTable {
        &self.types
    }

    /// Runtime type id of `String` (1 before AS 0.20, 2 after).
    pub fn string_id(&self) -> u32 {
        self.generation().string_id()
    }

    /// Runtime type id of `ArrayBuffer` (0 before AS 0.20, 1 after).
    pub fn array_buffer_id(&self) -> u32 {
        self.generation().array_buffer_id()
    }

    /// The classes the module exports (AS 0.18–0.19 only; empty for AS >= 0.20,
    /// which does not export classes), sorted by name.
    pub fn classes(&self) -> &[ClassInfo] {
        &self.classes
    }

    /// The exported class called `name` (AS 0.18–0.19).
    pub fn class(&self, name: &str) -> Option<&ClassInfo> {
        self.classes.iter().find(|c| c.name == name)
    }

    /// The checked header of the object at `ptr` (see [`object::header`]).
    ///
    /// # Errors
    /// [`AsError::Null`], [`AsError::OutOfBounds`], [`AsError::NotAnObject`], [`AsError::Freed`].
    pub fn header(&self, store: &Store, ptr: u32) -> Result<ObjectHeader> {
        object::header(self.memory.data(store), ptr, self.types.len(), "object")
    }

    /// The runtime type id of the object at `ptr`, after the checks of [`AsRuntime::header`].
    ///
    /// # Errors
    /// As [`AsRuntime::header`].
    pub fn type_id_of(&self, store: &Store, ptr: u32) -> Result<u32> {
        Ok(self.header(store, ptr)?.rt_id)
    }

    /// Checks that `ptr` is a live object whose type is `id` (or, for AS
    /// 0.18–0.19, derives from it).
    ///
    /// # Errors
    /// As [`AsRuntime::header`], and [`AsError::WrongType`].
    pub fn check_type(&self, store: &Store, ptr: u32, id: u32, what: &str) -> Result<ObjectHeader> {
        let h = self.header(store, ptr)?;
        if !self.types.is_subtype(h.rt_id, id) {
            return Err(AsError::WrongType {
                ptr,
                expected: format!("{what} (id {id})"),
                found_id: h.rt_id,
            });
        }
        Ok(h)
    }

    /// One of the runtime helpers, or a clear error naming the missing export.
    pub(crate) fn runtime_func(f: Option<Func>, name: &str) -> Result<Func> {
        f.ok_or_else(|| AsError::MissingExport {
            name: name.into(),
            hint: "compile with --exportRuntime",
        })
    }

    /// `__new(size, id)` (`rt/itcms.ts`): a zero-filled object of `size`
    /// payload bytes and runtime type `id`, not pinned (the next allocation may
    /// collect it unless it is pinned or stored in a reachable object).
    ///
    /// # Errors
    /// [`AsError::UnknownTypeId`]; [`AsError::MissingExport`]; [`AsError::Abort`]
    /// when the runtime refuses (size ≥ 1 GiB); [`AsError::Engine`] on other traps.
    pub fn new_object(&mut self, store: &mut Store, size: u32, id: u32) -> Result<u32> {
        self.types.get(id)?;
        let f = Self::runtime_func(self.rt.new, "__new")?;
        let mut out = [Val::I32(0)];
        f.call_into(
            store,
            &[Val::I32(size as i32), Val::I32(id as i32)],
            &mut out,
        )?;
        let ptr = match out[0] {
            Val::I32(p) => p as u32,
            other => {
                return Err(AsError::UnrecognizedRuntime(format!(
                    "__new returned {other:?}"
                )))
            }
        };
        object::range(self.memory.data(store), ptr, u64::from(size))?;
        Ok(ptr)
    }
}
