//! Bounds-check strategies ([`BoundsChecks`]): explicit checks follow the
//! memory's current size, code compiled with guard pages is never run on
//! a memory without them, and an engine made where 8 GiB of address space
//! cannot be reserved checks explicitly. (Every access form at the edges
//! runs with both strategies in `sandbox.rs`; the whole spec suite runs
//! with both in `spec-tests`.)

use wasmjit::{
    BoundsChecks, Engine, Error, Extern, Instance, Module, Store, StoreLimits, TrapKind, Val,
};

const PAGE: i32 = 65536;

fn engine(checks: BoundsChecks) -> Engine {
    Engine::with_bounds_checks(StoreLimits::default(), checks).unwrap()
}

const GROWING: &str = r#"(module (memory (export "mem") 1 3)
    (func (export "load") (param i32) (result i32) local.get 0 i32.load)
    (func (export "store") (param i32 i32) local.get 0 local.get 1 i32.store)
    (func (export "grow") (param i32) (result i32) local.get 0 memory.grow))"#;

fn is_oob(r: wasmjit::Result<Vec<Val>>) -> bool {
    matches!(r, Err(Error::Trap(t)) if t.kind() == TrapKind::MemoryOutOfBounds)
}

#[test]
fn explicit_checks_follow_memory_grow() {
    let engine = engine(BoundsChecks::Explicit);
    let module = Module::from_wat(&engine, GROWING).unwrap();
    let mut store = Store::new(&engine);
    let inst = Instance::new(&mut store, &module, &[]).unwrap();
    let f = |name: &str| inst.get_func(&store, name).unwrap();
    let (load, store_fn, grow) = (f("load"), f("store"), f("grow"));
    // The last word of page 0 is in bounds, one byte further is not.
    store_fn
        .call(&mut store, &[Val::I32(PAGE - 4), Val::I32(7)])
        .unwrap();
    assert_eq!(
        load.call(&mut store, &[Val::I32(PAGE - 4)]).unwrap(),
        [Val::I32(7)]
    );
    assert!(is_oob(load.call(&mut store, &[Val::I32(PAGE - 3)])));
    assert!(is_oob(
        store_fn.call(&mut store, &[Val::I32(PAGE - 3), Val::I32(1)])
    ));
    // After growing, the new page is reachable and the next one is not.
    assert_eq!(
        grow.call(&mut store, &[Val::I32(1)]).unwrap(),
        [Val::I32(1)]
    );
    store_fn
        .call(&mut store, &[Val::I32(2 * PAGE - 4), Val::I32(9)])
        .unwrap();
    assert_eq!(
        load.call(&mut store, &[Val::I32(2 * PAGE - 4)]).unwrap(),
        [Val::I32(9)]
    );
    assert!(is_oob(load.call(&mut store, &[Val::I32(2 * PAGE - 3)])));
    // Growing from the host is seen by the code too.
    let Some(Extern::Memory(mem)) = inst.get_export(&store, "mem") else {
        panic!("no memory export")
    };
    mem.grow(&mut store, 1).unwrap();
    assert_eq!(
        load.call(&mut store, &[Val::I32(3 * PAGE - 4)]).unwrap(),
        [Val::I32(0)]
    );
    assert!(is_oob(load.call(&mut store, &[Val::I32(3 * PAGE - 3)])));
    assert!(is_oob(load.call(&mut store, &[Val::I32(-1)])));
}

#[test]
fn guard_page_code_needs_memories_with_guard_pages() {
    let guarded = engine(BoundsChecks::GuardPages);
    let explicit = engine(BoundsChecks::Explicit);
    // Compiled for guard pages, instantiated in a store whose memories have
    // none: refused before anything is allocated.
    let module = Module::from_wat(&guarded, GROWING).unwrap();
    let mut store = Store::new(&explicit);
    match Instance::new(&mut store, &module, &[]) {
        Err(Error::Usage(m)) => assert!(m.contains("guard pages"), "{m}"),
        other => panic!("expected a usage error, got {:?}", other.map(|_| ())),
    }
    // A module without memory runs anywhere.
    let plain = r#"(module (func (export "f") (result i32) i32.const 5))"#;
    let module = Module::from_wat(&guarded, plain).unwrap();
    let inst = Instance::new(&mut store, &module, &[]).unwrap();
    let f = inst.get_func(&store, "f").unwrap();
    assert_eq!(f.call(&mut store, &[]).unwrap(), [Val::I32(5)]);
}

/// x86-64 only: a 32-bit process has no memory with guard pages (see
/// `guard_pages_need_a_64_bit_address_space`).
#[cfg(target_pointer_width = "64")]
#[test]
fn explicit_checks_run_on_memories_with_guard_pages() {
    let guarded = engine(BoundsChecks::GuardPages);
    let explicit = engine(BoundsChecks::Explicit);
    let module = Module::from_wat(&explicit, GROWING).unwrap();
    let mut store = Store::new(&guarded);
    let inst = Instance::new(&mut store, &module, &[]).unwrap();
    let load = inst.get_func(&store, "load").unwrap();
    assert!(is_oob(load.call(&mut store, &[Val::I32(PAGE - 3)])));
}

/// The 32-bit counterpart of `explicit_checks_run_on_memories_with_guard_pages`:
/// code compiled for guard pages gets no memory there (the reservation
/// would be 8 GiB), so it never runs unchecked; a clean error instead.
#[cfg(target_pointer_width = "32")]
#[test]
fn guard_pages_need_a_64_bit_address_space() {
    let guarded = engine(BoundsChecks::GuardPages);
    let module = Module::from_wat(&guarded, GROWING).unwrap();
    let mut store = Store::new(&guarded);
    match Instance::new(&mut store, &module, &[]) {
        Err(Error::Resource(m)) => assert!(m.contains("64-bit address space"), "{m}"),
        other => panic!("expected a resource error, got {:?}", other.map(|_| ())),
    }
    // Nor does the host get one.
    let ty = wasmjit::MemoryType {
        limits: wasmjit::Limits { min: 1, max: None },
        memory64: false,
        shared: false,
    };
    assert!(matches!(
        wasmjit::Memory::new(&mut store, ty),
        Err(Error::Resource(_))
    ));
}

/// What `Engine::default()` gives where 8 GiB of address space cannot be
/// reserved: explicit checks that work.
fn default_engine_checks_explicitly() {
    let engine = Engine::default();
    assert_eq!(engine.bounds_checks(), BoundsChecks::Explicit);
    let module = Module::from_wat(&engine, GROWING).unwrap();
    let mut store = Store::new(&engine);
    let inst = Instance::new(&mut store, &module, &[]).unwrap();
    let load = inst.get_func(&store, "load").unwrap();
    assert_eq!(
        load.call(&mut store, &[Val::I32(PAGE - 4)]).unwrap(),
        [Val::I32(0)]
    );
    assert!(is_oob(load.call(&mut store, &[Val::I32(PAGE - 3)])));
}

/// Run in a child process limited to 4 GiB of address space (by
/// `limited_address_space_means_explicit_checks`).
#[test]
#[ignore = "run by limited_address_space_means_explicit_checks in a child process"]
fn child_with_4gib_of_address_space() {
    default_engine_checks_explicitly();
    println!("child ran with explicit bounds checks");
}

/// x86-64 only (a 32-bit process has less than 4 GiB anyway); the 32-bit
/// counterpart is `a_32_bit_process_means_explicit_checks`.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
#[test]
fn limited_address_space_means_explicit_checks() {
    use std::os::unix::process::CommandExt;
    let mut cmd = std::process::Command::new(std::env::current_exe().unwrap());
    cmd.args([
        "--exact",
        "child_with_4gib_of_address_space",
        "--ignored",
        "--nocapture",
        "--test-threads=1",
    ]);
    // SAFETY: the closure runs in the forked child before exec and only
    // calls setrlimit, which is async-signal-safe.
    unsafe {
        cmd.pre_exec(|| {
            let lim = libc::rlimit {
                rlim_cur: 4 << 30,
                rlim_max: 4 << 30,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("child ran with explicit bounds checks"),
        "child failed ({}):\n{stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
}

#[cfg(target_pointer_width = "32")]
#[test]
fn a_32_bit_process_means_explicit_checks() {
    default_engine_checks_explicitly();
}
