//! Module generation with `wasm-smith`: the feature set wasmjit supports
//! (WebAssembly 2.0, fixed-width SIMD in its own profile) and bounded
//! execution.

use arbitrary::Unstructured;

/// Fuel given to each generated module: `ensure_termination` decrements a
/// global at every function entry and loop header (and by the length of
/// bulk operations) and executes `unreachable` when it runs out, so every
/// call terminates after at most this many steps. The fuel global is
/// exported as [`FUEL_EXPORT`] and the differential check refills it before
/// every call, so that later calls are not starved by earlier ones.
pub const FUEL: u32 = 5_000;

/// Export name of the fuel global that [`generate`] adds.
pub const FUEL_EXPORT: &str = "wasmjit-fuzz:fuel";

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
    /// The default shapes with fixed-width SIMD on (relaxed SIMD stays off:
    /// its results may differ between engines by design).
    Simd,
}

/// The `wasm-smith` configuration for `profile`.
///
/// Features: MVP, multi-value, sign extension, saturating conversions, bulk
/// memory, reference types (multiple tables) and multiple memories (up to
/// 3) are on, and SIMD in [`Profile::Simd`]; relaxed SIMD, threads,
/// exceptions, GC, tail calls, memory64, extended constants,
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
        max_memories: 3,
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
    c.simd_enabled = profile == Profile::Simd;
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
    let fuel = module
        .ensure_termination(FUEL)
        .map_err(|_| arbitrary::Error::IncorrectFormat)?;
    let wasm = module.to_bytes();
    Ok(add_global_export(&wasm, FUEL_EXPORT, fuel).unwrap_or(wasm))
}

/// Appends an export of global `index` named `name` to the export section of
/// `wasm` (binary format, spec §5.5.10). Returns `None` when the module has
/// no export section (then nothing is exported and there is nothing to call).
fn add_global_export(wasm: &[u8], name: &str, index: u32) -> Option<Vec<u8>> {
    const EXPORT_SECTION: u8 = 7;
    const GLOBAL_KIND: u8 = 3;
    let mut out = wasm[..8].to_vec();
    let mut at = 8;
    let mut found = false;
    while at < wasm.len() {
        let section = at;
        let id = wasm[at];
        let (size, len) = read_u32(&wasm[at + 1..])?;
        let start = at + 1 + len;
        let payload = wasm.get(start..start + size as usize)?;
        at = start + size as usize;
        if id != EXPORT_SECTION {
            out.extend_from_slice(&wasm[section..at]);
            continue;
        }
        found = true;
        let (count, n) = read_u32(payload)?;
        let mut body = Vec::with_capacity(payload.len() + name.len() + 12);
        write_u32(&mut body, count + 1);
        body.extend_from_slice(&payload[n..]);
        write_u32(&mut body, name.len() as u32);
        body.extend_from_slice(name.as_bytes());
        body.push(GLOBAL_KIND);
        write_u32(&mut body, index);
        out.push(id);
        write_u32(&mut out, body.len() as u32);
        out.extend_from_slice(&body);
    }
    found.then_some(out)
}

/// Reads an unsigned LEB128 `u32`; returns it and the bytes it took.
fn read_u32(bytes: &[u8]) -> Option<(u32, usize)> {
    let mut value = 0u32;
    for (i, &b) in bytes.iter().enumerate().take(5) {
        value |= u32::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return Some((value, i + 1));
        }
    }
    None
}

/// Appends `value` as unsigned LEB128.
fn write_u32(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}
