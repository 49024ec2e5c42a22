//! Multiple memories (Wasm 3.0, spec §2.5.5 memories, §4.4.7 memory
//! instructions with a memory index): every instruction reaches the memory
//! its index names and only that one, with its own size and bounds; growing
//! one leaves the others where they are; `memory.copy` moves bytes between
//! memories of different sizes; memories are imported and exported by
//! name. With both bounds-check strategies and both vector instruction sets
//! (the scalar access forms at the bounds of memory 1 are in `sandbox.rs`).

use wasmjit::{
    BoundsChecks, Engine, Error, Extern, Instance, Module, SimdIsa, Store, StoreLimits, TrapKind,
    Val, WasmFeatures,
};

const PAGE: i32 = 65536;

/// Every engine configuration this target has: guard pages need a 64-bit
/// address space, so a 32-bit process checks explicitly only.
fn engines() -> Vec<Engine> {
    let mut v = Vec::new();
    let strategies: &[BoundsChecks] = if cfg!(target_pointer_width = "64") {
        &[BoundsChecks::GuardPages, BoundsChecks::Explicit]
    } else {
        &[BoundsChecks::Explicit]
    };
    for &checks in strategies {
        for isa in [SimdIsa::Sse41, SimdIsa::host()] {
            v.push(Engine::with_simd_isa(StoreLimits::default(), checks, isa).unwrap());
        }
    }
    v
}

fn is_oob<T: std::fmt::Debug>(r: wasmjit::Result<T>) -> bool {
    matches!(r, Err(Error::Trap(t)) if t.kind() == TrapKind::MemoryOutOfBounds)
}

/// Memory 0 (`a`) has 2 pages, memory 1 (`b`) 1 page (max 3), memory 2
/// (`c`) none (max 1).
const THREE: &str = r#"(module
  (memory $a (export "a") 2 2)
  (memory $b (export "b") 1 3)
  (memory $c (export "c") 0 1)
  (data (memory $b) (i32.const 8) "\01\02\03\04")
  (data $passive "hello")
  (func (export "load_b") (param i32) (result i32) local.get 0 i32.load $b)
  (func (export "store_b") (param i32 i32) local.get 0 local.get 1 i32.store $b)
  (func (export "load8_b") (param i32) (result i32) local.get 0 i32.load8_u $b offset=3)
  (func (export "store_c") (param i32 i32) local.get 0 local.get 1 i32.store8 $c)
  (func (export "load_a") (param i32) (result i32) local.get 0 i32.load $a)
  (func (export "sizes") (result i32 i32 i32) memory.size $a memory.size $b memory.size $c)
  (func (export "grow_b") (param i32) (result i32) local.get 0 memory.grow $b)
  (func (export "grow_c") (param i32) (result i32) local.get 0 memory.grow $c)
  (func (export "fill_b") (param i32 i32 i32)
    local.get 0 local.get 1 local.get 2 memory.fill $b)
  (func (export "copy_a_to_b") (param i32 i32 i32)
    local.get 0 local.get 1 local.get 2 memory.copy $b $a)
  (func (export "copy_b_to_a") (param i32 i32 i32)
    local.get 0 local.get 1 local.get 2 memory.copy $a $b)
  (func (export "copy_b_to_b") (param i32 i32 i32)
    local.get 0 local.get 1 local.get 2 memory.copy $b $b)
  (func (export "init_b") (param i32 i32 i32)
    local.get 0 local.get 1 local.get 2 memory.init $b $passive)
  (func (export "drop") data.drop $passive)
  (func (export "v128_b") (param i32) (result i64)
    ;; loads 16 bytes of b, adds 1 to each byte, stores them back 16 bytes on
    (local v128)
    local.get 0 v128.load $b
    i32.const 1 i8x16.splat i8x16.add
    local.set 1
    local.get 0 local.get 1 v128.store $b offset=16
    local.get 1 i64x2.extract_lane 0)
  (func (export "v128_lanes_b") (param i32) (result i32)
    ;; a splat load, then a lane load into it (byte 5), on b
    local.get 0
    local.get 0 v128.load32_splat $b
    v128.load8_lane $b 5
    i32x4.extract_lane 1)
  (func (export "v128_store_lane_b") (param i32 i64)
    local.get 0 local.get 1 i64x2.splat v128.store64_lane $b 1)
)"#;

fn setup(engine: &Engine) -> (Store, Instance) {
    let module = Module::from_wat(engine, THREE).unwrap();
    let mut store = Store::new(engine);
    let inst = Instance::new(&mut store, &module, &[]).unwrap();
    (store, inst)
}

fn call(store: &mut Store, inst: &Instance, name: &str, args: &[i32]) -> wasmjit::Result<Vec<Val>> {
    let f = inst.get_func(store, name).unwrap();
    let args: Vec<Val> = args.iter().map(|&a| Val::I32(a)).collect();
    f.call(store, &args)
}

fn memory(store: &Store, inst: &Instance, name: &str) -> wasmjit::Memory {
    match inst.get_export(store, name) {
        Some(Extern::Memory(m)) => m,
        other => panic!("{name}: {other:?}"),
    }
}

#[test]
fn each_access_reaches_its_memory_and_traps_at_its_bounds() {
    for engine in engines() {
        let (mut s, inst) = setup(&engine);
        let (a, b) = (memory(&s, &inst, "a"), memory(&s, &inst, "b"));
        // The active segment went to memory 1.
        assert_eq!(&b.data(&s)[8..12], &[1, 2, 3, 4]);
        assert!(a.data(&s).iter().all(|&x| x == 0));
        call(&mut s, &inst, "store_b", &[PAGE - 4, 0x0a0b0c0d]).unwrap();
        assert_eq!(
            call(&mut s, &inst, "load_b", &[PAGE - 4]).unwrap(),
            [Val::I32(0x0a0b0c0d)]
        );
        assert_eq!(
            call(&mut s, &inst, "load8_b", &[PAGE - 4]).unwrap(),
            [Val::I32(0x0a)]
        );
        // Memory 1 ends at 1 page although memory 0 has 2.
        assert!(is_oob(call(&mut s, &inst, "load_b", &[PAGE - 3])));
        assert!(is_oob(call(&mut s, &inst, "store_b", &[PAGE, 1])));
        assert!(is_oob(call(&mut s, &inst, "load8_b", &[PAGE - 3])));
        assert_eq!(
            call(&mut s, &inst, "load_a", &[2 * PAGE - 4]).unwrap(),
            [Val::I32(0)]
        );
        // Memory 2 has no page: every access traps.
        assert!(is_oob(call(&mut s, &inst, "store_c", &[0, 1])));
        assert!(a.data(&s).iter().all(|&x| x == 0), "memory 0 was written");
    }
}

#[test]
fn growing_one_memory_leaves_the_others() {
    for engine in engines() {
        let (mut s, inst) = setup(&engine);
        let (a, b) = (memory(&s, &inst, "a"), memory(&s, &inst, "b"));
        a.data_mut(&mut s)[100] = 42;
        let a_base = a.data(&s).as_ptr();
        let sizes = |s: &mut Store| call(s, &inst, "sizes", &[]).unwrap();
        assert_eq!(sizes(&mut s), [Val::I32(2), Val::I32(1), Val::I32(0)]);
        assert_eq!(call(&mut s, &inst, "grow_b", &[2]).unwrap(), [Val::I32(1)]);
        assert_eq!(sizes(&mut s), [Val::I32(2), Val::I32(3), Val::I32(0)]);
        // Past its maximum: -1, nothing changes.
        assert_eq!(call(&mut s, &inst, "grow_b", &[1]).unwrap(), [Val::I32(-1)]);
        assert_eq!(call(&mut s, &inst, "grow_c", &[1]).unwrap(), [Val::I32(0)]);
        assert_eq!(sizes(&mut s), [Val::I32(2), Val::I32(3), Val::I32(1)]);
        assert_eq!(a.data(&s).as_ptr(), a_base, "memory 0 moved");
        assert_eq!(a.data(&s).len(), 2 * PAGE as usize);
        assert_eq!(a.data(&s)[100], 42);
        assert_eq!(b.size(&s), 3);
        // The new pages of memory 1 are reachable, up to its new end.
        call(&mut s, &inst, "store_b", &[3 * PAGE - 4, 7]).unwrap();
        assert!(is_oob(call(&mut s, &inst, "store_b", &[3 * PAGE - 3, 7])));
        call(&mut s, &inst, "store_c", &[PAGE - 1, 9]).unwrap();
        assert_eq!(memory(&s, &inst, "c").data(&s)[PAGE as usize - 1], 9);
        // Growing from the host is seen by the code too.
        let c = memory(&s, &inst, "c");
        assert!(c.grow(&mut s, 1).is_err());
        assert!(is_oob(call(&mut s, &inst, "store_c", &[PAGE, 9])));
    }
}

#[test]
fn memory_copy_between_memories_of_different_sizes() {
    for engine in engines() {
        let (mut s, inst) = setup(&engine);
        let (a, b) = (memory(&s, &inst, "a"), memory(&s, &inst, "b"));
        for (i, x) in a.data_mut(&mut s).iter_mut().enumerate() {
            *x = (i % 251) as u8;
        }
        // From the second page of memory 0 to the end of memory 1.
        call(&mut s, &inst, "copy_a_to_b", &[PAGE - 16, PAGE + 5, 16]).unwrap();
        let want: Vec<u8> = (PAGE + 5..PAGE + 21).map(|i| (i % 251) as u8).collect();
        assert_eq!(&b.data(&s)[PAGE as usize - 16..], &want[..]);
        // A range past memory 1's end (within memory 0's size) traps and
        // writes nothing.
        let before = b.data(&s).to_vec();
        assert!(is_oob(call(
            &mut s,
            &inst,
            "copy_a_to_b",
            &[PAGE - 15, 0, 16]
        )));
        assert!(is_oob(call(
            &mut s,
            &inst,
            "copy_b_to_a",
            &[0, PAGE - 15, 16]
        )));
        assert_eq!(b.data(&s), &before[..]);
        // Memory 1 to memory 0, to a place memory 1 does not have.
        call(
            &mut s,
            &inst,
            "copy_b_to_a",
            &[2 * PAGE - 16, PAGE - 16, 16],
        )
        .unwrap();
        assert_eq!(&a.data(&s)[2 * PAGE as usize - 16..], &want[..]);
        // Within memory 1, overlapping: as memmove.
        call(&mut s, &inst, "copy_b_to_b", &[9, 8, 4]).unwrap();
        assert_eq!(&b.data(&s)[8..13], &[1, 1, 2, 3, 4]);
        // fill and init on memory 1, checked against its size.
        call(&mut s, &inst, "fill_b", &[PAGE - 2, 0x1ff, 2]).unwrap();
        assert_eq!(&b.data(&s)[PAGE as usize - 2..], &[0xff, 0xff]);
        assert!(is_oob(call(&mut s, &inst, "fill_b", &[PAGE - 1, 0, 2])));
        call(&mut s, &inst, "init_b", &[PAGE - 5, 0, 5]).unwrap();
        assert_eq!(&b.data(&s)[PAGE as usize - 5..], b"hello");
        assert!(is_oob(call(&mut s, &inst, "init_b", &[PAGE - 4, 0, 5])));
        call(&mut s, &inst, "drop", &[]).unwrap();
        assert!(is_oob(call(&mut s, &inst, "init_b", &[0, 0, 1])));
        call(&mut s, &inst, "init_b", &[PAGE, 0, 0]).unwrap();
    }
}

#[test]
fn v128_accesses_on_memory_1() {
    for engine in engines() {
        let (mut s, inst) = setup(&engine);
        let (a, b) = (memory(&s, &inst, "a"), memory(&s, &inst, "b"));
        for (i, x) in b.data_mut(&mut s).iter_mut().enumerate() {
            *x = i as u8;
        }
        let at = PAGE - 32;
        let got = call(&mut s, &inst, "v128_b", &[at]).unwrap();
        let lo = u64::from_le_bytes(std::array::from_fn(|i| (at as usize + i) as u8 + 1));
        assert_eq!(got, [Val::I64(lo as i64)]);
        let want: Vec<u8> = (0..16).map(|i| (at as usize + i) as u8 + 1).collect();
        assert_eq!(&b.data(&s)[PAGE as usize - 16..], &want[..]);
        // 16 bytes from PAGE - 31 end past memory 1 (not past memory 0).
        assert!(is_oob(call(&mut s, &inst, "v128_b", &[PAGE - 31])));
        // Splat and lane loads: lane 1 of the splat is the word at 0x20,
        // whose byte 1 (byte 5 of the vector) the lane load sets to 0x20.
        assert_eq!(
            call(&mut s, &inst, "v128_lanes_b", &[0x20]).unwrap(),
            [Val::I32(0x23222020)]
        );
        assert!(is_oob(call(&mut s, &inst, "v128_lanes_b", &[PAGE - 3])));
        let f = inst.get_func(&s, "v128_store_lane_b").unwrap();
        f.call(&mut s, &[Val::I32(PAGE - 8), Val::I64(-1)]).unwrap();
        assert_eq!(&b.data(&s)[PAGE as usize - 8..], &[0xff; 8]);
        assert!(is_oob(f.call(&mut s, &[Val::I32(PAGE - 7), Val::I64(0)])));
        assert!(a.data(&s).iter().all(|&x| x == 0), "memory 0 was written");
    }
}

#[test]
fn memories_are_imported_and_exported_by_name() {
    let engine = Engine::default();
    let mut s = Store::new(&engine);
    let exporter = Module::from_wat(
        &engine,
        r#"(module
        (memory (export "m0") 1) (memory (export "m1") 1 2))"#,
    )
    .unwrap();
    let ex = Instance::new(&mut s, &exporter, &[]).unwrap();
    let (m0, m1) = (memory(&s, &ex, "m0"), memory(&s, &ex, "m1"));
    // Imported in the other order: the importer's memory 0 is m1.
    let importer = Module::from_wat(
        &engine,
        r#"(module
        (import "ex" "m1" (memory 1))
        (import "ex" "m0" (memory 1))
        (memory 1)
        (func (export "put") (param i32 i32 i32)
            local.get 0 local.get 1 i32.store8 0
            local.get 0 local.get 2 i32.store8 1
            local.get 0 i32.const 3 i32.store8 2))"#,
    )
    .unwrap();
    let im = Instance::new(&mut s, &importer, &[Extern::Memory(m1), Extern::Memory(m0)]).unwrap();
    call(&mut s, &im, "put", &[10, 0x11, 0x22]).unwrap();
    assert_eq!(m1.data(&s)[10], 0x11);
    assert_eq!(m0.data(&s)[10], 0x22);
}

#[test]
fn a_wasm_2_engine_rejects_a_second_memory() {
    let engine = Engine::with_features(
        StoreLimits::default(),
        Engine::default().bounds_checks(),
        SimdIsa::host(),
        WasmFeatures::WASM2,
    )
    .unwrap();
    let two = "(module (memory 1) (memory 1))";
    assert!(matches!(
        Module::from_wat(&engine, two),
        Err(Error::Invalid { .. })
    ));
    assert!(Module::from_wat(&Engine::default(), two).is_ok());
    assert!(matches!(
        Engine::with_features(
            StoreLimits::default(),
            BoundsChecks::Explicit,
            SimdIsa::Sse41,
            WasmFeatures::GC,
        ),
        Err(Error::Usage(_))
    ));
}

/// The operands of `memory.fill/copy/init` read from locals pinned to
/// registers, among them registers the helpers' arguments go to (x86-64:
/// r8, r9, rdi): each helper gets the operands' values, whatever order the
/// argument registers are written in.
#[test]
fn bulk_operands_from_pinned_locals() {
    let text = r#"(module (memory (export "m0") 1) (memory (export "m1") 1)
      (data $d "abcdefgh")
      (func (export "f") (param $a i32) (param $b i32) (param $c i32) (param $e i32)
                         (param $f i32) (param $g i32) (param $h i32)
        (local $i i32)
        (loop $l
          local.get $a local.get $b i32.add local.get $c i32.add local.get $e i32.add
          local.get $f i32.add local.get $g i32.add local.get $h i32.add drop
          local.get $i i32.const 1 i32.add local.tee $i i32.const 10 i32.lt_u br_if $l)
        ;; fill 1: dst $e, value $f, n $g
        local.get $e local.get $f local.get $g memory.fill 1
        ;; copy 1 -> 0: dst $h, src $e, n $c
        local.get $h local.get $e local.get $c memory.copy 0 1
        ;; init 1: dst $a, src $c, n $b
        local.get $a local.get $c local.get $b memory.init 1 $d))"#;
    for engine in engines() {
        let module = Module::from_wat(&engine, text).unwrap();
        let mut s = Store::new(&engine);
        let inst = Instance::new(&mut s, &module, &[]).unwrap();
        // a=100 b=3 c=2 e=40 f=0x55 g=4 h=200
        call(&mut s, &inst, "f", &[100, 3, 2, 40, 0x55, 4, 200]).unwrap();
        let (m0, m1) = (memory(&s, &inst, "m0"), memory(&s, &inst, "m1"));
        assert_eq!(&m1.data(&s)[40..44], &[0x55; 4]);
        assert_eq!(&m0.data(&s)[200..204], &[0x55, 0x55, 0, 0]);
        assert_eq!(&m1.data(&s)[100..103], b"cde");
        assert!(m0.data(&s)[..200].iter().all(|&x| x == 0));
    }
}
