//! Module generation with `wasm-smith`: the feature set wasmjit supports
//! (WebAssembly 2.0 without SIMD) and bounded execution.

use arbitrary::Unstructured;

/// Fuel given to each generated module: `ensure_termination` decrements a
/// global at every function entry and loop header (and by the length of
/// bulk operations) and executes `unreachable` when it runs out, so every
/// call terminates after at most this many steps, summed over all calls of
/// one instance.
pub const FUEL: u32 = 5_000;

/// Largest memory a generated module may declare or grow to: 8 pages
/// (512 KiB), so comparing final memories stays cheap.
pub const MAX_MEMORY_BYTES: u64 = 8 * 65_536;

/// What kind of modules to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Profile {
    /// wasm-smith's default shapes within the supported feature set.
    Default,
    /// Shapes that stress the register allocator and control-flow merges:
    /// longer bodies, deeper nesting (so wider `br_table`s, whose targets are
    /// all enclosing labels of one type), more types, and an input stream
    /// biased so that wasm-smith's "add one more?" loops (params, results,
    /// locals, instructions) keep going more often.
    Registers,
}

/// The `wasm-smith` configuration for `profile`.
///
/// Features: MVP, multi-value, sign extension, saturating conversions, bulk
/// memory and reference types (multiple tables) are on; SIMD, threads,
/// exceptions, GC, tail calls, multi-memory, memory64, extended constants,
/// custom page sizes and wide arithmetic are off. No imports (the harness
/// provides none); every item is exported so the final state of memories,
/// globals and tables can be compared. NaNs are canonicalized so that stored
/// float bits are deterministic (the spec lets NaN payloads differ).
pub fn config(profile: Profile) -> wasm_smith::Config {
    let mut c = wasm_smith::Config {
        allow_start_export: true,
        bulk_memory_enabled: true,
        canonicalize_nans: true,
        compact_imports_enabled: false,
        custom_page_sizes_enabled: false,
        exceptions_enabled: false,
        export_everything: true,
        extended_const_enabled: false,
        gc_enabled: false,
        generate_custom_sections: false,
        max_imports: 0,
        max_memories: 1,
        max_memory32_bytes: MAX_MEMORY_BYTES,
        memory_max_size_required: true,
        memory64_enabled: false,
        max_tables: 4,
        max_table_elements: 1_000,
        table_max_size_required: true,
        min_funcs: 1,
        multi_value_enabled: true,
        reference_types_enabled: true,
        relaxed_simd_enabled: false,
        saturating_float_to_int_enabled: true,
        shared_everything_threads_enabled: false,
        sign_extension_ops_enabled: true,
        simd_enabled: false,
        tail_call_enabled: false,
        threads_enabled: false,
        wide_arithmetic_enabled: false,
        ..wasm_smith::Config::default()
    };
    if profile == Profile::Registers {
        c.max_funcs = 20;
        c.max_instructions = 1_500;
        c.max_nesting_depth = 40;
        c.max_types = 60;
        c.max_globals = 40;
        c.max_data_segments = 10;
        c.max_element_segments = 10;
    }
    c
}

/// Re-biases the raw input bytes for [`Profile::Registers`]: about two thirds
/// of the bytes get their low bit set, which is what `bool::arbitrary` reads,
/// so wasm-smith's variable-length lists run longer. Deterministic.
pub fn bias(data: &[u8]) -> Vec<u8> {
    data.iter()
        .map(|&b| if b < 170 { b | 1 } else { b })
        .collect()
}

/// Generates one module from `u` with `profile`'s configuration, with
/// termination ensured (see [`FUEL`]). Returns the binary, or `Err` when
/// the input bytes run out before a module is complete.
///
/// Half of the modules (by the first input byte) are generated with
/// wasm-smith's `disallow_traps`, which guards divisions, conversions and
/// memory addresses and leaves out `unreachable`: random code otherwise traps
/// so early that results and final state are rarely compared.
pub fn generate(u: &mut Unstructured, profile: Profile) -> arbitrary::Result<Vec<u8>> {
    let mut config = config(profile);
    config.disallow_traps = u.arbitrary()?;
    let mut module = wasm_smith::Module::new(config, u)?;
    module
        .ensure_termination(FUEL)
        .map_err(|_| arbitrary::Error::IncorrectFormat)?;
    Ok(module.to_bytes())
}
