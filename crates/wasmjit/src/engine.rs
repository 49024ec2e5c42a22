//! `Engine`: what modules compiled together share: the validator's feature
//! set, the bounds-check strategy of their code, and the engine-wide
//! registry of canonical function signatures that `call_indirect` compares.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use wasmparser::WasmFeatures;

use crate::environ::bounds::BoundsChecks;
use crate::environ::isa::SimdIsa;
use crate::error::{Error, Result};
use crate::limits::StoreLimits;
use crate::values::FuncType;

/// The x86-64 instruction set extensions generated code may use, as bits
/// (recorded in serialized modules, `module/serialize.rs`), with their
/// names as `is_x86_feature_detected!` spells them.
/// SSSE3, SSE4.1 and SSE4.2 are for `v128` (`compiler/isa/x86/sse.rs`:
/// `pshufb`, `pmovsx`, `pcmpgtq`, ...); every CPU with POPCNT and SSE4.1
/// has them. AVX and AVX2 are optional: their VEX forms of the `v128`
/// operations (`compiler/isa/x64/simd_avx.rs`) are used when the engine's
/// [`SimdIsa`] is [`SimdIsa::Avx`].
const CPU_FEATURES: [(u64, &str); 8] = [
    (1, "sse4.1"),
    (2, "popcnt"),
    (4, "lzcnt"),
    (8, "bmi1"),
    (16, "ssse3"),
    (32, "sse4.2"),
    (AVX_BIT, "avx"),
    (AVX2_BIT, "avx2"),
];

/// The bits of AVX and AVX2 in [`CPU_FEATURES`].
const AVX_BIT: u64 = 64;
const AVX2_BIT: u64 = 128;

/// The features every engine's code uses (the rest of [`CPU_FEATURES`]
/// depends on the engine's [`SimdIsa`]).
pub(crate) const BASE_CPU_FEATURES: u64 = 0b11_1111;

/// The [`CPU_FEATURES`] bits that code for `isa` uses.
pub(crate) fn code_cpu_features(isa: SimdIsa) -> u64 {
    match isa {
        SimdIsa::Sse41 => BASE_CPU_FEATURES,
        SimdIsa::Avx => BASE_CPU_FEATURES | AVX_BIT | AVX2_BIT,
    }
}

/// The features of [`CPU_FEATURES`] this machine has.
pub(crate) fn host_cpu_features() -> u64 {
    let has = |name: &str| match name {
        "sse4.1" => std::arch::is_x86_feature_detected!("sse4.1"),
        "popcnt" => std::arch::is_x86_feature_detected!("popcnt"),
        "lzcnt" => std::arch::is_x86_feature_detected!("lzcnt"),
        "bmi1" => std::arch::is_x86_feature_detected!("bmi1"),
        "ssse3" => std::arch::is_x86_feature_detected!("ssse3"),
        "sse4.2" => std::arch::is_x86_feature_detected!("sse4.2"),
        "avx" => std::arch::is_x86_feature_detected!("avx"),
        "avx2" => std::arch::is_x86_feature_detected!("avx2"),
        _ => false,
    };
    CPU_FEATURES
        .iter()
        .filter(|(_, name)| has(name))
        .fold(0, |bits, (bit, _)| bits | bit)
}

/// The names of the features in `bits`, comma-separated (`"lzcnt, bmi1"`).
pub(crate) fn cpu_feature_names(bits: u64) -> String {
    let names: Vec<&str> = CPU_FEATURES
        .iter()
        .filter(|(bit, _)| bits & bit != 0)
        .map(|(_, name)| *name)
        .collect();
    names.join(", ")
}

/// The bounds checks of [`Engine::new`]'s engines: guard pages when this
/// process can reserve the 8 GiB of address space a memory then needs,
/// else explicit checks.
pub(crate) fn default_bounds_checks() -> BoundsChecks {
    if crate::runtime::memory::guard_pages_available() {
        BoundsChecks::GuardPages
    } else {
        BoundsChecks::Explicit
    }
}

struct EngineInner {
    signatures: Mutex<HashMap<FuncType, u32>>,
    limits: StoreLimits,
    bounds_checks: BoundsChecks,
    simd_isa: SimdIsa,
    features: WasmFeatures,
    /// Threads `Module::new` compiles on; 0: one per available core.
    compile_threads: AtomicUsize,
}

/// Shared by the modules compiled with it and their stores; cheap to clone.
#[derive(Clone)]
pub struct Engine(Arc<EngineInner>);

impl Default for Engine {
    fn default() -> Self {
        Engine::new().expect("this CPU lacks an instruction set extension the compiler needs")
    }
}

impl Engine {
    /// A new engine whose stores start with the default [`StoreLimits`].
    ///
    /// # Errors
    /// [`Error::Resource`] when the CPU lacks SSSE3, SSE4.1, SSE4.2, POPCNT,
    /// LZCNT or BMI1, which the generated code uses (the SSE extensions for
    /// `v128` operations). The `v128` code uses AVX where the CPU has it
    /// ([`SimdIsa::host`]).
    pub fn new() -> Result<Engine> {
        Engine::with_limits(StoreLimits::default())
    }

    /// A new engine whose stores start with `limits` (each store may change
    /// its own with [`crate::Store::set_limits`]). Its code uses guard pages
    /// when this process can reserve the 8 GiB of address space a memory
    /// then needs, else explicit bounds checks (see [`BoundsChecks`]).
    ///
    /// # Errors
    /// As [`Engine::new`]; [`Error::Usage`] when `max_memory_pages` is over
    /// 65536.
    pub fn with_limits(limits: StoreLimits) -> Result<Engine> {
        Engine::with_bounds_checks(limits, default_bounds_checks())
    }

    /// A new engine whose stores start with `limits` and whose code keeps
    /// memory accesses in bounds as `bounds_checks` says. A module compiled
    /// with guard pages cannot be instantiated in a store whose memories
    /// have none (a store of an engine with explicit checks).
    ///
    /// # Errors
    /// As [`Engine::with_limits`].
    pub fn with_bounds_checks(limits: StoreLimits, bounds_checks: BoundsChecks) -> Result<Engine> {
        Engine::with_simd_isa(limits, bounds_checks, SimdIsa::host())
    }

    /// As [`Engine::with_bounds_checks`], with `v128` code generated for
    /// `simd_isa` instead of the best this CPU has ([`SimdIsa::host`]);
    /// `SimdIsa::Sse41` on an AVX machine, for instance, to test or
    /// compare the SSE code.
    ///
    /// # Errors
    /// As [`Engine::with_limits`]; [`Error::Resource`] also when the CPU
    /// lacks `simd_isa` (AVX and AVX2), and for AVX on 32-bit x86, whose code
    /// generator has the SSE4.1 forms only.
    pub fn with_simd_isa(
        limits: StoreLimits,
        bounds_checks: BoundsChecks,
        simd_isa: SimdIsa,
    ) -> Result<Engine> {
        Engine::with_features(limits, bounds_checks, simd_isa, Engine::FEATURES)
    }

    /// The WebAssembly features engines accept by default: Wasm 2.0
    /// (fixed-width SIMD included) and, of Wasm 3.0, relaxed SIMD and
    /// multiple memories.
    pub const FEATURES: WasmFeatures = WasmFeatures::WASM2
        .union(WasmFeatures::RELAXED_SIMD)
        .union(WasmFeatures::MULTI_MEMORY);

    /// As [`Engine::with_simd_isa`], validating modules with `features`
    /// (a subset of [`Engine::FEATURES`]): `WasmFeatures::WASM2`, for
    /// instance, for Wasm 2.0's rules (one memory; the memory index of
    /// `memory.size`/`memory.grow` a single zero byte, spec §5.4.6).
    ///
    /// # Errors
    /// As [`Engine::with_simd_isa`]; [`Error::Usage`] when `features` has
    /// one outside [`Engine::FEATURES`].
    pub fn with_features(
        limits: StoreLimits,
        bounds_checks: BoundsChecks,
        simd_isa: SimdIsa,
        features: WasmFeatures,
    ) -> Result<Engine> {
        if !Engine::FEATURES.contains(features) {
            return Err(Error::Usage(format!(
                "the engine does not implement the WebAssembly features {:?}",
                features.difference(Engine::FEATURES)
            )));
        }
        limits.check()?;
        if cfg!(target_arch = "x86") && simd_isa == SimdIsa::Avx {
            return Err(Error::Resource(
                "the 32-bit x86 code generator has no avx forms (SimdIsa::Avx is x86-64 only)"
                    .into(),
            ));
        }
        let missing = code_cpu_features(simd_isa) & !host_cpu_features();
        if missing != 0 {
            return Err(Error::Resource(format!(
                "the CPU lacks {}, which the generated code uses",
                cpu_feature_names(missing)
            )));
        }
        Ok(Engine(Arc::new(EngineInner {
            signatures: Mutex::new(HashMap::new()),
            limits,
            bounds_checks,
            simd_isa,
            features,
            compile_threads: AtomicUsize::new(0),
        })))
    }

    /// Sets how many threads [`crate::Module::new`] compiles a module's
    /// functions on (the calling thread included); 0 (the default) means
    /// one per core (`std::thread::available_parallelism`). Modules of
    /// less than 32 KiB of function bodies are compiled on the calling
    /// thread alone. The machine code is the same whatever the number.
    pub fn set_compile_threads(&self, threads: usize) {
        self.0.compile_threads.store(threads, Ordering::Relaxed);
    }

    /// The number of threads modules are compiled on (see
    /// [`Engine::set_compile_threads`]).
    pub fn compile_threads(&self) -> usize {
        match self.0.compile_threads.load(Ordering::Relaxed) {
            0 => {
                static CORES: OnceLock<usize> = OnceLock::new();
                *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            }
            n => n,
        }
    }

    /// The limits new stores of this engine start with.
    pub fn limits(&self) -> &StoreLimits {
        &self.0.limits
    }

    /// How the code of this engine's modules keeps memory accesses in
    /// bounds, and so how its stores reserve memories.
    pub fn bounds_checks(&self) -> BoundsChecks {
        self.0.bounds_checks
    }

    /// The vector instruction set of this engine's `v128` code.
    pub fn simd_isa(&self) -> SimdIsa {
        self.0.simd_isa
    }

    /// The WebAssembly features the validator accepts ([`Engine::FEATURES`]
    /// unless made with [`Engine::with_features`]).
    pub fn features(&self) -> WasmFeatures {
        self.0.features
    }

    /// The canonical id of a function type: equal types get equal ids,
    /// across all modules of this engine.
    pub fn signature_id(&self, ty: &FuncType) -> u32 {
        let mut sigs = self.0.signatures.lock().unwrap_or_else(|e| e.into_inner());
        let next = sigs.len() as u32;
        *sigs.entry(ty.clone()).or_insert(next)
    }
}
