//! Object headers and bounds-checked reads of linear memory.
//!
//! Reference: `std/assembly/rt/common.ts` (the same in AS 0.19 and 0.28). A
//! managed object's pointer points at its payload; the 20 bytes before it
//! are the memory manager's block info and the garbage collector's header:
//!
//! ```text
//! ptr-20  mmInfo   block size | FREE (bit 0) | LEFTFREE (bit 1)   (rt/tlsf.ts)
//! ptr-16  gcInfo   next object | color (bits 0-1, 3 = pinned)     (rt/itcms.ts)
//! ptr-12  gcInfo2  previous object
//! ptr-8   rtId     runtime type id (index in the type table)
//! ptr-4   rtSize   payload size in bytes
//! ptr     payload  (16-byte aligned: AL_SIZE in common.ts)
//! ```

use crate::error::{AsError, Result};

/// Bytes of block and GC header before an object's payload (`TOTAL_OVERHEAD`).
pub const TOTAL_OVERHEAD: u32 = 20;
/// Bytes of GC header in the block (`OBJECT_OVERHEAD`).
pub const OBJECT_OVERHEAD: u32 = 16;
/// Payload alignment (`AL_SIZE`).
pub const AL_SIZE: u32 = 16;
/// `FREE` tag of `mmInfo` (`rt/tlsf.ts`): the block is free.
pub const MM_FREE: u32 = 1;
/// Mask of the tags in `mmInfo` (`TAGS_MASK` in `rt/tlsf.ts`).
pub const MM_TAGS: u32 = 3;
/// Color of a pinned object in `gcInfo` (`transparent` in `rt/itcms.ts`).
pub const COLOR_PINNED: u32 = 3;

/// The header of a managed object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ObjectHeader {
    /// `mmInfo`: block size and tags.
    pub mm_info: u32,
    /// `gcInfo`: next pointer and color.
    pub gc_info: u32,
    /// `rtId`: runtime type id.
    pub rt_id: u32,
    /// `rtSize`: payload size in bytes.
    pub rt_size: u32,
}

impl ObjectHeader {
    /// Whether the collector's color marks the object as pinned
    /// (`transparent`), whoever pinned it.
    pub fn is_pinned(&self) -> bool {
        self.gc_info & 3 == COLOR_PINNED
    }
}

/// Checks that `len` bytes at `ptr` are inside `mem` and gives their range.
///
/// # Errors
/// [`AsError::OutOfBounds`] otherwise.
pub fn range(mem: &[u8], ptr: u32, len: u64) -> Result<std::ops::Range<usize>> {
    let end = u64::from(ptr) + len;
    if end > mem.len() as u64 {
        return Err(AsError::OutOfBounds {
            ptr,
            len,
            memory_size: mem.len(),
        });
    }
    Ok(ptr as usize..end as usize)
}

/// The little-endian `u32` at `addr`.
///
/// # Errors
/// [`AsError::OutOfBounds`] when the 4 bytes are not all inside `mem`.
pub fn read_u32(mem: &[u8], addr: u32) -> Result<u32> {
    let r = range(mem, addr, 4)?;
    let mut b = [0u8; 4];
    b.copy_from_slice(&mem[r]);
    Ok(u32::from_le_bytes(b))
}

/// Writes the little-endian `u32` `v` at `addr`.
///
/// # Errors
/// [`AsError::OutOfBounds`] when the 4 bytes are not all inside `mem`.
pub fn write_u32(mem: &mut [u8], addr: u32, v: u32) -> Result<()> {
    let r = range(mem, addr, 4)?;
    mem[r].copy_from_slice(&v.to_le_bytes());
    Ok(())
}

/// Reads and checks the header of the object at `ptr`, an object of one of
/// `type_count` runtime types.
///
/// Checks, in order: `ptr` is not null, is 16-byte aligned and its header
/// and payload are inside memory; the block is not free (a freed object is
/// reported as [`AsError::Freed`]: "used after unpin"); `rtId` is in the type
/// table; the block is large enough for `rtSize`. A pointer into the middle of
/// an object, or to a block reused for another object after a collection, can
/// still pass: the checks catch stale and stray pointers where the memory
/// tells, and never read outside the memory.
///
/// # Errors
/// [`AsError::Null`], [`AsError::OutOfBounds`], [`AsError::NotAnObject`], [`AsError::Freed`].
pub fn header(
    mem: &[u8],
    ptr: u32,
    type_count: u32,
    expected: &'static str,
) -> Result<ObjectHeader> {
    if ptr == 0 {
        return Err(AsError::Null { expected });
    }
    if !ptr.is_multiple_of(AL_SIZE) {
        return Err(AsError::NotAnObject {
            ptr,
            reason: format!("not {AL_SIZE}-byte aligned"),
        });
    }
    if ptr < TOTAL_OVERHEAD {
        return Err(AsError::NotAnObject {
            ptr,
            reason: "no room for a header before it".into(),
        });
    }
    let base = ptr - TOTAL_OVERHEAD;
    range(mem, base, u64::from(TOTAL_OVERHEAD))?;
    let h = ObjectHeader {
        mm_info: read_u32(mem, base)?,
        gc_info: read_u32(mem, base + 4)?,
        rt_id: read_u32(mem, base + 12)?,
        rt_size: read_u32(mem, base + 16)?,
    };
    if h.mm_info & MM_FREE != 0 {
        return Err(AsError::Freed { ptr });
    }
    if h.rt_id >= type_count {
        return Err(AsError::NotAnObject {
            ptr,
            reason: format!(
                "its rtId {} is outside the type table ({type_count} entries)",
                h.rt_id
            ),
        });
    }
    if u64::from(h.mm_info & !MM_TAGS) < u64::from(OBJECT_OVERHEAD) + u64::from(h.rt_size) {
        return Err(AsError::NotAnObject {
            ptr,
            reason: format!(
                "its block ({} bytes) is smaller than its rtSize {}",
                h.mm_info & !MM_TAGS,
                h.rt_size
            ),
        });
    }
    range(mem, ptr, u64::from(h.rt_size))?;
    Ok(h)
}
