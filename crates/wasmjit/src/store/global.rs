//! Globals in a store: their data and [`Global`]'s methods.

use super::Store;
use crate::error::{Error, Result};
use crate::handles::Global;
use crate::runtime::vm::VMGlobal;
use crate::values::{GlobalType, Val, ValType};

pub(crate) struct GlobalData {
    pub ty: GlobalType,
    storage: Storage,
}

/// Where a global's value is.
enum Storage {
    /// A global made by the embedder ([`Global::new`]): its own box.
    Own(Box<VMGlobal>),
    /// A global defined by a module: its slot in the `VMContext` of
    /// `instance` (`environ/vmoffsets.rs`), which the compiled code reads
    /// in place. The instance lives as long as the global: the collector
    /// keeps the owner of every global it keeps (`store/collect.rs`), and
    /// both are otherwise freed only with the store.
    Instance { instance: u32, cell: *mut VMGlobal },
}

impl GlobalData {
    /// A global defined by `instance`, stored at `cell` in its context,
    /// starting with `bits`.
    ///
    /// # Safety
    /// `cell` points to a `VMGlobal` slot of `instance`'s context, which
    /// stays allocated as long as this global is in the store.
    pub unsafe fn in_instance(
        ty: GlobalType,
        instance: u32,
        cell: *mut VMGlobal,
        bits: u128,
    ) -> GlobalData {
        // SAFETY: the caller's contract: `cell` is a live, aligned slot.
        unsafe { (*cell).bits = bits };
        GlobalData {
            ty,
            storage: Storage::Instance { instance, cell },
        }
    }

    /// The address of the value, as importers' contexts hold it.
    pub fn cell_ptr(&mut self) -> *mut VMGlobal {
        match &mut self.storage {
            Storage::Own(b) => &mut **b,
            Storage::Instance { cell, .. } => *cell,
        }
    }

    /// The value's raw bits (low bytes first).
    pub fn bits(&self) -> u128 {
        match &self.storage {
            Storage::Own(b) => b.bits,
            // SAFETY: the slot outlives this global (see `Storage`); the
            // store is not running wasm while it is borrowed here, or the
            // read is one a host function makes between wasm's accesses.
            Storage::Instance { cell, .. } => unsafe { (**cell).bits },
        }
    }

    fn set_bits(&mut self, bits: u128) {
        match &mut self.storage {
            Storage::Own(b) => b.bits = bits,
            // SAFETY: as in `bits`; `&mut self` is the store's only access.
            Storage::Instance { cell, .. } => unsafe { (**cell).bits = bits },
        }
    }

    /// The instance whose context holds the value, if a module defined it.
    pub fn owner(&self) -> Option<u32> {
        match self.storage {
            Storage::Own(_) => None,
            Storage::Instance { instance, .. } => Some(instance),
        }
    }
}

impl Global {
    /// A new global of type `ty` holding `init`.
    ///
    /// # Errors
    /// [`Error::Usage`] when `init` is not of the global's value type.
    pub fn new(store: &mut Store, ty: GlobalType, init: Val) -> Result<Global> {
        if init.ty() != ty.content {
            return Err(Error::Usage(format!(
                "global of type {} initialized with {}",
                ty.content,
                init.ty()
            )));
        }
        let bits = match init {
            Val::V128(b) => b,
            ref v => store.val_to_raw(v) as u128,
        };
        Ok(Global(store.globals.push(GlobalData {
            ty,
            storage: Storage::Own(Box::new(VMGlobal { bits })),
        })))
    }

    /// The current value.
    pub fn get(&self, store: &Store) -> Val {
        let g = &store.globals[self.0 as usize];
        match g.ty.content {
            ValType::V128 => Val::V128(g.bits()),
            t => store.raw_to_val(t, g.bits() as u64),
        }
    }

    /// Sets the value.
    ///
    /// # Errors
    /// [`Error::Usage`] when the global is immutable or `v` has another type.
    pub fn set(&self, store: &mut Store, v: Val) -> Result<()> {
        let ty = store.globals[self.0 as usize].ty;
        if !ty.mutable {
            return Err(Error::Usage("cannot set an immutable global".into()));
        }
        if v.ty() != ty.content {
            return Err(Error::Usage(format!(
                "global of type {} cannot hold {}",
                ty.content,
                v.ty()
            )));
        }
        let bits = match v {
            Val::V128(b) => b,
            ref v => store.val_to_raw(v) as u128,
        };
        store.globals[self.0 as usize].set_bits(bits);
        Ok(())
    }

    /// The global's type.
    pub fn ty(&self, store: &Store) -> GlobalType {
        store.globals[self.0 as usize].ty
    }
}
