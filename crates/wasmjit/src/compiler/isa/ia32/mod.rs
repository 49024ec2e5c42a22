//! The 32-bit x86 backend (issue 19, in progress): the assembler and the
//! engine's register conventions (`asm.rs`), the `MacroAssembler`
//! implementation (`masm.rs`), `i64` operations on register pairs
//! (`pair.rs`), linear-memory accesses (`memory.rs`), int/float
//! conversions (`convert.rs`). SIMD is not implemented here: the generator
//! refuses `v128` code before emitting (`simd.rs`).
//!
//! Operations this backend does not implement yet record themselves
//! (`asm::unsupported`) and the generator turns that into an
//! `Error::Unsupported` for the function (`MacroAssembler::take_unsupported`),
//! so a module that needs them fails to compile with a message naming the
//! operation, never runs wrong code.

pub mod asm;
mod convert;
pub mod masm;
mod memory;
mod pair;
mod simd;
