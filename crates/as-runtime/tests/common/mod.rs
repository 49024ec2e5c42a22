//! Shared helpers: load the committed AS test modules of `asm-tests/build`.
#![allow(dead_code)]

use std::path::PathBuf;

use as_runtime::{AsError, AsRuntime, Imports};
use wasmjit::{Engine, Instance, Module, Store, Val};

/// Every committed build: (asc version, profile).
pub const BUILDS: [(&str, &str); 4] = [
    ("0.28.20", "release"),
    ("0.28.20", "debug"),
    ("0.19.23", "release"),
    ("0.19.23", "debug"),
];

pub fn wasm_path(version: &str, profile: &str, name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../asm-tests/build")
        .join(version)
        .join(profile)
        .join(format!("{name}.wasm"))
}

/// A loaded module: its store, instance and runtime.
pub struct Loaded {
    pub store: Store,
    pub instance: Instance,
    pub rt: AsRuntime,
    pub label: String,
}

impl Loaded {
    /// Calls export `name`.
    pub fn call(&mut self, name: &str, args: &[Val]) -> Result<Vec<Val>, AsError> {
        let f = self
            .instance
            .get_func(&self.store, name)
            .unwrap_or_else(|| panic!("{}: no export {name}", self.label));
        Ok(f.call(&mut self.store, args)?)
    }

    pub fn call_i32(&mut self, name: &str, args: &[Val]) -> u32 {
        match self
            .call(name, args)
            .unwrap_or_else(|e| panic!("{}: {name}: {e}", self.label))[..]
        {
            [Val::I32(v)] => v as u32,
            ref other => panic!("{}: {name} returned {other:?}", self.label),
        }
    }

    pub fn call_f64(&mut self, name: &str, args: &[Val]) -> f64 {
        match self
            .call(name, args)
            .unwrap_or_else(|e| panic!("{}: {name}: {e}", self.label))[..]
        {
            [Val::F64(v)] => f64::from_bits(v),
            [Val::F32(v)] => f64::from(f32::from_bits(v)),
            ref other => panic!("{}: {name} returned {other:?}", self.label),
        }
    }

    /// The value of exported i32 global `name` (e.g. `Float32Array_ID`).
    pub fn global_u32(&self, name: &str) -> u32 {
        match self.instance.get_export(&self.store, name) {
            Some(wasmjit::Extern::Global(g)) => match g.get(&self.store) {
                Val::I32(v) => v as u32,
                other => panic!("{name} is {other:?}"),
            },
            _ => panic!("{}: no global {name}", self.label),
        }
    }
}

/// Loads `name` from one build with `configure` adding imports.
pub fn load_with(
    version: &str,
    profile: &str,
    name: &str,
    configure: impl FnOnce(&mut Store, &mut Imports),
) -> Loaded {
    let engine = Engine::default();
    let path = wasm_path(version, profile, name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let module = Module::new(&engine, &bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut store = Store::new(&engine);
    let mut imports = Imports::new();
    configure(&mut store, &mut imports);
    let (instance, rt) = imports
        .instantiate(&mut store, &module)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Loaded {
        store,
        instance,
        rt,
        label: format!("{version}/{profile}/{name}"),
    }
}

/// Loads `name` from one build with the default imports.
pub fn load(version: &str, profile: &str, name: &str) -> Loaded {
    load_with(version, profile, name, |_, _| {})
}

pub fn i32v(v: u32) -> Val {
    Val::I32(v as i32)
}
