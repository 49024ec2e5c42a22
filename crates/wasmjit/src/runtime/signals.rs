//! Hardware faults in generated code become traps.
//!
//! A load or store past the end of linear memory faults in the reservation's
//! inaccessible part (`memory.rs`). The OS-specific handler (`sys/`) checks
//! that the faulting instruction lies in registered wasm code
//! (`registry.rs`), then resumes at the trap stub with the trap code in `rax`
//! and the pc in `rdx`; the stub returns to the host through the entry
//! trampoline. Faults anywhere else go to the previously installed handler.

/// Installs the fault handler, or puts it back in front when another
/// library replaced it since (Python's `faulthandler.enable()`/`disable()`
/// do); faults outside wasm go on to the handler it replaced. Called at
/// every compilation and instantiation, and by embedders after code that
/// may have replaced it ([`crate::ensure_fault_handler`]).
pub fn install_handlers() {
    crate::runtime::stubs::stubs();
    crate::runtime::sys::install_fault_handler();
}
