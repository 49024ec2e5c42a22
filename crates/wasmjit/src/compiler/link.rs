//! A module's functions compiled in chunks, on several threads, and linked
//! into one block of code.
//!
//! ```text
//!   function bodies (validated and compiled here)
//!   | chunk 0: f0 f1 f2 | chunk 1: f3 | chunk 2: f4 f5 ... |   ~16 KiB of wasm each
//!        |                   |              |                 any thread, any order
//!        v                   v              v
//!   [trap stub][check stub][chunk 0 code][chunk 1 code]...  concatenated in order
//!   then every `call rel32` (to a function, a trap exit's call of the
//!   trap stub at offset 0, a check exit's of the check stub) gets its
//!   displacement
//! ```
//!
//! Chunks are cut by body size alone and their code is placed in chunk
//! order, so the result is the same bytes whatever the number of threads,
//! and the same as one assembler emitting everything in order (calls are
//! always `rel32`, never shortened).
//!
//! Errors keep the order of a sequential compilation: a chunk stops at
//! its first error other than [`Error::Unsupported`]; the earliest such
//! error in function order is reported, else the earliest `Unsupported`.

use std::sync::Mutex;

use dynasmrt::DynasmApi as _;
use wasmparser::{FuncToValidate, FuncValidatorAllocations, FunctionBody, ValidatorResources};

use super::func::{FuncCompiler, FuncScratch, Output};
use super::inline::{InlineRange, Inlinees};
use super::masm::MacroAssembler as _;
use super::Target as Asm;
use super::{CompiledCode, ModuleEnv, SigSite};
use crate::error::{Error, Result};

/// What a `call rel32` calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelocTarget {
    /// The register entry (`calls.rs`) of the module's defined function of
    /// this index (imports not counted).
    Func(u32),
    /// The module's trap stub, at offset 0.
    TrapStub,
    /// The module's check stub, after the trap stub (`store/interrupt.rs`).
    /// The ia32 backend calls none (a failed check traps there).
    #[cfg_attr(target_arch = "x86", expect(dead_code))]
    CheckStub,
}

/// A 4-byte call displacement to fill in when the code is linked.
#[derive(Clone, Copy, Debug)]
pub struct Reloc {
    /// Offset of the displacement (in its chunk, then in the module).
    pub offset: u32,
    pub target: RelocTarget,
}

impl Reloc {
    pub fn new(offset: usize, target: RelocTarget) -> Reloc {
        Reloc {
            offset: offset as u32,
            target,
        }
    }
}

/// One function body to validate and compile.
pub struct FuncInput<'b> {
    /// Its index in the function index space (imports counted).
    pub index: u32,
    pub validator: FuncToValidate<ValidatorResources>,
    pub body: FunctionBody<'b>,
}

/// Wasm bytes of function bodies per chunk: large enough that a chunk's
/// fixed costs (an assembler, a thread hand-off) vanish, small enough to
/// share SQLite's 1.09 MB among a few threads evenly.
const CHUNK_BYTES: usize = 16 << 10;
/// Code sections smaller than this are compiled on the calling thread.
const PARALLEL_MIN_BYTES: usize = 2 * CHUNK_BYTES;

fn body_len(f: &FuncInput<'_>) -> usize {
    let r = f.body.range();
    (r.end - r.start) as usize
}

/// A chunk's code, offsets relative to its start.
struct Chunk {
    code: Vec<u8>,
    func_offsets: Vec<usize>,
    /// Each function's register entry, which direct calls target.
    reg_entries: Vec<usize>,
    /// Whether each function returns quickly.
    quick: Vec<bool>,
    sig_sites: Vec<SigSite>,
    relocs: Vec<Reloc>,
    inline_ranges: Vec<InlineRange>,
    /// The first error other than `Unsupported` (the chunk stops there).
    error: Option<Error>,
    /// The first `Unsupported` before it.
    unsupported: Option<Error>,
}

/// Scratch space one thread reuses across the functions it compiles.
#[derive(Default)]
struct Scratch<'b> {
    func: FuncScratch<'b>,
    allocs: FuncValidatorAllocations,
}

fn compile_chunk<'b>(
    env: &ModuleEnv,
    inlinees: &Inlinees<'_>,
    funcs: Vec<FuncInput<'b>>,
    s: &mut Scratch<'b>,
) -> Chunk {
    let bytes: usize = funcs.iter().map(|f| body_len(f)).sum();
    let n = funcs.len();
    // About the code of SQLite (2.3 bytes a wasm byte) and of small
    // functions (a prologue, an epilogue and exits each): no regrowth.
    let mut a = Asm::new_with_capacity(0, bytes * 3 + n * 128 + 256, 0, 0, n * 8, 0, n * 8);
    let mut chunk = Chunk {
        code: Vec::new(),
        func_offsets: Vec::with_capacity(n),
        reg_entries: Vec::with_capacity(n),
        quick: Vec::with_capacity(n),
        sig_sites: Vec::new(),
        relocs: Vec::new(),
        inline_ranges: Vec::new(),
        error: None,
        unsupported: None,
    };
    for f in funcs {
        chunk.func_offsets.push(a.offset().0);
        let mut validator = f.validator.into_validator(std::mem::take(&mut s.allocs));
        let out = Output {
            a: &mut a,
            relocs: &mut chunk.relocs,
            sig_sites: &mut chunk.sig_sites,
            inline_ranges: &mut chunk.inline_ranges,
        };
        let result = FuncCompiler::compile(
            out,
            env,
            inlinees,
            f.index,
            &f.body,
            &mut validator,
            &mut s.func,
        );
        s.allocs = validator.into_allocations();
        match result {
            Ok(c) => {
                chunk.quick.push(c.quick);
                chunk.reg_entries.push(c.reg_entry);
            }
            // Keep validating: invalid beats unsupported.
            Err(e @ Error::Unsupported { .. }) => {
                chunk.quick.push(false);
                chunk.reg_entries.push(0);
                chunk.unsupported.get_or_insert(e);
            }
            Err(e) => {
                chunk.error = Some(e);
                break;
            }
        }
    }
    match a.finalize() {
        Ok(code) => chunk.code = code,
        // After an unsupported operator the code is unfinished anyway.
        Err(_) if chunk.unsupported.is_some() => {}
        Err(e) => {
            chunk
                .error
                .get_or_insert(Error::Resource(format!("assembly failed: {e}")));
        }
    }
    chunk
}

/// Splits `funcs` into chunks of about [`CHUNK_BYTES`] each, in order.
fn chunks(funcs: Vec<FuncInput<'_>>) -> Vec<Vec<FuncInput<'_>>> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    let mut bytes = 0;
    for f in funcs {
        bytes += body_len(&f);
        cur.push(f);
        if bytes >= CHUNK_BYTES {
            out.push(std::mem::take(&mut cur));
            bytes = 0;
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Compiles `chunks` on up to `threads` threads (the caller's included);
/// the results in chunk order.
fn compile_chunks(
    env: &ModuleEnv,
    inlinees: &Inlinees<'_>,
    chunks: Vec<Vec<FuncInput<'_>>>,
    threads: usize,
) -> Vec<Chunk> {
    let n = chunks.len();
    let threads = threads.clamp(1, n.max(1));
    if threads == 1 {
        let mut s = Scratch::default();
        return chunks
            .into_iter()
            .map(|c| compile_chunk(env, inlinees, c, &mut s))
            .collect();
    }
    let queue = Mutex::new(chunks.into_iter().enumerate());
    let done: Mutex<Vec<Option<Chunk>>> = Mutex::new((0..n).map(|_| None).collect());
    let work = || {
        let mut s = Scratch::default();
        loop {
            let next = queue.lock().unwrap_or_else(|e| e.into_inner()).next();
            let Some((i, funcs)) = next else { break };
            let chunk = compile_chunk(env, inlinees, funcs, &mut s);
            done.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(chunk);
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..threads {
            scope.spawn(work);
        }
        work();
    });
    done.into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .map(|c| c.expect("every chunk compiled"))
        .collect()
}

/// Validates and compiles `funcs` (the module's defined functions, in
/// order) on up to `threads` threads and links their code behind the
/// module's trap stub. `Ok((code, unsupported))`: the code, and the first
/// `Unsupported` error if a function could not be compiled.
pub fn compile_module(
    env: &ModuleEnv,
    funcs: Vec<FuncInput<'_>>,
    threads: usize,
) -> Result<(CompiledCode, Option<Error>)> {
    let total: usize = funcs.iter().map(|f| body_len(f)).sum();
    let threads = if total < PARALLEL_MIN_BYTES {
        1
    } else {
        threads
    };
    let bodies: Vec<_> = funcs.iter().map(|f| (&f.validator, &f.body)).collect();
    let inlinees = Inlinees::find(env, &bodies, threads);
    let chunks = compile_chunks(env, &inlinees, chunks(funcs), threads);
    let mut stub = Asm::new(0);
    stub.module_trap_stub();
    let check_stub = stub.position();
    stub.module_check_stub();
    let mut code = stub
        .finalize()
        .map_err(|e| Error::Resource(format!("assembly failed: {e}")))?;
    code.reserve(chunks.iter().map(|c| c.code.len()).sum());
    let mut out = CompiledCode {
        code: Vec::new(),
        func_offsets: Vec::new(),
        quick: Vec::new(),
        sig_sites: Vec::new(),
        inline_ranges: Vec::new(),
    };
    let mut relocs = Vec::new();
    let mut reg_entries = Vec::new();
    let mut unsupported = None;
    for c in chunks {
        if let Some(e) = c.error {
            return Err(e);
        }
        if unsupported.is_none() {
            unsupported = c.unsupported;
        }
        let base = code.len();
        code.extend_from_slice(&c.code);
        out.func_offsets
            .extend(c.func_offsets.iter().map(|o| o + base));
        reg_entries.extend(c.reg_entries.iter().map(|o| o + base));
        out.quick.extend_from_slice(&c.quick);
        out.sig_sites.extend(c.sig_sites.iter().map(|s| SigSite {
            offset: s.offset + base as u32,
            type_index: s.type_index,
        }));
        out.inline_ranges
            .extend(c.inline_ranges.iter().map(|r| InlineRange {
                start: r.start + base as u32,
                end: r.end + base as u32,
                ..*r
            }));
        relocs.extend(c.relocs.iter().map(|r| Reloc {
            offset: r.offset + base as u32,
            target: r.target,
        }));
    }
    // Unlinked code is never run: after an unsupported function, or when
    // bodies are missing (a truncated module, compiled only to report its
    // bodies' errors in order).
    let complete = out.func_offsets.len() == env.funcs.len() - env.num_imported_funcs as usize;
    if unsupported.is_none() && complete {
        for r in relocs {
            let target = match r.target {
                RelocTarget::Func(f) => reg_entries[f as usize],
                RelocTarget::TrapStub => 0,
                RelocTarget::CheckStub => check_stub,
            };
            let at = r.offset as usize;
            let rel = target as i64 - (at as i64 + 4);
            let rel =
                i32::try_from(rel).map_err(|_| Error::Resource("module code over 2 GiB".into()))?;
            code[at..at + 4].copy_from_slice(&rel.to_le_bytes());
        }
    }
    out.code = code;
    Ok((out, unsupported))
}
