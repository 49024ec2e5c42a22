//! Instruction-set backends: what the wasm-level generator (the rest of
//! `compiler/`) emits through. One today, `x64`.

#[cfg(target_arch = "x86")]
pub mod ia32;
#[cfg(target_arch = "x86_64")]
pub mod x64;
/// On 32-bit x86, only the x86-64 backend's assembler module, whose
/// condition codes (`Cc`) the ia32 backend shares.
#[cfg(target_arch = "x86")]
pub mod x64 {
    #[path = "asm.rs"]
    #[allow(unused)]
    pub mod asm;
}
