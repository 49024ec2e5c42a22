//! Runs every exported function of a `.wat`/`.wasm` file on wasmjit and on
//! wasmi with zero arguments and prints each outcome and the exported
//! globals after it (for bisecting a divergence by hand, e.g. after instrumenting the
//! module's `unreachable`s with markers in a global). The fuel global of a
//! generated module is refilled before every call, as the check does.
//!
//! `cargo run --release --features tools --example inspect -- FILE.wat`

use wasmjit::{Engine, Extern, Instance, Module, Store, Val};
use wasmjit_fuzz::smith::{FUEL, FUEL_EXPORT};

fn main() {
    let path = std::env::args().nth(1).expect("usage: inspect FILE");
    let wasm = wat::parse_file(&path).expect("parse the module");
    let engine = Engine::default();
    let module = Module::new(&engine, &wasm).expect("compile");
    let mut store = Store::new(&engine);
    let inst = Instance::new(&mut store, &module, &[]).expect("instantiate");
    let exports: Vec<(String, Extern)> = inst
        .exports(&store)
        .map(|(n, e)| (n.to_string(), e))
        .collect();
    for (name, e) in &exports {
        let Extern::Func(f) = e else { continue };
        if let Some(Extern::Global(fuel)) = inst.get_export(&store, FUEL_EXPORT) {
            fuel.set(&mut store, Val::I32(FUEL as i32)).unwrap();
        }
        let args: Vec<Val> = f
            .ty(&store)
            .params()
            .iter()
            .map(|t| Val::default_for(*t))
            .collect();
        match f.call(&mut store, &args) {
            Ok(r) => println!("{name:?}: {r:?}"),
            Err(e) => println!("{name:?}: {e}"),
        }
        for (gname, g) in &exports {
            if let Extern::Global(g) = g {
                println!("  global {gname:?} = {:?}", g.get(&store));
            }
        }
    }
    println!("--- wasmi");
    let oracle = wasmi::Engine::default();
    let module = wasmi::Module::new(&oracle, &wasm).expect("compile");
    let mut store = wasmi::Store::new(&oracle, ());
    let inst = wasmi::Linker::<()>::new(&oracle)
        .instantiate_and_start(&mut store, &module)
        .expect("instantiate");
    // In wasmjit's (the module's) export order.
    let exports: Vec<(String, wasmi::Extern)> = exports
        .iter()
        .map(|(n, _)| (n.clone(), inst.get_export(&store, n).unwrap()))
        .collect();
    for (name, e) in &exports {
        let wasmi::Extern::Func(f) = e else { continue };
        if let Some(fuel) = inst.get_global(&store, FUEL_EXPORT) {
            fuel.set(&mut store, wasmi::Val::I32(FUEL as i32)).unwrap();
        }
        let ty = f.ty(&store);
        let args: Vec<wasmi::Val> = ty
            .params()
            .iter()
            .map(|t| wasmi::Val::default(*t))
            .collect();
        let mut results: Vec<wasmi::Val> = ty
            .results()
            .iter()
            .map(|t| wasmi::Val::default(*t))
            .collect();
        match f.call(&mut store, &args, &mut results) {
            Ok(()) => println!("{name:?}: {results:?}"),
            Err(e) => println!("{name:?}: {e}"),
        }
        for (gname, g) in &exports {
            if let wasmi::Extern::Global(g) = g {
                println!("  global {gname:?} = {:?}", g.get(&store));
            }
        }
    }
}
