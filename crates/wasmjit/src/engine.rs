//! `Engine`: configuration shared by modules, and the engine-wide registry of
//! canonical function signatures that `call_indirect` compares.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use wasmparser::WasmFeatures;

use crate::error::{Error, Result};
use crate::values::FuncType;

/// Engine configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// Most bytes of native stack that wasm frames may use below the host
    /// frame that first entered wasm. Deeper recursion traps with
    /// [`crate::TrapKind::StackOverflow`]. Default: 1 MiB.
    pub max_wasm_stack: usize,
    /// Most 64 KiB pages any one memory may have, whatever its declared
    /// maximum: instantiating a memory whose minimum is larger fails with
    /// [`crate::Error::Resource`], and `memory.grow` past it returns -1 (a
    /// resource limit the spec allows). Default: 65536 (4 GiB).
    pub max_memory_pages: u64,
    /// Most elements any one table may have, with the same effects for
    /// tables and `table.grow`. Default: 10,000,000.
    pub max_table_elements: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_wasm_stack: 1 << 20,
            max_memory_pages: 65536,
            max_table_elements: 10_000_000,
        }
    }
}

struct EngineInner {
    config: Config,
    signatures: Mutex<HashMap<FuncType, u32>>,
}

/// Compilation and runtime settings; cheap to clone (shared).
#[derive(Clone)]
pub struct Engine(Arc<EngineInner>);

impl Default for Engine {
    fn default() -> Self {
        Engine::new(Config::default())
            .expect("this CPU lacks an instruction set extension the compiler needs")
    }
}

impl Engine {
    /// An engine with the given configuration.
    ///
    /// # Errors
    /// [`Error::Resource`] when the CPU lacks SSE4.1, POPCNT, LZCNT or BMI1,
    /// which the generated code uses.
    pub fn new(config: Config) -> Result<Engine> {
        #[cfg(target_arch = "x86_64")]
        {
            let ok = std::arch::is_x86_feature_detected!("sse4.1")
                && std::arch::is_x86_feature_detected!("popcnt")
                && std::arch::is_x86_feature_detected!("lzcnt")
                && std::arch::is_x86_feature_detected!("bmi1");
            if !ok {
                return Err(Error::Resource(
                    "the CPU lacks SSE4.1, POPCNT, LZCNT or BMI1".into(),
                ));
            }
        }
        Ok(Engine(Arc::new(EngineInner {
            config,
            signatures: Mutex::new(HashMap::new()),
        })))
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.0.config
    }

    /// The WebAssembly features the validator accepts: Wasm 2.0 (SIMD
    /// included in validation; the compiler reports SIMD as unsupported).
    pub fn features(&self) -> WasmFeatures {
        WasmFeatures::WASM2
    }

    /// The canonical id of a function type: equal types get equal ids,
    /// across all modules of this engine.
    pub fn signature_id(&self, ty: &FuncType) -> u32 {
        let mut sigs = self.0.signatures.lock().unwrap_or_else(|e| e.into_inner());
        let next = sigs.len() as u32;
        *sigs.entry(ty.clone()).or_insert(next)
    }
}
