//! Executable code pages: machine code is copied into a fresh mapping that
//! is then made read+execute, so no page is ever writable and executable.

use memmap2::{Mmap, MmapMut};

use crate::error::{Error, Result};

/// A block of machine code, mapped read+execute.
pub struct CodeMemory {
    map: Mmap,
}

impl CodeMemory {
    /// Copies `code` into new pages and makes them executable.
    ///
    /// Errors with [`Error::Resource`] when mapping or protecting fails.
    pub fn new(code: &[u8]) -> Result<CodeMemory> {
        let mut map = MmapMut::map_anon(code.len().max(1))
            .map_err(|e| Error::Resource(format!("cannot map code pages: {e}")))?;
        map[..code.len()].copy_from_slice(code);
        let map = map
            .make_exec()
            .map_err(|e| Error::Resource(format!("cannot make code executable: {e}")))?;
        Ok(CodeMemory { map })
    }

    /// Address of the first byte.
    pub fn base(&self) -> *const u8 {
        self.map.as_ptr()
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// The code bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.map
    }
}
