//! The Vector3d class, arrays of objects and the minimum distance (pyaswasm
//! README "How to use classes"), on every build; class exports on AS 0.19.
mod common;

use as_runtime::{ArrayValues, Values};
use common::{i32v, load, Loaded, BUILDS};
use wasmjit::Val;

/// The (x, y, z) fields of the Vector3d at `ptr`, read from memory.
fn coords(m: &Loaded, ptr: u32) -> [f64; 3] {
    let id = m.global_u32("Vector3d_ID");
    let h = m.rt.check_type(&m.store, ptr, id, "Vector3d").unwrap();
    assert_eq!(h.rt_size, 24);
    let mem = m.rt.memory().data(&m.store);
    let f = |o: usize| {
        let mut b = [0u8; 8];
        b.copy_from_slice(&mem[ptr as usize + o..ptr as usize + o + 8]);
        f64::from_le_bytes(b)
    };
    [f(0), f(8), f(16)]
}

fn min_distance(points: &[[f64; 3]]) -> f64 {
    let mut best = f64::INFINITY;
    for i in 0..points.len() {
        for j in i + 1..points.len() {
            let (a, b) = (points[i], points[j]);
            let d = ((a[0] - b[0]) * (a[0] - b[0])
                + (a[1] - b[1]) * (a[1] - b[1])
                + (a[2] - b[2]) * (a[2] - b[2]))
                .sqrt();
            best = best.min(d);
        }
    }
    best
}

/// A new Vector3d: `Vector3d#constructor(0, ...)` on 0.19, `make_vector` on 0.28.
fn new_vector(m: &mut Loaded, x: f64, y: f64, z: f64) -> u32 {
    let args = [Val::from_f64(x), Val::from_f64(y), Val::from_f64(z)];
    if let Some(ctor) = m.rt.class("Vector3d").and_then(|c| c.constructor) {
        let mut full = vec![Val::I32(0)];
        full.extend(args);
        match ctor.call(&mut m.store, &full).unwrap()[..] {
            [Val::I32(p)] => p as u32,
            ref o => panic!("{o:?}"),
        }
    } else {
        m.call_i32("make_vector", &args)
    }
}

#[test]
fn readme_vectors_and_minimum_distance() {
    for (v, p) in BUILDS {
        let mut m = load(v, p, "vector3d");
        let arr = m.call_i32("get_random_vectors", &[i32v(5)]);
        let ArrayValues::Managed(ptrs) = m.rt.get_array(&m.store, arr).unwrap() else {
            panic!("{}: not an array of objects", m.label)
        };
        assert_eq!(ptrs.len(), 5);
        for &p in &ptrs {
            m.rt.pin(&mut m.store, p).unwrap();
        }
        let mut points: Vec<[f64; 3]> = ptrs.iter().map(|&p| coords(&m, p)).collect();
        assert!(points.iter().flatten().all(|c| (-1.0..1.0).contains(c)));
        for (&p, c) in ptrs.iter().zip(&points) {
            let len = m.call_f64("vector_length", &[i32v(p)]);
            assert_eq!(len, (c[0] * c[0] + c[1] * c[1] + c[2] * c[2]).sqrt());
        }
        // A vector made from the host side joins the list.
        let nv = new_vector(&mut m, 0.25, -0.5, 0.125);
        m.rt.pin(&mut m.store, nv).unwrap();
        assert_eq!(coords(&m, nv), [0.25, -0.5, 0.125]);
        let mut all: Vec<u64> = ptrs.iter().map(|&p| u64::from(p)).collect();
        all.push(u64::from(nv));
        points.push([0.25, -0.5, 0.125]);
        let id = m.global_u32("VectorsArray_ID");
        let va = m.rt.new_array(&mut m.store, id, Values::U64(&all)).unwrap();
        m.rt.pin(&mut m.store, va).unwrap();
        let d = m.call_f64("get_minimum_distance", &[i32v(va)]);
        assert_eq!(d, min_distance(&points), "{}", m.label);
        let sid = m.global_u32("VectorsStaticArray_ID");
        let sa =
            m.rt.new_array(&mut m.store, sid, Values::U64(&all))
                .unwrap();
        assert_eq!(m.call_f64("get_minimum_distance_static", &[i32v(sa)]), d);
        // Collecting keeps everything pinned alive.
        m.rt.collect(&mut m.store).unwrap();
        assert_eq!(m.call_f64("get_minimum_distance", &[i32v(va)]), d);
        for p in all {
            m.rt.unpin(&mut m.store, p as u32).unwrap();
        }
        m.rt.unpin(&mut m.store, va).unwrap();
    }
}

#[test]
fn class_exports_of_as_0_19() {
    for (v, p) in BUILDS {
        let mut m = load(v, p, "vector3d");
        if !v.starts_with("0.19") {
            assert!(
                m.rt.classes().is_empty(),
                "{}: AS >= 0.20 exports no classes",
                m.label
            );
            continue;
        }
        let c = m.rt.class("Vector3d").expect("Vector3d").clone();
        assert_eq!(m.rt.classes().len(), 1);
        assert_eq!(c.id, Some(m.global_u32("Vector3d_ID")));
        assert_eq!(c.properties(), ["x", "y", "z"]);
        assert_eq!(
            c.methods.keys().collect::<Vec<_>>(),
            ["add", "distance", "length", "scale"]
        );
        assert_eq!(c.static_methods.keys().collect::<Vec<_>>(), ["splat"]);
        let a = new_vector(&mut m, 3.0, 4.0, 12.0);
        m.rt.pin(&mut m.store, a).unwrap();
        let call =
            |m: &mut Loaded, f: wasmjit::Func, args: &[Val]| f.call(&mut m.store, args).unwrap();
        assert_eq!(
            call(&mut m, c.methods["length"], &[i32v(a)]),
            vec![Val::from_f64(13.0)]
        );
        assert_eq!(
            call(&mut m, c.getters["y"], &[i32v(a)]),
            vec![Val::from_f64(4.0)]
        );
        call(&mut m, c.setters["x"], &[i32v(a), Val::from_f64(5.0)]);
        assert_eq!(m.call_f64("vector_x", &[i32v(a)]), 5.0);
        let [Val::I32(b)] = call(&mut m, c.static_methods["splat"], &[Val::from_f64(2.0)])[..]
        else {
            panic!()
        };
        assert_eq!(coords(&m, b as u32), [2.0, 2.0, 2.0]);
        let [Val::I32(s)] = call(&mut m, c.methods["add"], &[i32v(a), Val::I32(b)])[..] else {
            panic!()
        };
        assert_eq!(coords(&m, s as u32), [7.0, 6.0, 14.0]);
        m.rt.unpin(&mut m.store, a).unwrap();
    }
}
