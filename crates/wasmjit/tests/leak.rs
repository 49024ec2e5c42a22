//! Leak check over many instantiations: every instance's memory, table,
//! globals and code references are returned when its store is dropped.
//!
//! This file is a test binary of its own with this one test, so that no
//! other test's allocations run in the process beside its measurements.

use wasmjit::{Engine, Instance, Module, Store, Val};

/// Resident and virtual size of this process in bytes (`/proc/self/statm`).
#[cfg(unix)]
fn rss_and_vsize() -> (u64, u64) {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap();
    let mut fields = statm.split_whitespace().map(|f| f.parse::<u64>().unwrap());
    let pages = fields.next().unwrap();
    let resident = fields.next().unwrap();
    (resident * 4096, pages * 4096)
}

/// Working set and address space in use (reserved or committed) of this
/// process in bytes: `K32GetProcessMemoryInfo`'s `WorkingSetSize` and
/// `GlobalMemoryStatusEx`'s total minus available user-mode virtual space.
#[cfg(windows)]
fn rss_and_vsize() -> (u64, u64) {
    use windows_sys::Win32::System::ProcessStatus::{
        K32GetProcessMemoryInfo, PROCESS_MEMORY_COUNTERS,
    };
    use windows_sys::Win32::System::SystemInformation::{GlobalMemoryStatusEx, MEMORYSTATUSEX};
    use windows_sys::Win32::System::Threading::GetCurrentProcess;
    // SAFETY: both calls only write the structs they are given, whose sizes
    // are set as the API requires; GetCurrentProcess is a pseudo-handle.
    unsafe {
        let mut counters: PROCESS_MEMORY_COUNTERS = std::mem::zeroed();
        counters.cb = std::mem::size_of::<PROCESS_MEMORY_COUNTERS>() as u32;
        assert!(K32GetProcessMemoryInfo(GetCurrentProcess(), &mut counters, counters.cb) != 0);
        let mut status: MEMORYSTATUSEX = std::mem::zeroed();
        status.dwLength = std::mem::size_of::<MEMORYSTATUSEX>() as u32;
        assert!(GlobalMemoryStatusEx(&mut status) != 0);
        (
            counters.WorkingSetSize as u64,
            status.ullTotalVirtual - status.ullAvailVirtual,
        )
    }
}

#[test]
fn instantiate_drop_cycles_do_not_leak() {
    let engine = Engine::default();
    let module = Module::from_wat(
        &engine,
        r#"(module
            (memory (export "m") 2 10)
            (table 8 funcref) (elem (i32.const 0) $f)
            (global (mut i64) (i64.const 0))
            (data (i32.const 100) "some data to copy")
            (func $f (export "f") (param i32) (result i32)
              (i32.store (i32.const 70000) (local.get 0))
              (drop (memory.grow (i32.const 1)))
              (i32.load (i32.const 70000))))"#,
    )
    .unwrap();
    let cycle = || {
        let mut store = Store::new(&engine);
        let inst = Instance::new(&mut store, &module, &[]).unwrap();
        let f = inst.get_func(&store, "f").unwrap();
        assert_eq!(
            f.call(&mut store, &[Val::I32(9)]).unwrap(),
            vec![Val::I32(9)]
        );
    };
    // Warm up allocator pools before measuring.
    for _ in 0..500 {
        cycle();
    }
    // Two equal batches: a leak grows the process in both, while a one-off
    // step (an allocator or, under Wine, a heap growing its reserve) shows in
    // one at most. The smaller growth is held to 5 KiB per cycle (each cycle
    // commits 192 KiB of linear memory, so leaking it would show 40 times
    // over) and to much less than one 8 GiB memory reservation per cycle.
    const CYCLES: u64 = 5_000;
    let mut grew = Vec::new();
    for _ in 0..2 {
        let (rss0, vsize0) = rss_and_vsize();
        for _ in 0..CYCLES {
            cycle();
        }
        let (rss1, vsize1) = rss_and_vsize();
        grew.push((rss1.saturating_sub(rss0), vsize1.saturating_sub(vsize0)));
    }
    let rss_grew = grew.iter().map(|g| g.0).min().unwrap();
    assert!(
        rss_grew < (CYCLES * 5) << 10,
        "resident memory grew by {} KiB in each of two batches of {CYCLES} cycles ({grew:?})",
        rss_grew >> 10
    );
    let vsize_grew = grew.iter().map(|g| g.1).min().unwrap();
    assert!(
        vsize_grew < 1 << 30,
        "address space grew by {} MiB in each of two batches of {CYCLES} cycles",
        vsize_grew >> 20
    );
}
