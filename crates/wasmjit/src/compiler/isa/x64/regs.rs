//! Register numbering, and which registers the allocator may use.

pub const RAX: u8 = 0;
pub const RCX: u8 = 1;
pub const RDX: u8 = 2;
/// Scratch GPR for the compiler's own temporaries; never holds a wasm value.
pub const SCRATCH: u8 = 11;
/// Scratch XMM register; never holds a wasm value.
pub const XSCRATCH: u8 = 15;

/// GPRs a local may be pinned to (`compiler/pinning.rs`), in order of
/// preference: never `rax`/`rcx`/`rdx` (division, shifts and merges claim
/// them).
pub const PIN_GPRS: [u8; 7] = [3, 12, 13, 10, 9, 8, 7]; // rbx, r12, r13, r10, r9, r8, rdi
/// The pin registers a call preserves (`compiler/func.rs`: a function that
/// pins one keeps its incoming value and gives it back at return; the
/// System V ABI of helpers and host calls preserves them too), so they are
/// never allocated to temporaries (not in `GPR_ORDER`).
pub const CALLEE_SAVED_GPRS: [u8; 3] = [3, 12, 13]; // rbx, r12, r13
/// XMM registers a local may be pinned to: never `xmm0` (merges, float
/// results) nor the scratch `xmm15`. Ten, so that a vectorised loop's
/// `v128` accumulators stay in registers; the five left (`xmm0`..`xmm4`)
/// hold operands and an operation's temporaries (the allocator spills
/// when they run out).
pub const PIN_XMMS: [u8; 10] = [9, 10, 11, 12, 13, 14, 8, 7, 6, 5];

/// Parameter registers of wasm→wasm direct calls (`compiler/calls.rs`):
/// integer-like parameters in rdi, rsi, r8, r9, r10; `f32`/`f64` ones in
/// xmm1..xmm6. rdi, r8, r9 and r10 are also pin registers.
pub const PARAM_GPRS: [u8; 5] = [7, 6, 8, 9, 10];
pub const PARAM_XMMS: [u8; 6] = [1, 2, 3, 4, 5, 6];

/// GPRs that may hold temporary wasm values: all but rsp, rbp, r11
/// (scratch), r14 (memory base), r15 (vmctx) and the callee-saved pin
/// registers. Order is allocation preference.
pub const GPR_ORDER: [u8; 8] = [0, 1, 2, 6, 7, 8, 9, 10];
/// XMM registers that may hold wasm values: xmm0..xmm14, lowest first.
pub const XMM_ORDER: [u8; 15] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
