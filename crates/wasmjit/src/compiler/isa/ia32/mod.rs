//! The 32-bit x86 backend (issue 19, in progress): the assembler and the
//! engine's register conventions (`asm.rs`), the allocator's register sets
//! (`regs.rs`), the `MacroAssembler`
//! implementation (`masm.rs`, with function entry, trap exits and
//! division in `frame.rs` and its longer float sequences in `float.rs`),
//! `i64` operations on register pairs (`pair.rs`), linear-memory accesses
//! (`memory.rs`), int/float conversions (`convert.rs`), and the
//! `SimdAssembler` implementation
//! (`simd.rs`) over the SSE forms shared with x86-64 (`../x86/sse.rs`,
//! `../x86/sse_lanes.rs`).
//!
//! Operations this backend does not implement yet record themselves
//! (`asm::unsupported`) and the generator turns that into an
//! `Error::Unsupported` for the function (`MacroAssembler::take_unsupported`),
//! so a module that needs them fails to compile with a message naming the
//! operation, never runs wrong code.

pub mod asm;
mod convert;
mod float;
#[path = "../x86/float_minmax.rs"]
mod float_minmax;
mod frame;
pub mod masm;
mod memory;
mod pair;
mod regs;
mod simd;
#[path = "../x86/sse.rs"]
mod sse;
#[path = "../x86/sse_lanes.rs"]
mod sse_lanes;

/// The scratch registers, as the shared SSE code names them.
use asm::{SCRATCH, XSCRATCH};
