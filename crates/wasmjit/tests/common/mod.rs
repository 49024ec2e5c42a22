//! Shared helpers of the integration tests: instantiating a text module and
//! calling its exports; for the float and conversion tests, float formats as
//! bit patterns, the spec's NaN classes (§4.3.3 "NaN propagation"), and a
//! small harness that instantiates a generated module and calls its exports.

#![allow(dead_code)]

use wasmjit::{Engine, Error, Instance, Module, Store, TrapKind, Val};

/// Instantiates the text module `wat` (no imports) in a new store.
///
/// Panics when the module does not parse, validate or instantiate.
pub fn instance(wat: &str) -> (Store, Instance) {
    let engine = Engine::default();
    let module = Module::from_wat(&engine, wat).unwrap();
    let mut store = Store::new(&engine);
    let inst = Instance::new(&mut store, &module, &[]).unwrap();
    (store, inst)
}

/// Calls export `name` of `inst` (panics when there is no such function).
pub fn call(
    store: &mut Store,
    inst: Instance,
    name: &str,
    args: &[Val],
) -> wasmjit::Result<Vec<Val>> {
    inst.get_func(store, name).unwrap().call(store, args)
}

/// A float format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    F32,
    F64,
}

impl Ty {
    /// The wasm type name (`f32`/`f64`).
    pub fn name(self) -> &'static str {
        match self {
            Ty::F32 => "f32",
            Ty::F64 => "f64",
        }
    }

    /// The integer type of the same width (`i32`/`i64`).
    pub fn int(self) -> &'static str {
        match self {
            Ty::F32 => "i32",
            Ty::F64 => "i64",
        }
    }

    pub fn sign(self) -> u64 {
        match self {
            Ty::F32 => 1 << 31,
            Ty::F64 => 1 << 63,
        }
    }

    /// The positive canonical NaN.
    pub fn canonical_nan(self) -> u64 {
        match self {
            Ty::F32 => 0x7fc0_0000,
            Ty::F64 => 0x7ff8_0000_0000_0000,
        }
    }

    pub fn is_nan(self, b: u64) -> bool {
        match self {
            Ty::F32 => f32::from_bits(b as u32).is_nan(),
            Ty::F64 => f64::from_bits(b).is_nan(),
        }
    }

    /// Value as `f64` (exact for `f32`).
    pub fn to_f64(self, b: u64) -> f64 {
        match self {
            Ty::F32 => f32::from_bits(b as u32) as f64,
            Ty::F64 => f64::from_bits(b),
        }
    }

    /// A wasm constant expression with exactly these bits.
    pub fn konst(self, b: u64) -> String {
        format!(
            "({}.reinterpret_{} ({}.const 0x{b:x}))",
            self.name(),
            self.int(),
            self.int()
        )
    }

    pub fn val(self, b: u64) -> Val {
        match self {
            Ty::F32 => Val::F32(b as u32),
            Ty::F64 => Val::F64(b),
        }
    }

    pub fn bits_of(self, v: &Val) -> u64 {
        match (self, v) {
            (Ty::F32, Val::F32(b)) => *b as u64,
            (Ty::F64, Val::F64(b)) => *b,
            _ => panic!("expected {self:?}, got {v:?}"),
        }
    }

    /// Edge-case operands: zeros, ones, halves and ties, subnormals,
    /// extremes, infinities, and NaNs with both signs, payloads, and
    /// signalling ones.
    pub fn specials(self) -> Vec<u64> {
        match self {
            Ty::F32 => [
                0x0000_0000u32, // +0
                0x8000_0000,    // -0
                0x3f80_0000,    // 1
                0xbf80_0000,    // -1
                0x3f00_0000,    // 0.5
                0xbf00_0000,    // -0.5
                0x3fc0_0000,    // 1.5
                0x4020_0000,    // 2.5
                0xc020_0000,    // -2.5
                0x4049_0fdb,    // pi
                0x0000_0001,    // min subnormal
                0x8000_0001,    // -min subnormal
                0x007f_ffff,    // max subnormal
                0x0080_0000,    // min normal
                0x7f7f_ffff,    // max finite
                0xff7f_ffff,    // -max finite
                0x4b00_0001,    // 2^23 + 1
                0x4f00_0000,    // 2^31
                0x7f80_0000,    // inf
                0xff80_0000,    // -inf
                0x7fc0_0000,    // canonical NaN
                0xffc0_0000,    // -canonical NaN
                0x7fc1_2345,    // NaN with payload
                0x7f81_2345,    // signalling NaN
                0xff80_0001,    // -signalling NaN
            ]
            .iter()
            .map(|&b| b as u64)
            .collect(),
            Ty::F64 => vec![
                0,
                0x8000_0000_0000_0000,
                0x3ff0_0000_0000_0000,
                0xbff0_0000_0000_0000,
                0x3fe0_0000_0000_0000,
                0xbfe0_0000_0000_0000,
                0x3ff8_0000_0000_0000,
                0x4004_0000_0000_0000,
                0xc004_0000_0000_0000,
                0x4009_21fb_5444_2d18,
                0x0000_0000_0000_0001,
                0x8000_0000_0000_0001,
                0x000f_ffff_ffff_ffff,
                0x0010_0000_0000_0000,
                0x7fef_ffff_ffff_ffff,
                0xffef_ffff_ffff_ffff,
                0x4330_0000_0000_0001, // 2^52 + 1
                0x41e0_0000_0000_0000, // 2^31
                0x7ff0_0000_0000_0000,
                0xfff0_0000_0000_0000,
                0x7ff8_0000_0000_0000,
                0xfff8_0000_0000_0000,
                0x7ff8_0000_0012_3456,
                0x7ff0_0000_0012_3456,
                0xfff0_0000_0000_0001,
            ],
        }
    }
}

/// What a result must be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// Exactly these bits.
    Bits(u64),
    /// A canonical NaN of either sign.
    CanonicalNan,
    /// Any NaN with the quiet bit set.
    ArithmeticNan,
}

impl Expect {
    /// The NaN class an operation on `inputs` must produce (§4.3.3): a
    /// canonical NaN unless some input is a non-canonical NaN.
    pub fn nan_from(ty: Ty, inputs: &[u64]) -> Expect {
        let canon = ty.canonical_nan();
        if inputs
            .iter()
            .any(|&b| ty.is_nan(b) && b & !ty.sign() != canon)
        {
            Expect::ArithmeticNan
        } else {
            Expect::CanonicalNan
        }
    }

    /// `Bits(r)` unless `r` is a NaN, then the class for `inputs`.
    pub fn result(ty: Ty, r: u64, inputs: &[u64]) -> Expect {
        if ty.is_nan(r) {
            Expect::nan_from(ty, inputs)
        } else {
            Expect::Bits(r)
        }
    }

    pub fn matches(self, ty: Ty, got: u64) -> bool {
        let quiet = ty.canonical_nan();
        match self {
            Expect::Bits(b) => b == got,
            Expect::CanonicalNan => got & !ty.sign() == quiet,
            Expect::ArithmeticNan => ty.is_nan(got) && got & quiet == quiet,
        }
    }
}

/// An instantiated test module.
pub struct Harness {
    pub store: Store,
    pub inst: Instance,
}

impl Harness {
    /// Compiles and instantiates `(module <body>)`.
    pub fn new(body: &str) -> Harness {
        let engine = Engine::default();
        let wat = format!("(module (memory 1) {body})");
        let module = Module::from_wat(&engine, &wat)
            .unwrap_or_else(|e| panic!("module failed to compile: {e:?}"));
        let mut store = Store::new(&engine);
        let inst = Instance::new(&mut store, &module, &[]).unwrap();
        Harness { store, inst }
    }

    pub fn call(&mut self, name: &str, args: &[Val]) -> wasmjit::Result<Vec<Val>> {
        let f = self
            .inst
            .get_func(&self.store, name)
            .unwrap_or_else(|| panic!("no export {name}"));
        f.call(&mut self.store, args)
    }

    /// Calls `name` and returns its single result.
    pub fn call1(&mut self, name: &str, args: &[Val]) -> Val {
        match self.call(name, args) {
            Ok(mut v) if v.len() == 1 => v.pop().unwrap(),
            other => panic!("{name}{args:?}: unexpected {other:?}"),
        }
    }

    /// Calls `name` and returns the trap kind it must raise.
    pub fn trap(&mut self, name: &str, args: &[Val]) -> TrapKind {
        match self.call(name, args) {
            Err(Error::Trap(t)) => t.kind(),
            other => panic!("{name}{args:?}: expected a trap, got {other:?}"),
        }
    }
}

/// A deterministic xorshift generator for random bit patterns.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}
