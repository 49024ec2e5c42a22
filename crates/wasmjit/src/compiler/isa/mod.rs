//! Instruction-set backends: what the wasm-level generator (the rest of
//! `compiler/`) emits through. One today, `x64`.

pub mod x64;
