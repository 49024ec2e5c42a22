//! Globals in a store: their data and [`Global`]'s methods.

use super::Store;
use crate::error::{Error, Result};
use crate::handles::Global;
use crate::runtime::vm::VMGlobal;
use crate::values::{GlobalType, Val, ValType};

pub(crate) struct GlobalData {
    pub ty: GlobalType,
    pub cell: Box<VMGlobal>,
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
            cell: Box::new(VMGlobal { bits }),
        })))
    }

    /// The current value.
    pub fn get(&self, store: &Store) -> Val {
        let g = &store.globals[self.0 as usize];
        match g.ty.content {
            ValType::V128 => Val::V128(g.cell.bits),
            t => store.raw_to_val(t, g.cell.bits as u64),
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
        store.globals[self.0 as usize].cell.bits = bits;
        Ok(())
    }

    /// The global's type.
    pub fn ty(&self, store: &Store) -> GlobalType {
        store.globals[self.0 as usize].ty
    }
}
