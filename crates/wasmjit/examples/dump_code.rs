//! Prints the generated machine code of a module's functions, as the
//! golden tests list it (`tests/listing`):
//! `cargo run --release -p wasmjit --example dump_code -- IN.wasm|IN.wat [FUNC...]`,
//! where each `FUNC` is a function index or name (all functions when none
//! is given). `--explicit-bounds-checks` compiles with explicit bounds
//! checks instead of guard pages.

#[path = "../tests/listing/mod.rs"]
mod listing;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let explicit = args.iter().any(|a| a == "--explicit-bounds-checks");
    args.retain(|a| a != "--explicit-bounds-checks");
    let Some((input, funcs)) = args.split_first() else {
        eprintln!("usage: dump_code [--explicit-bounds-checks] IN.wasm|IN.wat [FUNC...]");
        std::process::exit(2);
    };
    let bytes = wat::parse_file(input).unwrap_or_else(|e| panic!("{input}: {e}"));
    let checks = if explicit {
        wasmjit::BoundsChecks::Explicit
    } else {
        wasmjit::BoundsChecks::GuardPages
    };
    let engine = wasmjit::Engine::with_bounds_checks(wasmjit::StoreLimits::default(), checks)
        .unwrap_or_else(|e| panic!("engine: {e}"));
    let module = wasmjit::Module::new(&engine, &bytes).unwrap_or_else(|e| panic!("{input}: {e}"));
    let wanted = |index: u32, name: &str| {
        funcs.is_empty() || funcs.iter().any(|f| f == name || *f == index.to_string())
    };
    print!("{}", listing::listing(&module, wanted));
}
