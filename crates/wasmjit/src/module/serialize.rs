//! Compiled modules as bytes: [`Module::serialize`] and
//! [`Module::deserialize`], the format of the compiled-code cache (after
//! wasmtime's `Module::serialize`; the layout is ours).
//!
//! ```text
//! offset size
//!      0    8  magic b"\0wasmjit" (a wasm binary starts b"\0asm")
//!      8    4  FORMAT_VERSION
//!     12    4  code configuration the code relies on (`code_config`)
//!     16   16  engine build id (a hash of the compiler's sources, build.rs)
//!     32    8  CPU features the code uses (engine.rs, CPU_FEATURES bits)
//!     40   16  xxh3-128 of the module's binary
//!     56    8  payload length
//!     64   16  checksum: xxh3-128 of bytes 0..64 and the payload
//!     80       payload:
//!              u64 n, n bytes: the module's binary with every function
//!                    body replaced by an empty one (declarations, data,
//!                    names: what instantiation and introspection read)
//!              u64 n, n bytes: the machine code
//!              u32 n, n × u32: code offset of each defined function
//!              u32 n, n bytes: 1 where that function returns quickly
//!              u32 n, n × (u32 offset, u32 type index): signature-id
//!                    immediates (`call_indirect`), rewritten on load with
//!                    this engine's ids
//!              u32 n, n × (u32 start, u32 end, u32 function, u32 depth):
//!                    code of inlined callees (`compiler/inline.rs`)
//! ```
//!
//! Integers are little-endian. Loading checks the header field by field,
//! then the checksum, before anything of the payload is used; the
//! declarations are validated again by wasmparser. The checksum detects
//! corruption (a truncated or bit-flipped file), it is not a signature:
//! whoever can write a cache file can as well write the Python module
//! beside it.

use xxhash_rust::xxh3::{xxh3_128, Xxh3};

use super::translate::{Precompiled, Translation};
use super::Module;
use crate::compiler::{InlineRange, SigSite};
use crate::engine::{code_cpu_features, cpu_feature_names, host_cpu_features, Engine};
use crate::environ::bounds::BoundsChecks;
use crate::environ::isa::SimdIsa;
use crate::error::{Error, Result};

const MAGIC: &[u8; 8] = b"\0wasmjit";
/// Bumped when the layout above changes.
const FORMAT_VERSION: u32 = 3;
/// The code configuration word of code compiled with bounds checks
/// `checks`: bit 0, memory accesses rely on guard pages (8 GiB
/// reservations) and carry no bounds checks; bit 1, they are checked
/// explicitly (`BoundsChecks`).
fn code_config(checks: BoundsChecks) -> u32 {
    match checks {
        BoundsChecks::GuardPages => 1,
        BoundsChecks::Explicit => 2,
    }
}
const HEADER_LEN: usize = 80;

/// The engine build id (`build.rs`) as 16 bytes.
fn build_id() -> [u8; 16] {
    let hex = env!("WASMJIT_BUILD_ID");
    let mut id = [0u8; 16];
    for (i, b) in id.iter_mut().enumerate() {
        *b = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap_or(0);
    }
    id
}

/// xxh3-128 of `bytes`, as 16 little-endian bytes: the hash serialized
/// modules carry of their binary, and the key the Python import hook's
/// cache files are checked with.
pub fn content_hash(bytes: &[u8]) -> [u8; 16] {
    xxh3_128(bytes).to_le_bytes()
}

/// A short tag naming what serialized code depends on (engine version and
/// build, CPU features, code configuration of [`Engine::new`]'s engines),
/// for cache file names:
/// `wasmjit-1a2b3c4d`. Files with another tag were written by another
/// engine and are never tried.
pub fn cache_tag() -> String {
    let mut key = Vec::with_capacity(40);
    key.extend_from_slice(env!("CARGO_PKG_VERSION").as_bytes());
    key.extend_from_slice(&build_id());
    key.extend_from_slice(&code_cpu_features(SimdIsa::host()).to_le_bytes());
    key.extend_from_slice(&code_config(crate::engine::default_bounds_checks()).to_le_bytes());
    format!("wasmjit-{:08x}", xxh3_128(&key) as u32)
}

/// What [`Module::serialize`] writes after the header.
pub(super) struct Payload<'a> {
    pub decls: &'a [u8],
    pub code: &'a [u8],
    pub func_offsets: Vec<usize>,
    pub quick: &'a [bool],
    pub sig_sites: Vec<SigSite>,
    pub inline_ranges: &'a [InlineRange],
}

fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(&v.to_le_bytes());
}

pub(super) fn serialize(
    wasm_hash: [u8; 16],
    checks: BoundsChecks,
    simd_isa: SimdIsa,
    p: &Payload<'_>,
) -> Vec<u8> {
    let payload_len = 8
        + p.decls.len()
        + 8
        + p.code.len()
        + 4
        + 4 * p.func_offsets.len()
        + 4
        + p.quick.len()
        + 4
        + 8 * p.sig_sites.len()
        + 4
        + 16 * p.inline_ranges.len();
    let mut out = Vec::with_capacity(HEADER_LEN + payload_len);
    out.extend_from_slice(MAGIC);
    put_u32(&mut out, FORMAT_VERSION);
    put_u32(&mut out, code_config(checks));
    out.extend_from_slice(&build_id());
    put_u64(&mut out, code_cpu_features(simd_isa));
    out.extend_from_slice(&wasm_hash);
    put_u64(&mut out, payload_len as u64);
    out.extend_from_slice(&[0; 16]); // checksum, below
    put_u64(&mut out, p.decls.len() as u64);
    out.extend_from_slice(p.decls);
    put_u64(&mut out, p.code.len() as u64);
    out.extend_from_slice(p.code);
    put_u32(&mut out, p.func_offsets.len() as u32);
    for &o in &p.func_offsets {
        put_u32(&mut out, o as u32);
    }
    put_u32(&mut out, p.quick.len() as u32);
    out.extend(p.quick.iter().map(|&q| q as u8));
    put_u32(&mut out, p.sig_sites.len() as u32);
    for s in &p.sig_sites {
        put_u32(&mut out, s.offset);
        put_u32(&mut out, s.type_index);
    }
    put_u32(&mut out, p.inline_ranges.len() as u32);
    for r in p.inline_ranges {
        for v in [r.start, r.end, r.func, r.depth] {
            put_u32(&mut out, v);
        }
    }
    debug_assert_eq!(out.len(), HEADER_LEN + payload_len);
    let sum = checksum(&out);
    out[64..80].copy_from_slice(&sum);
    out
}

/// The checksum of serialized module `data`: over the header before it
/// and the payload after it.
fn checksum(data: &[u8]) -> [u8; 16] {
    let mut h = Xxh3::new();
    h.update(&data[..64]);
    h.update(&data[HEADER_LEN..]);
    h.digest128().to_le_bytes()
}

fn bad(message: impl Into<String>) -> Error {
    Error::Deserialize(message.into())
}

/// Reads the payload's fields in order, every length checked.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8]> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or_else(|| {
            bad(format!(
                "malformed payload: {what} runs past its end (offset {})",
                HEADER_LEN + self.pos
            ))
        })?;
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn u32(&mut self, what: &str) -> Result<u32> {
        Ok(u32::from_le_bytes(self.take(4, what)?.try_into().unwrap()))
    }

    fn u64(&mut self, what: &str) -> Result<usize> {
        let v = u64::from_le_bytes(self.take(8, what)?.try_into().unwrap());
        usize::try_from(v).map_err(|_| bad(format!("malformed payload: {what} too long")))
    }

    fn bytes(&mut self, what: &str) -> Result<&'a [u8]> {
        let n = self.u64(what)?;
        self.take(n, what)
    }

    fn u32s(&mut self, per_item: usize, what: &str) -> Result<Vec<u32>> {
        let n = self.u32(what)? as usize;
        let raw = self.take(n.saturating_mul(4 * per_item), what)?;
        Ok(raw
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().unwrap()))
            .collect())
    }
}

/// Checks the header of `data` and returns the wasm hash, the code
/// configuration (one this engine knows), the CPU features (all of which
/// this machine has) and the payload.
fn check_header(data: &[u8]) -> Result<([u8; 16], u32, u64, &[u8])> {
    if data.len() < HEADER_LEN {
        if !data.is_empty() && !MAGIC.starts_with(&data[..data.len().min(8)]) {
            return Err(bad("not a serialized module (no wasmjit magic number)"));
        }
        return Err(bad(format!(
            "truncated: {} bytes, shorter than the {HEADER_LEN}-byte header",
            data.len()
        )));
    }
    let u32_at = |at: usize| u32::from_le_bytes(data[at..at + 4].try_into().unwrap());
    let u64_at = |at: usize| u64::from_le_bytes(data[at..at + 8].try_into().unwrap());
    if &data[..8] != MAGIC {
        return Err(bad("not a serialized module (no wasmjit magic number)"));
    }
    let version = u32_at(8);
    if version != FORMAT_VERSION {
        return Err(bad(format!(
            "written in format version {version}; this engine reads version {FORMAT_VERSION}"
        )));
    }
    let config = u32_at(12);
    let known = [BoundsChecks::GuardPages, BoundsChecks::Explicit].map(code_config);
    if !known.contains(&config) {
        return Err(bad(format!(
            "compiled for code configuration {config:#x}, which this engine does not know"
        )));
    }
    if data[16..32] != build_id() {
        return Err(bad(
            "compiled by another build of the engine (stale: compile the module again)",
        ));
    }
    let cpu = u64_at(32);
    let missing = cpu & !host_cpu_features();
    if missing != 0 {
        return Err(bad(format!(
            "the code uses CPU features this machine lacks: {}",
            cpu_feature_names(missing)
        )));
    }
    let wasm_hash: [u8; 16] = data[40..56].try_into().unwrap();
    let len = u64_at(56);
    let have = (data.len() - HEADER_LEN) as u64;
    if len != have {
        let what = if have < len {
            "truncated"
        } else {
            "trailing bytes"
        };
        return Err(bad(format!(
            "{what}: the header announces {len} payload bytes, {have} follow"
        )));
    }
    let payload = &data[HEADER_LEN..];
    if checksum(data)[..] != data[64..80] {
        return Err(bad("checksum mismatch: the bytes are corrupt"));
    }
    Ok((wasm_hash, config, cpu, payload))
}

pub(super) fn deserialize(engine: &Engine, data: &[u8]) -> Result<Module> {
    let (wasm_hash, config, cpu, payload) = check_header(data)?;
    let ours = code_config(engine.bounds_checks());
    if config != ours {
        return Err(bad(format!(
            "compiled for code configuration {config:#x}; this engine runs {ours:#x} \
             (bit 0: guard pages, bit 1: explicit bounds checks)"
        )));
    }
    let ours = code_cpu_features(engine.simd_isa());
    if cpu != ours {
        return Err(bad(format!(
            "compiled for CPU features {}; this engine's code uses {} (SimdIsa::{:?})",
            cpu_feature_names(cpu),
            cpu_feature_names(ours),
            engine.simd_isa()
        )));
    }
    let mut r = Reader {
        bytes: payload,
        pos: 0,
    };
    let decls = r.bytes("declarations")?;
    let code = r.bytes("code")?;
    let func_offsets = r.u32s(1, "function offsets")?;
    let n = r.u32("quick flags")? as usize;
    let quick = r.take(n, "quick flags")?;
    if quick.iter().any(|&q| q > 1) {
        return Err(bad("malformed payload: a quick flag is not 0 or 1"));
    }
    let sites = r.u32s(2, "signature sites")?;
    let inlined = r.u32s(4, "inlined code ranges")?;
    if r.pos != payload.len() {
        return Err(bad("malformed payload: bytes after its last field"));
    }
    let pre = Precompiled {
        wasm_hash,
        code,
        func_offsets: func_offsets.iter().map(|&o| o as usize).collect(),
        quick: quick.iter().map(|&q| q == 1).collect(),
        sig_sites: sites
            .chunks_exact(2)
            .map(|s| SigSite {
                offset: s[0],
                type_index: s[1],
            })
            .collect(),
        inline_ranges: inlined
            .chunks_exact(4)
            .map(|r| InlineRange {
                start: r[0],
                end: r[1],
                func: r[2],
                depth: r[3],
            })
            .collect(),
    };
    let malformed = |e: Error| bad(format!("malformed declarations: {e}"));
    let mut t = Translation::precompiled(engine, decls, pre);
    for payload in wasmparser::Parser::new(0).parse_all(decls) {
        t.payload(payload.map_err(Error::from).map_err(malformed)?)
            .map_err(malformed)?;
    }
    t.finish()
}
