//! The x86-64 backend: the assembler and its condition codes (`asm.rs`),
//! the register file and the allocator's register sets (`regs.rs`), the
//! `MacroAssembler` implementation (`masm.rs`, with its longer sequences in
//! `convert.rs`, `float.rs`, `memory.rs`), and the `SimdAssembler`
//! implementation (`simd_lanes.rs`, with the AVX forms in `simd_avx.rs` and
//! the SSE forms shared with 32-bit x86 in `../x86/sse.rs`,
//! `../x86/sse_lanes.rs`).

pub mod asm;
mod convert;
mod float;
#[path = "../x86/float_minmax.rs"]
mod float_minmax;
mod frame;
pub mod masm;
mod memory;
pub mod regs;
mod simd_avx;
mod simd_lanes;
#[path = "../x86/sse.rs"]
mod sse;
#[path = "../x86/sse_lanes.rs"]
mod sse_lanes;

/// The scratch registers, as the shared SSE code names them.
use regs::{SCRATCH, XSCRATCH};
