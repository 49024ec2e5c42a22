//! Disassembly of a compiled module's functions, shared by the golden
//! machine-code tests (`tests/golden.rs`) and the `dump_code` example:
//! one `;; func INDEX NAME` header per function, then one line per
//! instruction (NASM syntax, offsets from the start of the function).

use std::fmt::Write;

use iced_x86::{Decoder, DecoderOptions, Formatter, Instruction, NasmFormatter};

/// `code[start..end]` as NASM text, one `offset: instruction` line each
/// (32-bit decoding in a 32-bit x86 build, 64-bit otherwise).
pub fn disassemble(code: &[u8], start: usize, end: usize) -> String {
    let mut out = String::new();
    let bitness = if cfg!(target_arch = "x86") { 32 } else { 64 };
    let mut decoder = Decoder::with_ip(bitness, &code[start..end], 0, DecoderOptions::NONE);
    let mut formatter = NasmFormatter::new();
    formatter.options_mut().set_branch_leading_zeros(false);
    formatter.options_mut().set_hex_prefix("0x");
    formatter.options_mut().set_hex_suffix("");
    let mut insn = Instruction::default();
    let mut text = String::new();
    while decoder.can_decode() {
        decoder.decode_out(&mut insn);
        text.clear();
        formatter.format(&insn, &mut text);
        let _ = writeln!(out, "{:4x}: {text}", insn.ip());
    }
    out
}

/// The listing of every defined function of `module` for which `wanted`
/// (given the function index and its name, `""` when it has none) is true.
/// A function's code runs from its offset to the next function's (its
/// trap exits and constants included).
pub fn listing(module: &wasmjit::Module, wanted: impl Fn(u32, &str) -> bool) -> String {
    let code = module.code();
    let starts = module.function_offsets();
    let first_defined = module
        .imports()
        .iter()
        .filter(|i| matches!(i.ty, wasmjit::ExternType::Func(_)))
        .count();
    let mut out = String::new();
    for (i, &start) in starts.iter().enumerate() {
        let index = (first_defined + i) as u32;
        let name = module.func_name(index).unwrap_or("");
        if !wanted(index, name) {
            continue;
        }
        let end = starts.get(i + 1).copied().unwrap_or(code.len());
        let _ = writeln!(out, ";; func {index} {name}");
        out += &disassemble(code, start, end);
        out.push('\n');
    }
    out
}
