//! Hardware faults in generated code become traps.
//!
//! A load or store past the end of linear memory faults in the reservation's
//! inaccessible part (`memory.rs`). The OS-specific handler (`sys/`) checks
//! that the faulting instruction lies in registered wasm code
//! (`registry.rs`), then resumes at the trap stub with the trap code in `rax`
//! and the pc in `rdx`; the stub returns to the host through the entry
//! trampoline. Faults anywhere else go to the previously installed handler.

use std::sync::Once;

/// Installs the fault handler (once per process).
pub fn install_handlers() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        crate::runtime::stubs::stubs();
        crate::runtime::sys::install_fault_handler();
    });
}
