//! `Func::returns_quickly`: true exactly for wasm functions without loops,
//! calls and bulk operations (each instruction runs at most once), kept
//! by a serialized module.

use wasmjit::{Engine, Func, FuncType, Instance, Module, Store};

const WAT: &str = r#"(module
  (import "env" "h" (func $h))
  (memory 1)
  (table 1 funcref)
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "branchy") (param i32) (result i32)
    (block (result i32) local.get 0 local.get 0 br_if 0 drop i32.const 7)
    (if (result i32) (then i32.const 1) (else (i32.load (i32.const 8)))))
  (func (export "loop") (loop $l br $l))
  (func (export "calls") call $h)
  (func (export "indirect") (call_indirect (i32.const 0)))
  (func (export "fill") (memory.fill (i32.const 0) (i32.const 0) (i32.const 100)))
  (func (export "grow") (result i32) (memory.grow (i32.const 1))))"#;

fn quick(engine: &Engine, module: &Module) -> Vec<(String, bool)> {
    let mut store = Store::new(engine);
    let h = Func::new(&mut store, FuncType::new(vec![], vec![]), |_, _, _| Ok(()));
    let inst = Instance::new(&mut store, module, &[wasmjit::Extern::Func(h)]).unwrap();
    let mut out: Vec<(String, bool)> = module
        .exports()
        .map(|e| {
            let f = inst.get_func(&store, &e.name).unwrap();
            (e.name, f.returns_quickly(&store))
        })
        .collect();
    out.push(("host".into(), h.returns_quickly(&store)));
    out
}

#[test]
fn only_straight_line_functions_return_quickly() {
    let engine = Engine::default();
    let module = Module::from_wat(&engine, WAT).unwrap();
    let expected: Vec<(String, bool)> = [
        ("add", true),
        ("branchy", true),
        ("loop", false),
        ("calls", false),
        ("indirect", false),
        ("fill", false),
        ("grow", false),
        ("host", false),
    ]
    .iter()
    .map(|(n, q)| (n.to_string(), *q))
    .collect();
    assert_eq!(quick(&engine, &module), expected);
    let loaded = Module::deserialize(&engine, &module.serialize()).unwrap();
    assert_eq!(quick(&engine, &loaded), expected);
}
