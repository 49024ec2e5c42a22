//! Script values: turning `.wast` arguments into engine values and matching
//! engine results against `assert_return` patterns.
//!
//! The patterns follow the spec interpreter's script format
//! (`interpreter/README.md` of the spec repository, "Scripts"): `nan:canonical`
//! and `nan:arithmetic` for floats (spec §4.3.3 "NaN propagation"), `ref.null`,
//! `ref.extern N`, `ref.func`, and `v128.const` lane patterns.

use std::collections::HashMap;

use wasmjit::{ExternRef, Store, Val};
use wast::core::{AbstractHeapType, HeapType, NanPattern, V128Pattern, WastArgCore, WastRetCore};
use wast::token::{F32, F64};
use wast::{WastArg, WastRet};

/// Host values behind `ref.extern N` arguments: one [`ExternRef`] per `N`,
/// so that a reference passed in and returned compares equal.
#[derive(Default)]
pub struct ExternRefs {
    by_number: HashMap<u32, ExternRef>,
}

impl ExternRefs {
    /// The externref standing for script host value `n`, made on first use.
    pub fn get(&mut self, store: &mut Store, n: u32) -> ExternRef {
        *self
            .by_number
            .entry(n)
            .or_insert_with(|| store.extern_ref(n))
    }
}

/// Converts a script argument to an engine value.
///
/// # Errors
/// A description of the argument when it has no engine counterpart (a
/// component-model value, `ref.host`, or a reference to a heap type other
/// than `func`/`extern`).
pub fn arg_to_val(store: &mut Store, refs: &mut ExternRefs, arg: &WastArg) -> Result<Val, String> {
    let WastArg::Core(core) = arg else {
        return Err("component-model argument".into());
    };
    Ok(match core {
        WastArgCore::I32(v) => Val::I32(*v),
        WastArgCore::I64(v) => Val::I64(*v),
        WastArgCore::F32(v) => Val::F32(v.bits),
        WastArgCore::F64(v) => Val::F64(v.bits),
        WastArgCore::V128(v) => Val::V128(u128::from_le_bytes(v.to_le_bytes())),
        WastArgCore::RefNull(ht) => match heap_type_family(ht) {
            Some(RefFamily::Func) => Val::FuncRef(None),
            Some(RefFamily::Extern) => Val::ExternRef(None),
            None => return Err(format!("ref.null of unsupported heap type {ht:?}")),
        },
        WastArgCore::RefExtern(n) => Val::ExternRef(Some(refs.get(store, *n))),
        WastArgCore::RefHost(n) => return Err(format!("ref.host {n} is not supported")),
    })
}

/// The two reference hierarchies the engine has.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum RefFamily {
    Func,
    Extern,
}

fn heap_type_family(ht: &HeapType) -> Option<RefFamily> {
    match ht {
        HeapType::Abstract { shared: false, ty } => match ty {
            AbstractHeapType::Func | AbstractHeapType::NoFunc => Some(RefFamily::Func),
            AbstractHeapType::Extern | AbstractHeapType::NoExtern => Some(RefFamily::Extern),
            _ => None,
        },
        _ => None,
    }
}

/// Checks one result against its expected pattern.
///
/// # Errors
/// A message naming the expected pattern and the actual value when they
/// differ, or when the pattern is one this runner cannot check (which counts
/// as a failure, never as a pass).
pub fn match_result(store: &Store, expected: &WastRet, actual: &Val) -> Result<(), String> {
    let WastRet::Core(core) = expected else {
        return Err("component-model result pattern".into());
    };
    if matches_core(store, core, actual)? {
        Ok(())
    } else {
        Err(format!(
            "expected {}, got {}",
            describe_pattern(core),
            describe_val(store, actual)
        ))
    }
}

fn matches_core(store: &Store, pattern: &WastRetCore, actual: &Val) -> Result<bool, String> {
    Ok(match (pattern, actual) {
        (WastRetCore::I32(e), Val::I32(a)) => e == a,
        (WastRetCore::I64(e), Val::I64(a)) => e == a,
        (WastRetCore::F32(p), Val::F32(a)) => f32_matches(p, *a),
        (WastRetCore::F64(p), Val::F64(a)) => f64_matches(p, *a),
        (WastRetCore::V128(p), Val::V128(a)) => v128_matches(p, *a),
        (WastRetCore::RefNull(ht), Val::FuncRef(None)) => ht
            .as_ref()
            .is_none_or(|h| heap_type_family(h) == Some(RefFamily::Func)),
        (WastRetCore::RefNull(ht), Val::ExternRef(None)) => ht
            .as_ref()
            .is_none_or(|h| heap_type_family(h) == Some(RefFamily::Extern)),
        (WastRetCore::RefExtern(None), Val::ExternRef(Some(_))) => true,
        (WastRetCore::RefExtern(Some(n)), Val::ExternRef(Some(r))) => {
            store.extern_data(*r).downcast_ref::<u32>() == Some(n)
        }
        // The engine has no way to name a function's index from a handle;
        // a non-null funcref is what the 2.0 suite's `(ref.func)` checks.
        (WastRetCore::RefFunc(_), Val::FuncRef(Some(_))) => true,
        (WastRetCore::Either(alts), v) => {
            for alt in alts {
                if matches_core(store, alt, v)? {
                    return Ok(true);
                }
            }
            false
        }
        (
            WastRetCore::RefHost(_)
            | WastRetCore::RefAny
            | WastRetCore::RefEq
            | WastRetCore::RefArray
            | WastRetCore::RefStruct
            | WastRetCore::RefI31
            | WastRetCore::RefI31Shared,
            _,
        ) => return Err(format!("unsupported result pattern {pattern:?}")),
        _ => false,
    })
}

/// `nan:canonical`: only the quiet bit of the payload is set (either sign).
/// `nan:arithmetic`: the quiet bit is set, any other payload bits.
fn f32_matches(p: &NanPattern<F32>, bits: u32) -> bool {
    match p {
        NanPattern::CanonicalNan => bits & 0x7fff_ffff == 0x7fc0_0000,
        NanPattern::ArithmeticNan => bits & 0x7fc0_0000 == 0x7fc0_0000,
        NanPattern::Value(v) => v.bits == bits,
    }
}

/// As [`f32_matches`], for binary64.
fn f64_matches(p: &NanPattern<F64>, bits: u64) -> bool {
    match p {
        NanPattern::CanonicalNan => bits & 0x7fff_ffff_ffff_ffff == 0x7ff8_0000_0000_0000,
        NanPattern::ArithmeticNan => bits & 0x7ff8_0000_0000_0000 == 0x7ff8_0000_0000_0000,
        NanPattern::Value(v) => v.bits == bits,
    }
}

/// Lane-wise comparison; lanes are little-endian in the 128-bit value.
fn v128_matches(p: &V128Pattern, bits: u128) -> bool {
    let lane = |i: usize, width: u32| (bits >> (i as u32 * width)) & ((1u128 << width) - 1);
    match p {
        V128Pattern::I8x16(l) => l
            .iter()
            .enumerate()
            .all(|(i, &e)| lane(i, 8) as u8 == e as u8),
        V128Pattern::I16x8(l) => l
            .iter()
            .enumerate()
            .all(|(i, &e)| lane(i, 16) as u16 == e as u16),
        V128Pattern::I32x4(l) => l
            .iter()
            .enumerate()
            .all(|(i, &e)| lane(i, 32) as u32 == e as u32),
        V128Pattern::I64x2(l) => l
            .iter()
            .enumerate()
            .all(|(i, &e)| lane(i, 64) as u64 == e as u64),
        V128Pattern::F32x4(l) => l
            .iter()
            .enumerate()
            .all(|(i, e)| f32_matches(e, lane(i, 32) as u32)),
        V128Pattern::F64x2(l) => l
            .iter()
            .enumerate()
            .all(|(i, e)| f64_matches(e, lane(i, 64) as u64)),
    }
}

fn describe_nan<T>(p: &NanPattern<T>, bits: impl Fn(&T) -> String) -> String {
    match p {
        NanPattern::CanonicalNan => "nan:canonical".into(),
        NanPattern::ArithmeticNan => "nan:arithmetic".into(),
        NanPattern::Value(v) => bits(v),
    }
}

fn describe_pattern(p: &WastRetCore) -> String {
    match p {
        WastRetCore::I32(v) => format!("i32 {v}"),
        WastRetCore::I64(v) => format!("i64 {v}"),
        WastRetCore::F32(n) => format!("f32 {}", describe_nan(n, |v| format!("{:#010x}", v.bits))),
        WastRetCore::F64(n) => format!("f64 {}", describe_nan(n, |v| format!("{:#018x}", v.bits))),
        WastRetCore::Either(alts) => {
            let all: Vec<String> = alts.iter().map(describe_pattern).collect();
            format!("either({})", all.join(" | "))
        }
        other => format!("{other:?}"),
    }
}

/// A short text for a value, floats as bit patterns.
pub fn describe_val(store: &Store, v: &Val) -> String {
    match v {
        Val::I32(x) => format!("i32 {x}"),
        Val::I64(x) => format!("i64 {x}"),
        Val::F32(b) => format!("f32 {b:#010x} ({})", f32::from_bits(*b)),
        Val::F64(b) => format!("f64 {b:#018x} ({})", f64::from_bits(*b)),
        Val::V128(b) => format!("v128 {b:#034x}"),
        Val::FuncRef(None) => "ref.null func".into(),
        Val::FuncRef(Some(f)) => format!("ref.func {f:?}"),
        Val::ExternRef(None) => "ref.null extern".into(),
        Val::ExternRef(Some(r)) => match store.extern_data(*r).downcast_ref::<u32>() {
            Some(n) => format!("ref.extern {n}"),
            None => "ref.extern (host value)".into(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nan_patterns() {
        let canon = NanPattern::<F32>::CanonicalNan;
        let arith = NanPattern::<F32>::ArithmeticNan;
        assert!(f32_matches(&canon, 0x7fc0_0000));
        assert!(f32_matches(&canon, 0xffc0_0000));
        assert!(!f32_matches(&canon, 0x7fc0_0001));
        assert!(f32_matches(&arith, 0x7fc0_0001));
        assert!(!f32_matches(&arith, 0x7f80_0001));
        assert!(!f32_matches(&arith, 0x3f80_0000));
        let canon64 = NanPattern::<F64>::CanonicalNan;
        assert!(f64_matches(&canon64, 0xfff8_0000_0000_0000));
        assert!(!f64_matches(&canon64, 0x7ff0_0000_0000_0001));
    }

    #[test]
    fn v128_lanes() {
        let bits =
            u128::from_le_bytes([1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 0xff, 0xff, 0xff, 0xff]);
        assert!(v128_matches(&V128Pattern::I32x4([1, 2, 3, -1]), bits));
        assert!(!v128_matches(&V128Pattern::I32x4([1, 2, 3, 4]), bits));
        assert!(v128_matches(
            &V128Pattern::I16x8([1, 0, 2, 0, 3, 0, -1, -1]),
            bits
        ));
    }
}
