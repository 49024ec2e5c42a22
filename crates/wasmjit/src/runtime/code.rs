//! Executable code pages: machine code is copied into fresh read+write
//! pages that are then made read+execute, so no page is ever writable and
//! executable, not even while the code is being copied in.

use crate::error::{Error, Result};
use crate::runtime::sys;

/// A block of machine code, mapped read+execute, unmapped on drop.
pub struct CodeMemory {
    base: *mut u8,
    len: usize,
}

// SAFETY: the pages are never written after `new` returns (they are
// read+execute), so sharing or moving the block between threads is safe.
unsafe impl Send for CodeMemory {}
unsafe impl Sync for CodeMemory {}

impl CodeMemory {
    /// Copies `code` into new pages and makes them executable.
    ///
    /// Errors with [`Error::Resource`] when mapping or protecting fails.
    pub fn new(code: &[u8]) -> Result<CodeMemory> {
        CodeMemory::new_with(code, |_| {})
    }

    /// Copies `code` into new pages, lets `patch` change the copy while
    /// the pages are still writable (not executable), then makes them
    /// executable. Errors as [`CodeMemory::new`].
    pub fn new_with(code: &[u8], patch: impl FnOnce(&mut [u8])) -> Result<CodeMemory> {
        let len = code.len().max(1);
        let base = sys::alloc_writable(len)
            .ok_or_else(|| Error::Resource(format!("cannot map {len} bytes of code pages")))?;
        let block = CodeMemory { base, len };
        // SAFETY: `base` points to `len >= code.len()` fresh writable bytes
        // that nothing else references.
        unsafe { std::ptr::copy_nonoverlapping(code.as_ptr(), base, code.len()) };
        // SAFETY: the same `code.len()` bytes, just written, referenced
        // nowhere else until this returns.
        patch(unsafe { std::slice::from_raw_parts_mut(base, code.len()) });
        // SAFETY: the range is exactly the pages just mapped.
        if !unsafe { sys::make_executable(base, len) } {
            return Err(Error::Resource("cannot make code executable".into()));
        }
        Ok(block)
    }

    /// Address of the first byte.
    pub fn base(&self) -> *const u8 {
        self.base
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// The code bytes.
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: `base..base + len` is mapped readable for as long as
        // `self` lives and is never written after `new`.
        unsafe { std::slice::from_raw_parts(self.base, self.len) }
    }
}

impl Drop for CodeMemory {
    fn drop(&mut self) {
        // SAFETY: the pages were mapped by `sys::alloc_writable` with this
        // length and nothing refers to them once the block is dropped (the
        // registry entry and every instance using it are gone first).
        unsafe { sys::release(self.base, self.len) }
    }
}

#[cfg(all(test, any(target_os = "linux", windows)))]
mod tests {
    use super::*;

    /// Code pages are writable and not executable while the code is copied
    /// in (so no page is ever both, not even for an instant), then
    /// read+execute and no longer writable.
    #[test]
    fn pages_go_from_read_write_to_read_execute() {
        let len = 3 * 4096 + 5;
        let base = sys::alloc_writable(len).unwrap();
        for off in [0, len - 1] {
            assert_eq!(sys::protection(base as usize + off).as_deref(), Some("rw-"));
        }
        // SAFETY: the range is exactly the pages just mapped.
        assert!(unsafe { sys::make_executable(base, len) });
        for off in [0, len - 1] {
            assert_eq!(sys::protection(base as usize + off).as_deref(), Some("r-x"));
        }
        // SAFETY: mapped above with this length, no longer used.
        unsafe { sys::release(base, len) };

        let code = CodeMemory::new(&[0xc3; 100]).unwrap();
        assert_eq!(code.bytes()[..100], [0xc3; 100]);
        assert_eq!(
            sys::protection(code.base() as usize).as_deref(),
            Some("r-x")
        );
    }
}
