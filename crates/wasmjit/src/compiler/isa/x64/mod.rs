//! The x86-64 backend: the assembler and its condition codes (`asm.rs`),
//! the register file and the allocator's register sets (`regs.rs`).

pub mod asm;
pub mod masm;
pub mod regs;
