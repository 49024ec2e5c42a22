//! Handing over the embedder's lock while wasm runs.
//!
//! An embedder may run wasm holding a lock other threads of its own wait for
//! (Python's GIL): holding it makes calls into the host cheap, but a long
//! call must give it up now and then, and must not hold it while it blocks
//! in the operating system. The engine offers two points for that:
//! - [`InterruptHandle::request_hand_over`](crate::InterruptHandle): the
//!   store's next stack-limit check (a function entry or a loop header,
//!   the check interrupts use) fails, calls [`HandOver::release`] and then
//!   [`HandOver::reacquire`], and the code goes on where it was;
//! - [`blocking`]: host code that may block (the WASI functions) runs
//!   between the two.
//!
//! The hooks are process-wide (one embedder owns the lock); without them
//! both points do nothing.

use std::sync::OnceLock;

/// The embedder's hooks: `release` gives the lock up if this thread holds
/// it for the running wasm call and returns a token, which `reacquire`
/// gets to take it back (a token saying "not released" is the embedder's
/// to choose). Both run on the thread of the wasm call.
#[derive(Clone, Copy, Debug)]
pub struct HandOver {
    pub release: fn() -> usize,
    pub reacquire: fn(usize),
}

static HOOKS: OnceLock<HandOver> = OnceLock::new();

/// Installs the process's hooks; `false` (changing nothing) if some were
/// installed already.
pub fn set_hand_over(hooks: HandOver) -> bool {
    HOOKS.set(hooks).is_ok()
}

/// Runs `f` (host code that may block) with the embedder's lock released.
pub fn blocking<R>(f: impl FnOnce() -> R) -> R {
    let Some(h) = HOOKS.get() else {
        return f();
    };
    struct Reacquire(fn(usize), usize);
    impl Drop for Reacquire {
        fn drop(&mut self) {
            (self.0)(self.1);
        }
    }
    let _back = Reacquire(h.reacquire, (h.release)());
    f()
}

/// Gives the embedder's lock to whoever waits for it (a served hand-over
/// request).
pub(crate) fn hand_over() {
    blocking(|| ());
}
