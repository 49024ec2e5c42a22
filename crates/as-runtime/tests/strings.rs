//! Strings both ways (pyaswasm README "How to use strings"), on every build.
mod common;

use as_runtime::{decode_utf16le, Generation, Values};
use common::{i32v, load, BUILDS};

#[test]
fn generation_and_ids_match_the_module() {
    for (v, p) in BUILDS {
        let m = load(v, p, "strings");
        let expected = if v.starts_with("0.19") {
            Generation::Legacy
        } else {
            Generation::Current
        };
        assert_eq!(m.rt.generation(), expected, "{}", m.label);
        assert_eq!(m.rt.string_id(), m.global_u32("String_ID"), "{}", m.label);
        let a = load(v, p, "arrays");
        assert_eq!(
            a.rt.array_buffer_id(),
            a.global_u32("ArrayBuffer_ID"),
            "{}",
            a.label
        );
    }
}

#[test]
fn get_string_of_module_strings() {
    for (v, p) in BUILDS {
        let mut m = load(v, p, "strings");
        let hello = m.call_i32("get_hello_string", &[]);
        assert_eq!(
            m.rt.get_string(&m.store, hello).unwrap(),
            "Hello world!",
            "{}",
            m.label
        );
        let uni = m.call_i32("get_unicode_string", &[]);
        assert_eq!(
            m.rt.get_string(&m.store, uni).unwrap(),
            "Grüße, 世界! 🎉𝄞",
            "{}",
            m.label
        );
        let bytes = m.rt.string_bytes(&m.store, uni).unwrap();
        assert_eq!(bytes.len(), 2 * "Grüße, 世界! 🎉𝄞".encode_utf16().count());
    }
}

#[test]
fn new_string_round_trips_through_the_module() {
    for (v, p) in BUILDS {
        let mut m = load(v, p, "strings");
        for text in ["message string", "", "Grüße 🎉𝄞 世界", "a\u{0}b"] {
            let s = m.rt.new_string(&mut m.store, text).unwrap();
            m.rt.pin(&mut m.store, s).unwrap();
            let units: Vec<u16> = text.encode_utf16().collect();
            assert_eq!(
                m.call_i32("string_length", &[i32v(s)]) as usize,
                units.len(),
                "{}",
                m.label
            );
            for (i, &u) in units.iter().enumerate() {
                assert_eq!(
                    m.call_i32("char_code_at", &[i32v(s), i32v(i as u32)]),
                    u32::from(u)
                );
            }
            let out = m.call_i32("expand_string", &[i32v(s)]);
            assert_eq!(
                m.rt.get_string(&m.store, out).unwrap(),
                format!("Expanded: {text}!")
            );
            m.rt.unpin(&mut m.store, s).unwrap();
        }
    }
}

#[test]
fn large_string_built_in_the_module() {
    for (v, p) in BUILDS {
        let mut m = load(v, p, "strings");
        let unit = m.rt.new_string(&mut m.store, "aé").unwrap();
        m.rt.pin(&mut m.store, unit).unwrap();
        let big = m.call_i32("repeat_string", &[i32v(unit), i32v(1 << 18)]);
        let s = m.rt.get_string(&m.store, big).unwrap();
        assert_eq!(s, "aé".repeat(1 << 18), "{}", m.label);
        m.rt.unpin(&mut m.store, unit).unwrap();
    }
}

#[test]
fn array_of_strings_joined_in_the_module() {
    for (v, p) in BUILDS {
        let mut m = load(v, p, "strings");
        let parts = ["α", "beta", "🎉"];
        let mut ptrs = Vec::new();
        for s in parts {
            let ptr = m.rt.new_string(&mut m.store, s).unwrap();
            m.rt.pin(&mut m.store, ptr).unwrap();
            ptrs.push(u64::from(ptr));
        }
        let id = m.global_u32("ArrayString_ID");
        let arr =
            m.rt.new_array(&mut m.store, id, Values::U64(&ptrs))
                .unwrap();
        m.rt.pin(&mut m.store, arr).unwrap();
        let sep = m.rt.new_string(&mut m.store, ", ").unwrap();
        let joined = m.call_i32("join_strings", &[i32v(arr), i32v(sep)]);
        assert_eq!(
            m.rt.get_string(&m.store, joined).unwrap(),
            "α, beta, 🎉",
            "{}",
            m.label
        );
        let back = m.rt.get_array(&m.store, arr).unwrap();
        assert_eq!(
            back,
            as_runtime::ArrayValues::Managed(ptrs.iter().map(|&p| p as u32).collect())
        );
    }
}

#[test]
fn decode_handles_surrogates() {
    let enc = |units: &[u16]| {
        units
            .iter()
            .flat_map(|u| u.to_le_bytes())
            .collect::<Vec<u8>>()
    };
    assert_eq!(decode_utf16le(&enc(&[0xD83C, 0xDF89])), "🎉");
    assert_eq!(decode_utf16le(&enc(&[0x61, 0xD83C, 0x62])), "a\u{FFFD}b");
    assert_eq!(decode_utf16le(&enc(&[0xDF89, 0x61])), "\u{FFFD}a");
    let long: Vec<u16> = "0123456789abcdefé🎉xyz".encode_utf16().collect();
    assert_eq!(decode_utf16le(&enc(&long)), "0123456789abcdefé🎉xyz");
}
