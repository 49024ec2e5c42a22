//! The environment generated code runs in, as plain data with no
//! dependencies: the `VMContext` layout (`vmoffsets.rs`), the builtin
//! indices (`builtins.rs`), the bounds-check strategy (`bounds.rs`), the
//! vector instruction set (`isa.rs`) and where code holds inlined callees
//! (`inlined.rs`). The compiler emits code against it; the runtime
//! implements it. Trap codes are [`crate::TrapKind`]'s discriminants and
//! signatures are [`crate::FuncType`]s (`error.rs`, `values.rs`: the layer
//! below).

pub mod bounds;
pub mod builtins;
pub mod inlined;
pub mod isa;
pub mod vmoffsets;
