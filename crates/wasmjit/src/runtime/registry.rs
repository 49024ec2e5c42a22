//! Registry of live compiled code: which address ranges hold wasm
//! functions, and which function each address belongs to. The fault handler
//! asks whether a pc is ours; backtraces turn return addresses into
//! function indices and names.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use crate::environ::inlined::InlineRange;
use crate::error::FrameInfo;

/// What is known about one module's code block.
pub struct CodeInfo {
    /// Index of the first defined function (= number of imported functions).
    pub first_func: u32,
    /// Offset of each defined function in the block, ascending.
    pub func_offsets: Vec<usize>,
    /// Function names from the name section.
    pub names: HashMap<u32, String>,
    /// The code of callees inlined into other functions, by start.
    pub inline_ranges: Vec<InlineRange>,
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

/// The frames `pc` stands for, innermost first, if it is in wasm code:
/// the function containing it, preceded by the callees inlined there
/// whose code holds `pc` (`compiler/inline.rs`).
pub fn lookup(pc: usize) -> Vec<FrameInfo> {
    let Ok(ranges) = CODE.read() else {
        return Vec::new();
    };
    let Some((start, _, info)) = ranges.iter().find(|&&(s, e, _)| pc >= s && pc < e) else {
        return Vec::new();
    };
    let off = pc - start;
    let Some(i) = info
        .func_offsets
        .partition_point(|&o| o <= off)
        .checked_sub(1)
    else {
        return Vec::new();
    };
    let frame = |func_index: u32| FrameInfo {
        func_index,
        func_name: info.names.get(&func_index).cloned(),
    };
    let mut inlined: Vec<&InlineRange> = info
        .inline_ranges
        .iter()
        .filter(|r| (r.start as usize..r.end as usize).contains(&off))
        .collect();
    inlined.sort_by_key(|r| std::cmp::Reverse(r.depth));
    let mut frames: Vec<FrameInfo> = inlined.iter().map(|r| frame(r.func)).collect();
    frames.push(frame(info.first_func + i as u32));
    frames
}
