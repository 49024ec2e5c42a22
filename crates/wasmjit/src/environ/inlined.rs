//! Where a module's code holds inlined callees: plain data that the
//! compiler writes (`compiler/inline.rs`), the cache stores
//! (`module/serialize.rs`) and backtraces read (`runtime/registry.rs`).

/// A code range of a function that belongs to a callee inlined there: the
/// inlined body, or a trap exit made inside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InlineRange {
    /// Byte offsets in the module's code (in the chunk while compiling).
    pub start: u32,
    pub end: u32,
    /// The inlined function (module index, imports counted).
    pub func: u32,
    /// 1 for a callee inlined into the function itself, 2 for one inlined
    /// into that callee, and so on: deeper ranges are inner frames.
    pub depth: u32,
}
