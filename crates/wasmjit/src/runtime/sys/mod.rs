//! The few operating-system services the runtime needs, one file per OS:
//! reserving address space, committing and releasing it, and installing
//! the hardware-fault handler that turns faults in wasm code into traps.

#[cfg(unix)]
mod unix;
#[cfg(unix)]
pub use unix::*;

#[cfg(windows)]
mod windows;
#[cfg(windows)]
pub use self::windows::*;

/// What a fault handler does with a fault at `pc`: `Some(kind)` when `pc` is
/// in wasm code (resume at the trap stub with the trap code in `rax` and the
/// pc in `rdx`), `None` to let the fault go to the next handler.
pub(crate) fn classify_fault(pc: usize, divide_error: bool) -> Option<crate::error::TrapKind> {
    if !crate::runtime::registry::contains(pc) {
        return None;
    }
    Some(if divide_error {
        crate::error::TrapKind::IntegerDivisionByZero
    } else {
        crate::error::TrapKind::MemoryOutOfBounds
    })
}
