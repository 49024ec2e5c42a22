//! What generated code runs against: context layout, memories, code pages,
//! the entry/exit stubs and the fault handler, and the interface through
//! which it calls back into its store (`vmstore.rs`).

pub mod builtins;
pub mod code;
pub mod helpers;
pub mod memory;
pub mod registry;
pub mod signals;
pub mod stubs;
pub mod sys;
pub mod vm;
pub mod vmstore;
