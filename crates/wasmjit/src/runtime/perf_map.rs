//! A map of compiled functions for Linux `perf`, written when the
//! environment variable `WASMJIT_PERF_MAP` is set (to anything but `0` or
//! the empty string) at the first compilation: each module's code block,
//! once registered, appends one `START SIZE NAME` line per function
//! (hexadecimal start and size, no `0x`) to `/tmp/perf-PID.map`, the format
//! `perf report` reads for JIT code (perf's
//! `tools/perf/Documentation/jit-interface.txt`). Names are the name
//! section's (`wasm::NAME`), else `wasm::function[INDEX]`; the module's
//! shared trap exit at the start of the block is `wasm::trap_exit`.
//! Inlined callees are part of their caller's range. Lines are never
//! removed: perf takes the latest mapping of an address.

use std::fmt::Write as _;
use std::io::Write as _;
use std::sync::{Mutex, OnceLock};

use crate::runtime::registry::CodeInfo;

/// Whether `WASMJIT_PERF_MAP` asks for the map, read once per process.
fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| {
        std::env::var_os("WASMJIT_PERF_MAP").is_some_and(|v| !v.is_empty() && v != "0")
    })
}

/// Appends the lines of the code block `[start, start + len)` described by
/// `info` to `/tmp/perf-PID.map` when the map is enabled. A failure to
/// write is ignored: the map is a profiling aid, never needed to run.
pub fn record(start: usize, len: usize, info: &CodeInfo) {
    if !enabled() {
        return;
    }
    static FILE: Mutex<()> = Mutex::new(());
    let text = lines(start, len, info);
    let _guard = FILE.lock().unwrap_or_else(|e| e.into_inner());
    let path = format!("/tmp/perf-{}.map", std::process::id());
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = f.write_all(text.as_bytes());
    }
}

/// The map's lines for one code block: the trap exit, then each defined
/// function up to the next one's start (the last one to the block's end).
fn lines(start: usize, len: usize, info: &CodeInfo) -> String {
    let mut out = String::new();
    let offsets = &info.func_offsets;
    let first = offsets.first().copied().unwrap_or(len);
    if first > 0 {
        let _ = writeln!(out, "{start:x} {first:x} wasm::trap_exit");
    }
    for (i, &off) in offsets.iter().enumerate() {
        let end = offsets.get(i + 1).copied().unwrap_or(len);
        let index = info.first_func + i as u32;
        let _ = match info.names.get(&index) {
            Some(name) => writeln!(out, "{:x} {:x} wasm::{name}", start + off, end - off),
            None => writeln!(
                out,
                "{:x} {:x} wasm::function[{index}]",
                start + off,
                end - off
            ),
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One line per function, named or numbered, sizes up to the next
    /// function and the last to the block's end, after the trap exit.
    #[test]
    fn lines_cover_the_block() {
        let info = CodeInfo {
            first_func: 2,
            func_offsets: vec![0x10, 0x40, 0x90],
            names: [(3, "get".to_string())].into_iter().collect(),
            inline_ranges: Vec::new(),
        };
        assert_eq!(
            lines(0x7f00_0000, 0x100, &info),
            "7f000000 10 wasm::trap_exit\n\
             7f000010 30 wasm::function[2]\n\
             7f000040 50 wasm::get\n\
             7f000090 70 wasm::function[4]\n"
        );
    }
}
