//! `Store::collect` (issue 12): instances that import a memory, table or
//! global from a long-lived instance share its store; collecting frees the
//! ones nothing refers to any more, and keeps everything a root still
//! reaches (through tables, globals, element segments, imports).

use wasmjit::{
    Engine, Error, Extern, ExternRef, Func, FuncType, Instance, Module, Root, Store, Val, ValType,
};

const LIBRARY: &str = r#"(module
  (memory (export "memory") 1)
  (table (export "table") 4 funcref)
  (table (export "things") 2 externref)
  (global (export "counter") (mut i32) (i32.const 0))
  (global (export "hook") (mut funcref) (ref.null func))
  (type $t (func (param i32) (result i32)))
  (func (export "twice") (param i32) (result i32) local.get 0 i32.const 2 i32.mul)
  (func (export "call_slot") (param i32 i32) (result i32)
    local.get 1 local.get 0 call_indirect (type $t))
  (func (export "call_hook") (param i32) (result i32)
    i32.const 0 global.get 1 table.set 0
    local.get 0 i32.const 0 call_indirect (type $t))
  (func (export "clear_slot") (param i32) local.get 0 ref.null func table.set 0)
  (func (export "clear_hook") ref.null func global.set 1))"#;

/// Imports everything the library exports and uses all of it.
const REQUEST: &str = r#"(module
  (import "lib" "memory" (memory 1))
  (import "lib" "table" (table 4 funcref))
  (import "lib" "counter" (global $c (mut i32)))
  (import "lib" "twice" (func $twice (param i32) (result i32)))
  (import "host" "log" (func $log (param i32)))
  (func (export "handle") (param i32) (result i32)
    global.get $c i32.const 1 i32.add global.set $c
    i32.const 0 local.get 0 i32.store
    i32.const 0 i32.load call $twice
    local.get 0 call $log))"#;

/// Puts its `plus1` in slot 1 of the library's table (an active segment)
/// and in the library's `hook` global when `install` runs.
const PLUGIN: &str = r#"(module
  (import "lib" "table" (table 4 funcref))
  (import "lib" "hook" (global $hook (mut funcref)))
  (func $plus1 (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (elem (i32.const 1) func $plus1)
  (elem declare func $plus1)
  (func (export "install") ref.func $plus1 global.set $hook)
  (memory 1))"#;

fn setup() -> (Engine, Store, Instance, Func) {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let lib = Instance::new(
        &mut store,
        &Module::from_wat(&engine, LIBRARY).unwrap(),
        &[],
    )
    .unwrap();
    let log = Func::new(&mut store, FuncType::new([ValType::I32], []), |_, _, _| {
        Ok(())
    });
    (engine, store, lib, log)
}

fn exports(store: &Store, inst: Instance, names: &[&str]) -> Vec<Extern> {
    names
        .iter()
        .map(|n| inst.get_export(store, n).unwrap())
        .collect()
}

fn call(store: &mut Store, inst: Instance, name: &str, args: &[Val]) -> Vec<Val> {
    inst.get_func(store, name)
        .unwrap()
        .call(store, args)
        .unwrap()
}

#[test]
fn per_request_instances_are_freed_and_the_library_keeps_working() {
    let (engine, mut store, lib, log) = setup();
    let request = Module::from_wat(&engine, REQUEST).unwrap();
    let mut imports = exports(&store, lib, &["memory", "table", "counter", "twice"]);
    imports.push(Extern::Func(log));
    let roots = [Root::Instance(lib), Root::Extern(Extern::Func(log))];
    let mut counts = Vec::new();
    for i in 0..2000 {
        let r = Instance::new(&mut store, &request, &imports).unwrap();
        assert_eq!(
            call(&mut store, r, "handle", &[Val::I32(i)]),
            [Val::I32(2 * i)]
        );
        let garbage = store.collect(roots).unwrap();
        assert_eq!(garbage.instances(), 1);
        counts.push((store.object_count(), store.allocated_bytes()));
    }
    assert!(counts.windows(2).all(|w| w[0] == w[1]), "{counts:?}");
    let counter = lib.get_export(&store, "counter").unwrap();
    let Extern::Global(counter) = counter else {
        panic!()
    };
    assert_eq!(counter.get(&store), Val::I32(2000));
    assert_eq!(
        call(&mut store, lib, "twice", &[Val::I32(21)]),
        [Val::I32(42)]
    );
}

#[test]
fn an_instance_reachable_through_a_table_or_global_stays_until_unreferenced() {
    let (engine, mut store, lib, _) = setup();
    let plugin = Module::from_wat(&engine, PLUGIN).unwrap();
    let imports = exports(&store, lib, &["table", "hook"]);
    store.collect([Root::Instance(lib)]).unwrap(); // the unused `log`
    let before = store.object_count();
    let bytes = store.allocated_bytes();
    let p = Instance::new(&mut store, &plugin, &imports).unwrap();
    call(&mut store, p, "install", &[]);
    // Only the library is a root: the plugin lives on through slot 1 of
    // the library's table and through its `hook` global.
    for _ in 0..2 {
        assert!(store.collect([Root::Instance(lib)]).unwrap().is_empty());
    }
    let slot = |store: &mut Store, i| call(store, lib, "call_slot", &[Val::I32(i), Val::I32(41)]);
    assert_eq!(slot(&mut store, 1), [Val::I32(42)]);
    call(&mut store, lib, "clear_slot", &[Val::I32(1)]);
    assert!(store.collect([Root::Instance(lib)]).unwrap().is_empty());
    // Through the global alone (copied into slot 0 by `call_hook`, which
    // then clears it again below).
    assert_eq!(
        call(&mut store, lib, "call_hook", &[Val::I32(9)]),
        [Val::I32(10)]
    );
    call(&mut store, lib, "clear_slot", &[Val::I32(0)]);
    assert!(store.collect([Root::Instance(lib)]).unwrap().is_empty());
    call(&mut store, lib, "clear_hook", &[]);
    let garbage = store.collect([Root::Instance(lib)]).unwrap();
    assert_eq!(garbage.instances(), 1);
    assert_eq!(store.object_count(), before);
    assert_eq!(store.allocated_bytes(), bytes);
}

#[test]
fn exported_objects_keep_their_instance_and_cycles_without_roots_are_freed() {
    let (engine, mut store, lib, _) = setup();
    let plugin = Module::from_wat(&engine, PLUGIN).unwrap();
    let imports = exports(&store, lib, &["table", "hook"]);
    let p = Instance::new(&mut store, &plugin, &imports).unwrap();
    let install = p.get_func(&store, "install").unwrap();
    // The library is dropped: the plugin's `install` (a root) keeps the
    // plugin, which keeps the library's table and global it imports.
    store
        .collect([Root::Extern(Extern::Func(install))])
        .unwrap();
    install.call(&mut store, &[]).unwrap();
    // The library's table and the plugin refer to each other: with no
    // root at all, everything goes.
    store.collect([]).unwrap();
    assert_eq!(store.object_count(), 0);
    assert_eq!(store.allocated_bytes(), 0);
}

#[test]
fn externrefs_and_host_functions_in_tables_are_kept_then_freed() {
    let (_, mut store, lib, log) = setup();
    let things = match lib.get_export(&store, "things").unwrap() {
        Extern::Table(t) => t,
        _ => unreachable!(),
    };
    let value = store.extern_ref(String::from("kept"));
    things
        .set(&mut store, 1, Val::ExternRef(Some(value)))
        .unwrap();
    let table = match lib.get_export(&store, "table").unwrap() {
        Extern::Table(t) => t,
        _ => unreachable!(),
    };
    table.set(&mut store, 3, Val::FuncRef(Some(log))).unwrap();
    let garbage = store.collect([Root::Instance(lib)]).unwrap();
    assert!(garbage.is_empty());
    assert_eq!(
        store.extern_data(value).downcast_ref::<String>().unwrap(),
        "kept"
    );
    things.set(&mut store, 1, Val::ExternRef(None)).unwrap();
    table.set(&mut store, 3, Val::FuncRef(None)).unwrap();
    let garbage = store.collect([Root::Instance(lib)]).unwrap();
    assert_eq!(garbage.extern_refs().collect::<Vec<_>>(), [value]);
    assert_eq!(garbage.funcs().collect::<Vec<_>>(), [log]);
}

#[test]
fn freed_indices_are_reused_and_stale_roots_keep_nothing() {
    let (_, mut store, lib, _) = setup();
    let a = store.extern_ref(1u32);
    store.collect([Root::Instance(lib)]).unwrap();
    let b = store.extern_ref(2u32);
    assert_eq!(a, b, "the freed index is reused");
    assert_eq!(*store.extern_data(b).downcast_ref::<u32>().unwrap(), 2);
    let garbage = store
        .collect([Root::Instance(lib), Root::ExternRef(b)])
        .unwrap();
    assert!(garbage.is_empty());
    // A root whose object was freed (a stale handle) keeps nothing.
    store.collect([Root::Instance(lib)]).unwrap();
    let stale: ExternRef = b;
    let garbage = store
        .collect([Root::Instance(lib), Root::ExternRef(stale)])
        .unwrap();
    assert!(garbage.is_empty());
}

#[test]
fn collecting_from_a_host_function_is_refused() {
    let engine = Engine::default();
    let mut store = Store::new(&engine);
    let host = Func::new(&mut store, FuncType::new([], []), |caller, _, _| {
        match caller.collect([]) {
            Err(Error::Usage(m)) => assert!(m.contains("runs"), "{m}"),
            other => panic!("collect while running: {:?}", other.map(|g| g.len())),
        }
        Ok(())
    });
    let m = Module::from_wat(
        &engine,
        r#"(module (import "h" "f" (func $f)) (func (export "run") call $f))"#,
    )
    .unwrap();
    let i = Instance::new(&mut store, &m, &[Extern::Func(host)]).unwrap();
    call(&mut store, i, "run", &[]);
    // Afterwards the instance (and the host function it imports) is kept
    // by its root.
    assert!(store.collect([Root::Instance(i)]).unwrap().is_empty());
    call(&mut store, i, "run", &[]);
}

#[test]
fn reaches_lists_the_host_functions_and_externrefs_each_root_reaches() {
    let (engine, mut store, lib, log) = setup();
    let request = Module::from_wat(&engine, REQUEST).unwrap();
    let mut imports = exports(&store, lib, &["memory", "table", "counter", "twice"]);
    imports.push(Extern::Func(log));
    let r = Instance::new(&mut store, &request, &imports).unwrap();
    let handle = r.get_func(&store, "handle").unwrap();
    let twice = lib.get_func(&store, "twice").unwrap();
    let thing = store.extern_ref(7u32);
    let Some(Extern::Table(things)) = lib.get_export(&store, "things") else {
        panic!()
    };
    let roots = [
        Root::Instance(lib),
        Root::Instance(r),
        Root::Extern(Extern::Func(handle)),
        Root::Extern(Extern::Func(log)),
        Root::Extern(Extern::Func(twice)),
    ];
    let reaches = store.reaches(&roots);
    // The library reaches no host function; the request (and its exported
    // function) reaches its `log` import.
    assert_eq!(reaches.get(0), &wasmjit::Reach::default());
    assert_eq!(reaches.get(1).host_funcs, [log]);
    assert_eq!(reaches.get(2), reaches.get(1));
    assert_eq!(reaches.get(3).host_funcs, [log]);
    assert_eq!(reaches.get(4), reaches.get(0));
    // An externref in the library's table is reached from the library and
    // from everything that reaches the library (the request imports its
    // table).
    things
        .set(&mut store, 1, Val::ExternRef(Some(thing)))
        .unwrap();
    let reaches = store.reaches(&roots);
    assert_eq!(reaches.get(0).extern_refs, [thing]);
    assert_eq!(reaches.get(1).extern_refs, [thing]);
    assert_eq!(reaches.get(3).extern_refs, []);
}
