;; Relaxed SIMD (Wasm 3.0), with its deterministic choices: swizzle, the
;; saturating truncations, unfused madd/nmadd, bitselect lane selects, the
;; strict min/max, q15mulr_sat, pmaddubsw dot products.
(module
  (func (export "relaxed") (param $a v128) (param $b v128) (param $c v128) (result v128)
    local.get $a local.get $b i8x16.relaxed_swizzle
    i32x4.relaxed_trunc_f32x4_s i32x4.relaxed_trunc_f32x4_u
    i32x4.relaxed_trunc_f64x2_s_zero i32x4.relaxed_trunc_f64x2_u_zero
    local.get $b local.get $c f32x4.relaxed_madd local.get $b local.get $c f64x2.relaxed_nmadd
    local.get $b local.get $c i8x16.relaxed_laneselect local.get $b local.get $c i64x2.relaxed_laneselect
    local.get $b f32x4.relaxed_min local.get $b f64x2.relaxed_max
    local.get $b i16x8.relaxed_q15mulr_s local.get $b i16x8.relaxed_dot_i8x16_i7x16_s
    local.get $b local.get $c i32x4.relaxed_dot_i8x16_i7x16_add_s))
