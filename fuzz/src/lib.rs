//! Fuzzing and differential testing for wasmjit.
//!
//! [`smith`] generates modules in the feature set the engine supports;
//! [`diff`] runs one module on wasmjit and on the `wasmi` interpreter and
//! compares every observable result. The `cargo fuzz` targets in
//! `fuzz_targets/` and the bounded run in `tests/bounded.rs` are thin
//! drivers over these two. See `README.md` for the commands.

pub mod diff;
pub mod smith;

use arbitrary::Unstructured;

/// One differential iteration from raw fuzzer input: generates a module with
/// `profile` from `data`, then runs [`diff::check`] with call arguments taken
/// from the rest of `data`.
///
/// Returns the verdict, or `Err` with a description (and the module bytes)
/// on a divergence. Input too short to build a module gives
/// `Ok(Verdict::Skipped)`.
pub fn differential(
    data: &[u8],
    profile: smith::Profile,
) -> Result<diff::Verdict, (String, Vec<u8>)> {
    let biased;
    let data = if profile == smith::Profile::Registers {
        biased = smith::bias(data);
        &biased[..]
    } else {
        data
    };
    let mut u = Unstructured::new(data);
    let wasm = match smith::generate(&mut u, profile) {
        Ok(w) => w,
        Err(e) => return Ok(diff::Verdict::Skipped(format!("generation: {e}"))),
    };
    diff::check(&wasm, &mut u).map_err(|msg| (msg, wasm))
}
