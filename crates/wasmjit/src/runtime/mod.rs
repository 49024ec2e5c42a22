//! What generated code runs against: context layout, memories, code pages,
//! the entry/exit stubs and the fault handler.

pub mod builtins;
pub mod code;
pub mod helpers;
pub mod memory;
pub mod registry;
pub mod signals;
pub mod stubs;
pub mod sys;
pub mod vm;
