//! The x86-64 backend: the assembler and its condition codes (`asm.rs`),
//! the register file and the allocator's register sets (`regs.rs`), the
//! `MacroAssembler` implementation (`masm.rs`, with its longer sequences in
//! `convert.rs`, `float.rs`, `memory.rs`).

pub mod asm;
mod convert;
mod float;
mod frame;
pub mod masm;
mod memory;
pub mod regs;
mod simd;
mod simd_avx;
mod simd_lanes;
