//! Pins and collection through the runtime's `__pin`, `__unpin` and
//! `__collect` (`std/assembly/rt/itcms.ts`).
//!
//! The collector keeps a pinned object (color `transparent`) alive however
//! it is referenced, but it has one pin bit per object: `__pin` of a pinned
//! object and `__unpin` of an unpinned one abort ("Object already pinned",
//! "Object is not pinned"). This side therefore counts pins: the first
//! [`AsRuntime::pin`] of an object calls `__pin`, the last matching
//! [`AsRuntime::unpin`] calls `__unpin`, and an unbalanced `unpin` is a
//! clear [`AsError::NotPinned`] instead of an abort.

use wasmjit::{Store, Val};

use crate::error::{AsError, Result};
use crate::runtime::AsRuntime;

impl AsRuntime {
    /// Pins the object at `ptr` so the collector keeps it (and what it
    /// references) alive until the matching [`AsRuntime::unpin`]. Pins nest:
    /// each `pin` needs its own `unpin`. Returns `ptr`.
    ///
    /// # Errors
    /// The checks of [`AsRuntime::header`] (null, out of memory, freed ...);
    /// [`AsError::AlreadyPinned`] when the module itself pinned the object;
    /// [`AsError::MissingExport`] without `__pin`; [`AsError::Abort`] /
    /// [`AsError::Engine`] when the call fails.
    pub fn pin(&mut self, store: &mut Store, ptr: u32) -> Result<u32> {
        let h = self.header(store, ptr)?;
        if let Some(n) = self.pins.get_mut(&ptr) {
            *n += 1;
            return Ok(ptr);
        }
        if h.is_pinned() {
            return Err(AsError::AlreadyPinned { ptr });
        }
        self.raw_pin(store, ptr)?;
        self.pins.insert(ptr, 1);
        Ok(ptr)
    }

    /// Releases one pin of `ptr` taken with [`AsRuntime::pin`]; the last
    /// one calls `__unpin`, after which the next collection may free the
    /// object unless something reachable references it.
    ///
    /// # Errors
    /// [`AsError::NotPinned`] when this side holds no pin on `ptr`;
    /// [`AsError::MissingExport`] without `__unpin`; [`AsError::Abort`] /
    /// [`AsError::Engine`] when the call fails.
    pub fn unpin(&mut self, store: &mut Store, ptr: u32) -> Result<()> {
        match self.pins.get_mut(&ptr) {
            None => Err(AsError::NotPinned { ptr }),
            Some(n) if *n > 1 => {
                *n -= 1;
                Ok(())
            }
            Some(_) => {
                self.pins.remove(&ptr);
                self.raw_unpin(store, ptr)
            }
        }
    }

    /// How many pins this side holds on `ptr` (0 if none).
    pub fn pin_count(&self, ptr: u32) -> u32 {
        self.pins.get(&ptr).copied().unwrap_or(0)
    }

    /// Every object this side holds pins on, with its pin count, in
    /// address order (empty when nothing is pinned from this side).
    pub fn pinned(&self) -> Vec<(u32, u32)> {
        let mut v: Vec<(u32, u32)> = self.pins.iter().map(|(&p, &n)| (p, n)).collect();
        v.sort_unstable();
        v
    }

    /// Runs a full garbage collection (`__collect`). Unpinned objects that
    /// nothing reachable references are freed; using their pointers
    /// afterwards gives [`AsError::Freed`] where the memory still shows it.
    ///
    /// # Errors
    /// [`AsError::MissingExport`] without `__collect`; [`AsError::Abort`] /
    /// [`AsError::Engine`] when the call fails.
    pub fn collect(&mut self, store: &mut Store) -> Result<()> {
        let f = Self::runtime_func(self.rt.collect, "__collect")?;
        f.call_into(store, &[], &mut [])?;
        Ok(())
    }

    /// `__pin(ptr)` without counting (for objects this crate allocates and
    /// releases within one operation).
    pub(crate) fn raw_pin(&mut self, store: &mut Store, ptr: u32) -> Result<()> {
        let f = Self::runtime_func(self.rt.pin, "__pin")?;
        let mut out = [Val::I32(0)];
        f.call_into(store, &[Val::I32(ptr as i32)], &mut out)?;
        Ok(())
    }

    /// `__unpin(ptr)` without counting.
    pub(crate) fn raw_unpin(&mut self, store: &mut Store, ptr: u32) -> Result<()> {
        let f = Self::runtime_func(self.rt.unpin, "__unpin")?;
        f.call_into(store, &[Val::I32(ptr as i32)], &mut [])?;
        Ok(())
    }
}
