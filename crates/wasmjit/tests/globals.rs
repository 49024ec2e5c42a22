//! Globals stored in their instance's `VMContext` (issue 15): a module's
//! own global is read and written in place by its code, and the same slot
//! is what the embedder's `Global` handle, every importing instance and a
//! module loaded from `Module::serialize` bytes see. A kept `Global` keeps
//! the context that holds it.

use wasmjit::{Engine, Extern, Global, GlobalType, Instance, Module, Root, Store, Val, ValType};

/// Defines one global of every value type, exports them, and reads and
/// writes them from code.
const OWNER: &str = r#"(module
  (global $i (export "i") (mut i32) (i32.const 7))
  (global $l (export "l") (mut i64) (i64.const -5))
  (global $f (export "f") (mut f32) (f32.const 1.5))
  (global $d (export "d") (mut f64) (f64.const 2.25))
  (global $v (export "v") (mut v128) (v128.const i32x4 1 2 3 4))
  (global $k (export "k") i32 (i32.const 42))
  (func (export "bump") (result i32)
    global.get $i i32.const 1 i32.add global.set $i
    global.get $l i64.const 10 i64.add global.set $l
    global.get $f f32.const 1 f32.add global.set $f
    global.get $d global.get $d f64.add global.set $d
    global.get $v global.get $v i32x4.add global.set $v
    global.get $i global.get $k i32.add)
  (func (export "lane") (param i32) (result i32)
    block (result i32)
      block block block block
        local.get 0 br_table 0 1 2 3
      end global.get $v i32x4.extract_lane 0 br 3
      end global.get $v i32x4.extract_lane 1 br 2
      end global.get $v i32x4.extract_lane 2 br 1
      end global.get $v i32x4.extract_lane 3
    end))"#;

/// Imports the owner's mutable i32 and i64 and changes them.
const IMPORTER: &str = r#"(module
  (import "owner" "i" (global $i (mut i32)))
  (import "owner" "l" (global $l (mut i64)))
  (global $own (mut i32) (i32.const 100))
  (func (export "add") (param i32) (result i32)
    global.get $i local.get 0 i32.add global.set $i
    global.get $l i64.const 1000 i64.mul global.set $l
    global.get $own global.get $i i32.add))"#;

fn global(store: &Store, inst: Instance, name: &str) -> Global {
    match inst.get_export(store, name) {
        Some(Extern::Global(g)) => g,
        other => panic!("{name}: {other:?}"),
    }
}

fn call(store: &mut Store, inst: Instance, name: &str, args: &[Val]) -> Vec<Val> {
    inst.get_func(store, name)
        .unwrap()
        .call(store, args)
        .unwrap()
}

fn v128(lanes: [u32; 4]) -> Val {
    Val::V128(
        lanes
            .iter()
            .rev()
            .fold(0u128, |acc, &l| (acc << 32) | l as u128),
    )
}

#[test]
fn code_handles_and_importers_share_a_defined_global() {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let owner = Instance::new(&mut store, &Module::from_wat(&engine, OWNER).unwrap(), &[]).unwrap();
    let (i, l, f, d, v) = (
        global(&store, owner, "i"),
        global(&store, owner, "l"),
        global(&store, owner, "f"),
        global(&store, owner, "d"),
        global(&store, owner, "v"),
    );
    assert_eq!(call(&mut store, owner, "bump", &[]), [Val::I32(50)]);
    assert_eq!(i.get(&store), Val::I32(8));
    assert_eq!(l.get(&store), Val::I64(5));
    assert_eq!(f.get(&store), Val::F32(2.5f32.to_bits()));
    assert_eq!(d.get(&store), Val::F64(4.5f64.to_bits()));
    assert_eq!(v.get(&store), v128([2, 4, 6, 8]));
    // The embedder writes; the code reads what it wrote.
    i.set(&mut store, Val::I32(-1)).unwrap();
    v.set(&mut store, v128([10, 20, 30, 40])).unwrap();
    assert_eq!(call(&mut store, owner, "bump", &[]), [Val::I32(42)]);
    assert_eq!(
        call(&mut store, owner, "lane", &[Val::I32(3)]),
        [Val::I32(80)]
    );
    let k = global(&store, owner, "k");
    assert!(k.set(&mut store, Val::I32(1)).is_err());
    assert_eq!(k.get(&store), Val::I32(42));

    // Another instance imports two of them: its writes are the owner's.
    let importer = Module::from_wat(&engine, IMPORTER).unwrap();
    let imp = Instance::new(
        &mut store,
        &importer,
        &[Extern::Global(i), Extern::Global(l)],
    )
    .unwrap();
    assert_eq!(
        call(&mut store, imp, "add", &[Val::I32(5)]),
        [Val::I32(105)]
    );
    assert_eq!(i.get(&store), Val::I32(5));
    assert_eq!(l.get(&store), Val::I64(15_000));
    assert_eq!(call(&mut store, owner, "bump", &[]), [Val::I32(48)]);
    assert_eq!(i.get(&store), Val::I32(6));
    assert_eq!(l.get(&store), Val::I64(15_010));
    // Two importers and a host-made global side by side.
    let host = Global::new(
        &mut store,
        GlobalType {
            content: ValType::I64,
            mutable: true,
        },
        Val::I64(1),
    )
    .unwrap();
    let imp2 = Instance::new(
        &mut store,
        &importer,
        &[Extern::Global(i), Extern::Global(host)],
    )
    .unwrap();
    assert_eq!(
        call(&mut store, imp2, "add", &[Val::I32(1)]),
        [Val::I32(107)]
    );
    assert_eq!(host.get(&store), Val::I64(1000));
    assert_eq!(
        call(&mut store, imp, "add", &[Val::I32(1)]),
        [Val::I32(108)]
    );
    assert_eq!(l.get(&store), Val::I64(15_010_000));
}

#[test]
fn a_kept_global_keeps_the_context_that_holds_it() {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let owner = Instance::new(&mut store, &Module::from_wat(&engine, OWNER).unwrap(), &[]).unwrap();
    let i = global(&store, owner, "i");
    call(&mut store, owner, "bump", &[]);
    // Only the global is a root: its value lives in the owner's context,
    // so the owner stays (and so does everything it holds).
    let garbage = store.collect([Root::Extern(Extern::Global(i))]).unwrap();
    assert_eq!(garbage.instances(), 0);
    assert_eq!(i.get(&store), Val::I32(8));
    i.set(&mut store, Val::I32(70)).unwrap();
    let importer = Module::from_wat(&engine, IMPORTER).unwrap();
    let l = Global::new(
        &mut store,
        GlobalType {
            content: ValType::I64,
            mutable: true,
        },
        Val::I64(0),
    )
    .unwrap();
    let imp = Instance::new(
        &mut store,
        &importer,
        &[Extern::Global(i), Extern::Global(l)],
    )
    .unwrap();
    assert_eq!(
        call(&mut store, imp, "add", &[Val::I32(1)]),
        [Val::I32(171)]
    );
    // Without roots, both instances and the globals go.
    store.collect([]).unwrap();
    assert_eq!(store.object_count(), 0);
}

#[test]
fn serialized_code_reads_globals_where_the_loading_engine_puts_them() {
    let engine = Engine::default();
    let bytes = Module::from_wat(&engine, OWNER).unwrap().serialize();
    let other = Engine::default();
    let module = Module::deserialize(&other, &bytes).unwrap();
    let mut store = Store::new(&other);
    let owner = Instance::new(&mut store, &module, &[]).unwrap();
    assert_eq!(call(&mut store, owner, "bump", &[]), [Val::I32(50)]);
    global(&store, owner, "i")
        .set(&mut store, Val::I32(0))
        .unwrap();
    assert_eq!(call(&mut store, owner, "bump", &[]), [Val::I32(43)]);
    assert_eq!(
        call(&mut store, owner, "lane", &[Val::I32(0)]),
        [Val::I32(4)]
    );
}

/// A global used often (as AssemblyScript's `__stack_pointer`) lives in a
/// register in the function: reads before a call that changes it keep the
/// old value, reads after it see the new one, and a trap leaves the
/// context current.
const HOT: &str = r#"(module
  (global $sp (export "sp") (mut i32) (i32.const 1000))
  (func $push (param i32) (result i32)
    global.get $sp local.get 0 i32.sub global.set $sp global.get $sp)
  (func $touch loop end global.get $sp i32.const 7 i32.add global.set $sp)
  (func (export "frame") (param $n i32) (result i32)
    global.get $sp                         ;; 1000
    global.get $sp i32.const 16 i32.sub global.set $sp
    call $touch                            ;; sp = 991 (984 + 7)
    global.get $sp                         ;; 991
    i32.const 8 call $push                 ;; 983
    i32.add i32.sub                        ;; 1000 - (991 + 983)
    global.get $sp i32.const 1 i32.add global.set $sp
    local.get $n i32.eqz if unreachable end)
  (func (export "reset") i32.const 1000 global.set $sp))"#;

#[test]
fn a_hot_global_in_a_register_stays_the_context_value() {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let m = Instance::new(&mut store, &Module::from_wat(&engine, HOT).unwrap(), &[]).unwrap();
    let sp = global(&store, m, "sp");
    assert_eq!(
        call(&mut store, m, "frame", &[Val::I32(1)]),
        [Val::I32(1000 - (991 + 983))]
    );
    assert_eq!(sp.get(&store), Val::I32(984));
    call(&mut store, m, "reset", &[]);
    let r = m
        .get_func(&store, "frame")
        .unwrap()
        .call(&mut store, &[Val::I32(0)]);
    assert!(r.is_err(), "frame(0) traps");
    assert_eq!(
        sp.get(&store),
        Val::I32(984),
        "the trap leaves the context current"
    );
}
