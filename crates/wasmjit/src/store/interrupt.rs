//! The stack limit every context of a store holds, and interruption.
//!
//! Prologues and loop headers compare the stack pointer with a word of
//! their own `VMContext` (`VMCTX_STACK_LIMIT_OFF`), so each instance has a
//! copy of the store's limit (`VMLimits::stack_limit`), and writing the
//! limit means writing every copy:
//! - the store writes them at an outermost call (when the limit changes),
//!   walking its own instances ([`Store::arm_stack_limit`]);
//! - an interrupt handle (any thread, or a signal handler interrupting the
//!   store's own thread) walks `VMLimits::contexts`, under a lock it only
//!   `try_lock`s. Whoever holds that lock (the store adding or removing a
//!   context, a `clear`) looks at the request flag again after releasing
//!   it and writes `usize::MAX` if a request came, so a request that found
//!   the lock taken is not lost ([`VMLimits::with_contexts`]).
//!
//! Every write of a word is followed by a look at the request flags, and a
//! request sets its flag before it writes: whichever order the two
//! threads' steps take, the words end at `usize::MAX` while an interrupt
//! is pending, and at [`HAND_OVER_WORD`] while only a hand-over is.
//!
//! A failed check calls the module's check stub (`compiler/link.rs`),
//! which saves every register and asks [`VMLimits::stack_check_failed`]:
//!
//! ```text
//!   cmp rsp, [r15 + 0x18] ; jb L      (prologue: the new rsp, in r11)
//!   ...
//! L: call check_stub ; jmp <the check>   out of line, one per check
//!   check_stub: save registers, call StackCheck builtin
//!     interrupt pending  -> trap Interrupt
//!     hand-over pending  -> words back to the limit, HandOver::release,
//!                           reacquire; return 0: restore, check again
//!     neither            -> trap StackOverflow
//! ```

use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, Mutex, MutexGuard, TryLockError};

use crate::environ::vmoffsets::VMCTX_STACK_LIMIT_OFF;
use crate::error::TrapKind;
use crate::runtime::vm::VMLimits;

use super::{InstanceData, Store};

/// Stops the wasm code running in a store, from any thread or from a signal
/// handler (it stores to atomics and `try_lock`s a mutex, never waits).
/// Cheap to clone.
#[derive(Clone)]
pub struct InterruptHandle(pub(super) Arc<VMLimits>);

impl InterruptHandle {
    /// Requests an interrupt: the running call (or, if none runs, the next
    /// one) traps with [`crate::TrapKind::Interrupt`] at its next function
    /// entry or loop iteration.
    pub fn interrupt(&self) {
        let l = &self.0;
        l.interrupt.store(true, SeqCst);
        l.stack_limit.store(usize::MAX, SeqCst);
        // Taken: its holder writes the words once it has released it.
        let words = match l.contexts.try_lock() {
            Ok(g) => g,
            Err(TryLockError::Poisoned(p)) => p.into_inner(),
            Err(TryLockError::WouldBlock) => return,
        };
        write_words(&words, usize::MAX);
    }

    /// Requests a hand-over of the embedder's lock
    /// ([`crate::HandOver`]): the running call's next function entry or
    /// loop iteration releases and retakes it, then goes on; if no call
    /// runs, the next call's first check does. Only where
    /// [`HAND_OVER_AT_CHECKS`]; elsewhere the check would trap.
    pub fn request_hand_over(&self) {
        let l = &self.0;
        l.hand_over.store(true, SeqCst);
        if l.interrupt.load(SeqCst) {
            // The words hold (or are about to hold) `usize::MAX`.
            return;
        }
        l.stack_limit.store(HAND_OVER_WORD, SeqCst);
        let words = match l.contexts.try_lock() {
            Ok(g) => g,
            Err(TryLockError::Poisoned(p)) => p.into_inner(),
            Err(TryLockError::WouldBlock) => return,
        };
        write_words(&words, HAND_OVER_WORD);
    }

    /// Withdraws a request that has not stopped a call yet, so that the next
    /// call of the store runs normally. Meant for between calls (an embedder
    /// that interrupted every running store on a signal clears the requests
    /// that arrived too late); while a call runs, a request already made may
    /// still stop it.
    pub fn clear(&self) {
        if self.0.interrupt.swap(false, SeqCst) {
            self.0.disarm();
        }
    }

    /// Whether a request is pending (made and not yet reported as a trap).
    pub fn is_pending(&self) -> bool {
        self.0.interrupt.load(SeqCst)
    }
}

/// The stack-limit word of a pending hand-over request (above any stack
/// address, as `usize::MAX` is; only hand-over requests write it).
pub const HAND_OVER_WORD: usize = usize::MAX - 1;

/// Whether a failed stack-limit check of generated code can go on after a
/// hand-over (the x86-64 code's can; the 32-bit x86 code's still trap).
pub const HAND_OVER_AT_CHECKS: bool = cfg!(target_arch = "x86_64");

/// The stack-limit word at address `w`.
///
/// # Safety
/// `w` is the stack-limit word of a live `VMContext`.
unsafe fn word<'a>(w: usize) -> &'a AtomicUsize {
    // SAFETY: per the contract, an aligned word inside a live context that
    // generated code only reads.
    unsafe { AtomicUsize::from_ptr(w as *mut usize) }
}

/// Stores `v` in each stack-limit word of `words` (`VMLimits::contexts`,
/// whose words are live while its lock is held).
fn write_words(words: &[usize], v: usize) {
    for &w in words {
        // SAFETY: `contexts` holds only words of live contexts: the store
        // removes a context's word (under the lock the caller holds) before
        // it frees the context.
        unsafe { word(w) }.store(v, SeqCst);
    }
}

fn lock(m: &Mutex<Vec<usize>>) -> MutexGuard<'_, Vec<usize>> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl VMLimits {
    /// The word a pending request wants in every context: `usize::MAX`
    /// for an interrupt, else [`HAND_OVER_WORD`] for a hand-over.
    fn request_word(&self) -> Option<usize> {
        if self.interrupt.load(SeqCst) {
            Some(usize::MAX)
        } else if self.hand_over.load(SeqCst) {
            Some(HAND_OVER_WORD)
        } else {
            None
        }
    }

    /// Runs `f` on the list of context words under its lock; then, once
    /// the lock is released, writes a pending request's word everywhere
    /// (the request may have found the lock taken and left the words to us).
    fn with_contexts(&self, f: impl FnOnce(&mut Vec<usize>)) {
        f(&mut lock(&self.contexts));
        if let Some(v) = self.request_word() {
            self.stack_limit.store(v, SeqCst);
            write_words(&lock(&self.contexts), v);
        }
    }

    /// Puts the stack limit back to the running call's after an interrupt
    /// request was consumed. A request that comes meanwhile is not lost:
    /// it sets the flag before it writes, and [`Self::with_contexts`] looks
    /// at the flag after these writes.
    pub(super) fn disarm(&self) {
        let armed = self.armed_limit.load(SeqCst);
        self.stack_limit.store(armed, SeqCst);
        self.with_contexts(|w| write_words(w, armed));
    }

    /// After a stack-limit trap: whether an interrupt request caused it
    /// (then it is consumed and the limit disarmed). A request whose flag
    /// an earlier trap already consumed may still be writing `usize::MAX`
    /// into the words (its writes follow its flag), so a word holding
    /// `usize::MAX` also counts: only requests ever write it.
    pub(super) fn consume_request(&self) -> bool {
        let requested = self.interrupt.swap(false, SeqCst)
            || self.stack_limit.load(SeqCst) == usize::MAX
            || lock(&self.contexts).iter().any(|&w| {
                // SAFETY: the lock is held, so `w` is the word of a live
                // context (see `write_words`).
                unsafe { word(w) }.load(SeqCst) == usize::MAX
            });
        if requested {
            self.disarm();
        }
        requested
    }

    /// A stack-limit check of generated code failed (see the module docs):
    /// returns 0 to go on (a hand-over request served, or the word of one
    /// already served still read), else the trap code.
    pub(super) fn stack_check_failed(&self) -> u32 {
        if self.consume_request() {
            return TrapKind::Interrupt as u32;
        }
        let served = self.hand_over.swap(false, SeqCst);
        // As `usize::MAX` for interrupts: a request whose flag was served
        // may still be writing its word.
        let stale = || {
            self.stack_limit.load(SeqCst) == HAND_OVER_WORD
                || lock(&self.contexts).iter().any(|&w| {
                    // SAFETY: the lock is held, so `w` is the word of a
                    // live context (see `write_words`).
                    unsafe { word(w) }.load(SeqCst) == HAND_OVER_WORD
                })
        };
        if served || stale() {
            // Back to the limit first: a request made while the lock is
            // handed over is served at the next check.
            self.disarm();
            if served {
                crate::handover::hand_over();
            }
            return 0;
        }
        TrapKind::StackOverflow as u32
    }
}

impl InstanceData {
    /// Address of the stack-limit word of the instance's context.
    fn stack_limit_word(&self) -> usize {
        self._vmctx.as_ptr() as usize + VMCTX_STACK_LIMIT_OFF as usize
    }
}

impl Store {
    /// Sets the stack limit of an outermost call: every context's word
    /// holds `limit`, or `usize::MAX` while an interrupt request is pending.
    pub(super) fn arm_stack_limit(&self, limit: usize) {
        let l = &self.limits;
        // Armed already (the last outermost call came from the same stack
        // depth, the common case of calls in a loop): the words hold it
        // and the stores, most of an entry's cost, are skipped. A request
        // made after the read writes `usize::MAX` itself.
        if l.armed_limit.load(SeqCst) == limit && l.stack_limit.load(SeqCst) == limit {
            return;
        }
        l.armed_limit.store(limit, SeqCst);
        l.stack_limit.store(limit, SeqCst);
        self.write_own_words(limit);
        // A request that raced with the stores above must not be lost.
        if let Some(v) = l.request_word() {
            l.stack_limit.store(v, SeqCst);
            self.write_own_words(v);
        }
    }

    /// Stores `v` in the stack-limit word of each of the store's contexts.
    fn write_own_words(&self, v: usize) {
        for i in 0..self.instances.end() as u32 {
            if let Some(d) = self.instances.get(i) {
                // SAFETY: the context of a live instance of this store.
                unsafe { word(d.stack_limit_word()) }.store(v, SeqCst);
            }
        }
    }

    /// Makes instance `i`'s context one that interrupts reach; its word
    /// starts with the store's current limit.
    pub(crate) fn add_context(&mut self, i: u32) {
        let w = self.instances[i as usize].stack_limit_word();
        self.limits.with_contexts(|words| {
            // SAFETY: the context of a live instance of this store.
            unsafe { word(w) }.store(self.limits.stack_limit.load(SeqCst), SeqCst);
            words.push(w);
        });
    }

    /// Removes `d`'s context from those interrupts reach: before the
    /// context is freed.
    pub(super) fn remove_context(&self, d: &InstanceData) {
        let w = d.stack_limit_word();
        self.limits.with_contexts(|words| words.retain(|&x| x != w));
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        // Interrupt handles may outlive the store: they must not reach the
        // contexts freed with it.
        self.limits.with_contexts(Vec::clear);
    }
}
