//! Linear memory: an address-space reservation whose first `size` bytes
//! are readable and writable (spec §4.2.8 memory instances). The base never
//! moves in a 64-bit process; in a 32-bit one, a memory that grows past its
//! reservation moves, unless it is pinned ([`LinearMemory::pin`]).
//!
//! For code compiled with guard pages ([`BoundsChecks::GuardPages`]) the
//! reservation is 8 GiB: a 32-bit wasm address plus a 32-bit static offset
//! is below 8 GiB, so every access `[base + zext(index) + offset]` lands
//! either in committed memory or in the inaccessible rest of the
//! reservation, where the fault becomes an out-of-bounds trap (see
//! `signals.rs`). Code with explicit checks ([`BoundsChecks::Explicit`])
//! never accesses past `size`, so the reservation is just the memory's
//! maximum.

use crate::environ::bounds::BoundsChecks;
use crate::error::{Error, Result};
use crate::limits::Budget;
use crate::runtime::sys;
use crate::runtime::vm::VMMemory;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::sync::Arc;

/// Bytes in one wasm page (spec §4.2.8).
pub const WASM_PAGE: usize = 65536;
/// Most pages a 32-bit memory may have (4 GiB).
pub const MAX_PAGES: u64 = 65536;
/// Address space reserved per memory with guard pages: 4 GiB reachable +
/// 4 GiB guard, plus one more page for accesses that straddle the end.
/// `None` in a 32-bit process, which has no such address space: there,
/// code uses explicit bounds checks.
const GUARDED_RESERVATION: Option<usize> = match usize::BITS {
    64 => Some(((8u64 << 30) + WASM_PAGE as u64) as usize),
    _ => None,
};

/// Most address space one memory with explicit bounds checks reserves in
/// a 32-bit process (whose whole address space is 4 GiB at most): its
/// maximum is lowered to this many bytes, so `memory.grow` past it fails
/// (returns -1) as it does past a declared maximum.
const MAX_RESERVATION_32BIT: u64 = 1 << 30;

/// Pages a memory reserves at least in a 32-bit process (16 MiB, or its
/// maximum if smaller), so that a small memory never moves when it grows.
const MIN_RESERVATION_32BIT_PAGES: u64 = 256;

/// Whether this process can reserve the address space of a memory with
/// guard pages (it cannot under a `ulimit -v` of less than 8 GiB); checked
/// once, by reserving and releasing it.
pub fn guard_pages_available() -> bool {
    static AVAILABLE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        let Some(bytes) = GUARDED_RESERVATION else {
            return false;
        };
        match sys::reserve(bytes) {
            Some(base) => {
                // SAFETY: exactly the reservation just made.
                unsafe { sys::release(base, bytes) };
                true
            }
            None => false,
        }
    })
}

/// One linear memory and its reservation.
/// One pin of a memory's base ([`crate::Memory::pin`]), ended when
/// dropped, on any thread and without the store: it shares only the
/// memory's pin count.
#[derive(Debug)]
pub struct MemoryPin(Arc<AtomicUsize>);

impl Drop for MemoryPin {
    fn drop(&mut self) {
        self.0.fetch_sub(1, SeqCst);
    }
}

pub struct LinearMemory {
    vm: Box<VMMemory>,
    declared_max: Option<u64>,
}

// SAFETY: the reservation is owned exclusively by this value; the raw pointer
// is only dereferenced through `&self`/`&mut self` methods and generated code
// that runs while the owning store is borrowed.
unsafe impl Send for LinearMemory {}

impl LinearMemory {
    /// Reserves address space for code with bounds checks `checks` (8 GiB
    /// with guard pages, else `max` pages) and commits `initial` pages
    /// (zeroed).
    ///
    /// `max` is the maximum in pages, clamped to 65536.
    /// Errors with [`Error::Resource`] when the reservation or commit fails.
    pub fn new(initial: u64, max: Option<u64>, checks: BoundsChecks) -> Result<LinearMemory> {
        let mut max_pages = max.unwrap_or(MAX_PAGES).min(MAX_PAGES);
        if usize::BITS < 64 && checks == BoundsChecks::Explicit {
            max_pages = max_pages.min(MAX_RESERVATION_32BIT / WASM_PAGE as u64);
        }
        if initial > max_pages {
            return Err(Error::Resource(format!(
                "memory of {initial} pages exceeds its maximum"
            )));
        }
        let reservation = match checks {
            BoundsChecks::GuardPages => GUARDED_RESERVATION
                .ok_or_else(|| Error::Resource("guard pages need a 64-bit address space".into()))?,
            // A 32-bit process reserves what the memory starts with (at
            // least 16 MiB, or the maximum if smaller); growing moves it
            // into a larger reservation when needed (`relocate`).
            BoundsChecks::Explicit if usize::BITS < 64 => {
                initial
                    .max(MIN_RESERVATION_32BIT_PAGES.min(max_pages))
                    .max(1) as usize
                    * WASM_PAGE
            }
            // At least one page, so that even an empty memory has a base.
            BoundsChecks::Explicit => max_pages.max(1) as usize * WASM_PAGE,
        };
        let base = sys::reserve(reservation).ok_or_else(|| {
            Error::Resource(format!(
                "cannot reserve {} MiB of address space for a memory",
                reservation >> 20
            ))
        })?;
        let mut mem = LinearMemory {
            vm: Box::new(VMMemory {
                base,
                size: 0,
                max_pages,
                budget: std::ptr::null(),
                reserved: reservation,
                pins: Default::default(),
                #[cfg(target_pointer_width = "32")]
                limits: [0; crate::environ::vmoffsets::MEMORY_LIMITS],
            }),
            declared_max: max,
        };
        if mem.grow(initial).is_none() {
            return Err(Error::Resource(format!(
                "cannot commit {initial} pages of memory"
            )));
        }
        Ok(mem)
    }

    /// Grows by `delta` pages; returns the old size in pages, or `None` when
    /// the maximum would be exceeded or the commit fails (spec `memory.grow`).
    pub fn grow(&mut self, delta: u64) -> Option<u64> {
        grow(&mut self.vm, delta)
    }

    /// Makes growing take from `budget` (which must outlive the memory:
    /// the store's).
    pub(crate) fn set_budget(&mut self, budget: &Budget) {
        self.vm.budget = budget;
    }

    /// Current size in pages.
    pub fn pages(&self) -> u64 {
        (self.vm.size / WASM_PAGE) as u64
    }

    /// Records the maximum the memory's type declared (which the engine's
    /// limit may lower for growing), for [`LinearMemory::declared_max`].
    pub fn set_declared_max(&mut self, max: Option<u64>) {
        self.declared_max = max;
    }

    /// The maximum from the memory's type, if it declared one.
    pub fn declared_max(&self) -> Option<u64> {
        self.declared_max
    }

    /// Keeps the base where it is until the pin returned is dropped:
    /// meanwhile, growing past the reservation (possible only in a 32-bit
    /// process) fails instead of moving the memory. For borrowers that hold
    /// the address outside the engine, such as a Python buffer view.
    pub fn pin(&self) -> MemoryPin {
        self.vm.pins.fetch_add(1, SeqCst);
        MemoryPin(self.vm.pins.clone())
    }

    /// The accessible bytes.
    pub fn data(&self) -> &[u8] {
        // SAFETY: the first `size` bytes of the reservation are committed
        // read-write and live as long as `self`.
        unsafe { std::slice::from_raw_parts(self.vm.base, self.vm.size) }
    }

    /// The accessible bytes, writable.
    pub fn data_mut(&mut self) -> &mut [u8] {
        // SAFETY: as in `data`, and `&mut self` gives exclusive access.
        unsafe { std::slice::from_raw_parts_mut(self.vm.base, self.vm.size) }
    }

    /// Whether code compiled with guard pages may access this memory: its
    /// reservation covers every address such code can form.
    pub fn has_guard_pages(&self) -> bool {
        Some(self.vm.reserved) == GUARDED_RESERVATION
    }

    /// The structure generated code reads (stable address).
    pub fn vm_ptr(&self) -> *mut VMMemory {
        &*self.vm as *const VMMemory as *mut VMMemory
    }
}

/// Grows the memory behind `vm` by `delta` pages (see [`LinearMemory::grow`]).
fn grow(vm: &mut VMMemory, delta: u64) -> Option<u64> {
    let old_pages = (vm.size / WASM_PAGE) as u64;
    let new_pages = old_pages.checked_add(delta)?;
    if new_pages > vm.max_pages {
        return None;
    }
    if delta > 0 {
        let len = delta as usize * WASM_PAGE;
        // SAFETY: a non-null budget is the owning store's, which outlives
        // its memories.
        let budget = unsafe { vm.budget.as_ref() };
        if budget.is_some_and(|b| !b.take(len as u64)) {
            return None;
        }
        let new_size = new_pages as usize * WASM_PAGE;
        // SAFETY: `vm` is a live memory's (the caller's contract).
        if new_size > vm.reserved && !unsafe { relocate(vm, new_size) } {
            if let Some(b) = budget {
                b.give_back(len as u64);
            }
            return None;
        }
        // SAFETY: [base+size, base+size+len) lies inside the reservation
        // because new_pages <= max_pages, and the reservation is 8 GiB or
        // max_pages pages (`LinearMemory::new`; max_pages never grows), or
        // was just made large enough (`relocate`, 32-bit processes).
        let ok = unsafe { sys::commit(vm.base.add(vm.size), len) };
        if !ok {
            if let Some(b) = budget {
                b.give_back(len as u64);
            }
            return None;
        }
        vm.size = new_pages as usize * WASM_PAGE;
        #[cfg(target_pointer_width = "32")]
        set_limits(vm);
    }
    Some(old_pages)
}

/// `vm.limits[k] = size - k` (0 below 0) for the current size (see
/// `VMMemory::limits`).
#[cfg(target_pointer_width = "32")]
fn set_limits(vm: &mut VMMemory) {
    for (k, l) in vm.limits.iter_mut().enumerate() {
        *l = vm.size.saturating_sub(k);
    }
}

/// In a 32-bit process, where a memory reserves only what it uses (its
/// maximum would not fit many times in the address space): moves the
/// memory to a new reservation of at least `needed` bytes (twice the old
/// one, up to the maximum), copying its contents. Generated code for
/// 32-bit x86 reads the base from the `VMMemory` at each access, so the
/// move is seen at once; the context's copy of memory 0's base is not
/// used there. Returns false when the memory is pinned
/// ([`LinearMemory::pin`]) or the address space cannot be had.
///
/// # Safety
/// `vm` describes a live memory with no slice of its bytes borrowed.
unsafe fn relocate(vm: &mut VMMemory, needed: usize) -> bool {
    if vm.pins.load(SeqCst) > 0 {
        return false;
    }
    let max = (vm.max_pages as usize).saturating_mul(WASM_PAGE);
    let want = needed
        .max(vm.reserved.saturating_mul(2))
        .min(max.max(needed));
    let Some(base) = sys::reserve(want) else {
        return false;
    };
    // SAFETY: the new reservation is ours; [0, size) of it is committed
    // before the copy; the old one is released only after.
    unsafe {
        if vm.size > 0 {
            if !sys::commit(base, vm.size) {
                sys::release(base, want);
                return false;
            }
            std::ptr::copy_nonoverlapping(vm.base, base, vm.size);
        }
        sys::release(vm.base, vm.reserved);
    }
    vm.base = base;
    vm.reserved = want;
    true
}

builtin_fn! {
/// `memory.grow` called from generated code: returns the old size in pages,
/// or `u32::MAX` (-1) on failure.
///
/// # Safety
/// `vm` must point to the `VMMemory` of a live [`LinearMemory`], with no
/// other reference to it active (the calling wasm code holds none).
pub unsafe fn memory_grow_helper(vm: *mut VMMemory, delta: u32) -> u32 {
    // SAFETY: guaranteed by the caller (generated code passes the context's memory).
    let vm = unsafe { &mut *vm };
    grow(vm, delta as u64).map(|p| p as u32).unwrap_or(u32::MAX)
}
}

impl Drop for LinearMemory {
    fn drop(&mut self) {
        // SAFETY: releases exactly the current reservation.
        unsafe { sys::release(self.vm.base, self.vm.reserved) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_within_max_and_keeps_base() {
        grows_within_max(BoundsChecks::Explicit);
        if usize::BITS == 64 {
            grows_within_max(BoundsChecks::GuardPages);
        } else {
            assert!(!guard_pages_available());
            assert!(LinearMemory::new(1, None, BoundsChecks::GuardPages).is_err());
        }
    }

    /// `limits[e - 1]` is `size + 1 - e`, or 0 when the memory is smaller
    /// than `e`, for every end `e`, through every size change.
    #[test]
    #[cfg(target_pointer_width = "32")]
    fn limits_follow_the_size_on_32_bit() {
        use crate::environ::vmoffsets::MEMORY_LIMITS;
        let limits = |m: &LinearMemory| m.vm.limits;
        let mut m = LinearMemory::new(0, None, BoundsChecks::Explicit).unwrap();
        assert_eq!(limits(&m), [0; MEMORY_LIMITS]);
        for pages in [1, 3] {
            m.grow(pages - m.pages()).unwrap();
            let size = pages as usize * WASM_PAGE;
            for e in 1..=MEMORY_LIMITS {
                assert_eq!(limits(&m)[e - 1], size + 1 - e, "end {e}, {pages} pages");
            }
        }
    }

    /// In a 32-bit process a memory reserves what it uses, moves (with
    /// its contents) when it grows past that, and grows to 1 GiB at most.
    #[test]
    #[cfg(target_pointer_width = "32")]
    fn memories_move_when_they_grow_on_32_bit() {
        let mut m = LinearMemory::new(1, None, BoundsChecks::Explicit).unwrap();
        let base = m.data().as_ptr();
        m.data_mut()[WASM_PAGE - 1] = 9;
        // Within the first 16 MiB: no move.
        assert_eq!(m.grow(255), Some(1));
        assert_eq!(m.data().as_ptr(), base);
        // Past it, pinned: refused, nothing changes.
        let pin = m.pin();
        assert_eq!(m.grow(1), None);
        assert_eq!((m.pages(), m.data().as_ptr()), (256, base));
        drop(pin);
        assert_eq!(m.grow(3), Some(256));
        assert_eq!(m.data()[WASM_PAGE - 1], 9);
        assert_eq!(m.data()[259 * WASM_PAGE - 1], 0);
        assert_eq!(m.grow(16384 - 259), Some(259));
        assert_eq!(m.grow(1), None);
        assert_eq!(m.data()[WASM_PAGE - 1], 9);
    }

    fn grows_within_max(checks: BoundsChecks) {
        let mut m = LinearMemory::new(1, Some(3), checks).unwrap();
        assert_eq!(m.has_guard_pages(), checks == BoundsChecks::GuardPages);
        let base = m.data().as_ptr();
        m.data_mut()[WASM_PAGE - 1] = 7;
        assert_eq!(m.grow(2), Some(1));
        assert_eq!(m.grow(1), None);
        assert_eq!(m.pages(), 3);
        assert_eq!(m.data().as_ptr(), base);
        assert_eq!(m.data()[WASM_PAGE - 1], 7);
        assert_eq!(m.data()[3 * WASM_PAGE - 1], 0);
    }
}
