//! Registry of live compiled code: which address ranges hold wasm
//! functions, and which function each address belongs to. The fault handler
//! asks whether a pc is ours; backtraces turn return addresses into
//! function indices and names.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use crate::error::FrameInfo;

/// What is known about one module's code block.
pub struct CodeInfo {
    /// Index of the first defined function (= number of imported functions).
    pub first_func: u32,
    /// Offset of each defined function in the block, ascending.
    pub func_offsets: Vec<usize>,
    /// Function names from the name section.
    pub names: HashMap<u32, String>,
}

type Ranges = Vec<(usize, usize, Arc<CodeInfo>)>;

static CODE: RwLock<Ranges> = RwLock::new(Vec::new());

/// Registers a module's code block `[start, start + len)`.
pub fn register(start: usize, len: usize, info: Arc<CodeInfo>) {
    CODE.write()
        .unwrap_or_else(|e| e.into_inner())
        .push((start, start + len, info));
}

/// Removes a block registered by [`register`].
pub fn unregister(start: usize) {
    CODE.write()
        .unwrap_or_else(|e| e.into_inner())
        .retain(|r| r.0 != start);
}

/// Whether `pc` lies in registered wasm code.
///
/// Called from the fault handler: a fault in wasm code never happens while
/// the faulting thread holds the write lock (registration runs no wasm).
pub fn contains(pc: usize) -> bool {
    match CODE.read() {
        Ok(r) => r.iter().any(|&(s, e, _)| pc >= s && pc < e),
        Err(_) => false,
    }
}

/// The function containing `pc`, if it is in wasm code.
pub fn lookup(pc: usize) -> Option<FrameInfo> {
    let ranges = CODE.read().ok()?;
    let (start, _, info) = ranges.iter().find(|&&(s, e, _)| pc >= s && pc < e)?;
    let off = pc - start;
    let i = info
        .func_offsets
        .partition_point(|&o| o <= off)
        .checked_sub(1)?;
    let func_index = info.first_func + i as u32;
    Some(FrameInfo {
        func_index,
        func_name: info.names.get(&func_index).cloned(),
    })
}
