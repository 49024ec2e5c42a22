//! How generated code keeps linear-memory accesses inside the memory.

/// The bounds-check strategy of an engine's generated code (chosen when
/// the engine is made: [`crate::Engine::with_bounds_checks`]).
///
/// Both give the spec's semantics: an access outside the memory traps
/// with "out of bounds memory access" and writes nothing (spec §4.4.7).
/// They differ in what a memory costs and in what the code does:
/// - `GuardPages`: no check in the code; every memory reserves 8 GiB of
///   address space (4 GiB reachable with a 32-bit index plus a 4 GiB
///   offset, then inaccessible pages), so an out-of-bounds access faults
///   and the fault handler turns it into the trap. The x86-64 default.
/// - `Explicit`: each access compares `index + offset + width` with the
///   memory's current size first and jumps to the trap when it is past it
///   (as V8 Liftoff and wasmtime without guard pages do); a memory reserves
///   only its maximum size. For hosts that cannot reserve 8 GiB (a
///   `ulimit -v`, 32-bit targets) and for memory64, which a guard region
///   cannot cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BoundsChecks {
    /// Out-of-bounds accesses fault in a guard region.
    GuardPages,
    /// Every access is checked against the memory's size in the code.
    Explicit,
}
