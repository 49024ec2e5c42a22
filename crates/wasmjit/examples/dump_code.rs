//! Writes a module's generated machine code to a file for disassembly:
//! `cargo run -p wasmjit --example dump_code -- in.wat out.bin`, then
//! `objdump -D -b binary -mi386:x86-64 out.bin`.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, input, output] = &args[..] else {
        eprintln!("usage: dump_code <in.wat|in.wasm> <out.bin>");
        std::process::exit(2);
    };
    let bytes = wat::parse_file(input).expect("input parses");
    let engine = wasmjit::Engine::default();
    let module = wasmjit::Module::new(&engine, &bytes).expect("module compiles");
    std::fs::write(output, module.code()).expect("output written");
}
