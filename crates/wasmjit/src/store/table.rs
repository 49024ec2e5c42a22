//! Tables in a store: their data and [`Table`]'s methods.

use super::{over_budget, Store};
use crate::error::{Error, Result};
use crate::handles::Table;
use crate::limits::Budget;
use crate::runtime::vm::VMTable;
use crate::values::{TableType, Val};

pub(crate) struct TableData {
    pub ty: TableType,
    pub elements: Vec<u64>,
    pub vm: Box<VMTable>,
    /// Most elements `grow` may reach: the declared maximum, capped by
    /// [`crate::StoreLimits::max_table_elements`] (a resource limit the spec
    /// allows: `table.grow` may fail, §4.4.6.5).
    pub max: u64,
}

impl TableData {
    /// Grows by `delta` elements set to the raw reference `raw`; returns the
    /// old length, or `None` past `max`, past the store's `budget` or when
    /// the elements cannot be allocated. Keeps the `VMTable` in step.
    pub(crate) fn grow_raw(&mut self, budget: &Budget, delta: u32, raw: u64) -> Option<u32> {
        let old = self.elements.len() as u64;
        if old + delta as u64 > self.max {
            return None;
        }
        let bytes = delta as u64 * 8;
        if !budget.take(bytes) {
            return None;
        }
        if self.elements.try_reserve(delta as usize).is_err() {
            budget.give_back(bytes);
            return None;
        }
        self.elements.resize(old as usize + delta as usize, raw);
        self.vm.base = self.elements.as_mut_ptr();
        self.vm.len = self.elements.len() as u32;
        Some(old as u32)
    }
}

/// `n` table elements set to `raw`, or `None` when they cannot be
/// allocated. Null elements come from zeroed pages the system maps lazily,
/// so a large table costs memory only where it is written.
fn filled_elements(n: usize, raw: u64) -> Option<Vec<u64>> {
    if n == 0 {
        return Some(Vec::new());
    }
    if raw != 0 {
        let mut v = Vec::new();
        v.try_reserve_exact(n).ok()?;
        v.resize(n, raw);
        return Some(v);
    }
    let layout = std::alloc::Layout::array::<u64>(n).ok()?;
    // SAFETY: `layout` has a non-zero size (n > 0).
    let ptr = unsafe { std::alloc::alloc_zeroed(layout) } as *mut u64;
    if ptr.is_null() {
        return None;
    }
    // SAFETY: `ptr` was allocated by the global allocator with the layout
    // of `n` u64s, all initialized (zero is a valid u64).
    Some(unsafe { Vec::from_raw_parts(ptr, n, n) })
}

impl Table {
    /// A new table of type `ty` with every element set to `init`.
    ///
    /// # Errors
    /// [`Error::Usage`] when `init` is not of the element type;
    /// [`Error::Resource`] when the minimum exceeds the store's
    /// [`StoreLimits::max_table_elements`], the store's memories and tables
    /// would exceed [`StoreLimits::max_store_bytes`], or the elements cannot
    /// be allocated.
    pub fn new(store: &mut Store, ty: TableType, init: Val) -> Result<Table> {
        if init.ty() != ty.element {
            return Err(Error::Usage(format!(
                "table of {} initialized with {}",
                ty.element,
                init.ty()
            )));
        }
        let limit = store.resource_limits.max_table_elements as u64;
        if ty.limits.min > limit {
            return Err(Error::Resource(format!(
                "table of {} elements exceeds the store's limit of {limit} elements",
                ty.limits.min
            )));
        }
        let max = ty.limits.max.unwrap_or(u32::MAX as u64).min(limit);
        let raw = store.val_to_raw(&init);
        let bytes = ty.limits.min * 8;
        if !store.budget.take(bytes) {
            return Err(over_budget(store, "table", bytes));
        }
        let mut elements = filled_elements(ty.limits.min as usize, raw).ok_or_else(|| {
            store.budget.give_back(bytes);
            Error::Resource(format!(
                "cannot allocate a table of {} elements",
                ty.limits.min
            ))
        })?;
        let vm = Box::new(VMTable {
            base: elements.as_mut_ptr(),
            len: elements.len() as u32,
        });
        Ok(Table(store.tables.push(TableData {
            ty,
            elements,
            vm,
            max,
        })))
    }

    /// Current length in elements.
    pub fn size(&self, store: &Store) -> u32 {
        store.tables[self.0 as usize].elements.len() as u32
    }

    /// Element `index`, or `None` out of bounds.
    pub fn get(&self, store: &Store, index: u32) -> Option<Val> {
        let t = &store.tables[self.0 as usize];
        let raw = *t.elements.get(index as usize)?;
        Some(store.raw_to_val(t.ty.element, raw))
    }

    /// Sets element `index`.
    ///
    /// # Errors
    /// [`Error::Usage`] out of bounds or for a value of another type.
    pub fn set(&self, store: &mut Store, index: u32, v: Val) -> Result<()> {
        if v.ty() != store.tables[self.0 as usize].ty.element {
            return Err(Error::Usage("table element of the wrong type".into()));
        }
        let raw = store.val_to_raw(&v);
        let t = &mut store.tables[self.0 as usize];
        let slot = t
            .elements
            .get_mut(index as usize)
            .ok_or_else(|| Error::Usage("table index out of bounds".into()))?;
        *slot = raw;
        Ok(())
    }

    /// Grows by `delta` elements set to `init`; returns the previous length.
    ///
    /// # Errors
    /// [`Error::Usage`] when `init` is not of the element type;
    /// [`Error::Resource`] past the table's maximum or the store's budget,
    /// or when the elements cannot be allocated.
    pub fn grow(&self, store: &mut Store, delta: u32, init: Val) -> Result<u32> {
        if init.ty() != store.tables[self.0 as usize].ty.element {
            return Err(Error::Usage("table element of the wrong type".into()));
        }
        let raw = store.val_to_raw(&init);
        let Store { tables, budget, .. } = store;
        tables[self.0 as usize]
            .grow_raw(budget, delta, raw)
            .ok_or_else(|| Error::Resource(format!("cannot grow table by {delta} elements")))
    }

    /// The table's type, with its current size as minimum.
    pub fn ty(&self, store: &Store) -> TableType {
        let t = &store.tables[self.0 as usize];
        TableType {
            element: t.ty.element,
            limits: crate::values::Limits {
                min: t.elements.len() as u64,
                max: t.ty.limits.max,
            },
        }
    }
}
