;; Conversions, narrowing and widening: trunc_sat (NaN to 0, saturation),
;; unsigned converts, demote/promote, narrow and extend of every shape.
(module
  (func (export "float_int") (param $a v128) (result v128)
    local.get $a i32x4.trunc_sat_f32x4_s local.get $a i32x4.trunc_sat_f32x4_u i32x4.add
    local.get $a i32x4.trunc_sat_f64x2_s_zero i32x4.add local.get $a i32x4.trunc_sat_f64x2_u_zero i32x4.add
    local.get $a f32x4.convert_i32x4_s i32x4.add local.get $a f32x4.convert_i32x4_u i32x4.add
    local.get $a f64x2.convert_low_i32x4_s i32x4.add local.get $a f64x2.convert_low_i32x4_u i32x4.add
    local.get $a f32x4.demote_f64x2_zero i32x4.add local.get $a f64x2.promote_low_f32x4 i32x4.add)
  (func (export "narrow_extend") (param $a v128) (param $b v128) (result v128)
    local.get $a local.get $b i8x16.narrow_i16x8_s local.get $b i8x16.narrow_i16x8_u
    local.get $a i16x8.narrow_i32x4_s local.get $b i16x8.narrow_i32x4_u
    i16x8.extend_low_i8x16_s i16x8.extend_high_i8x16_u i32x4.extend_low_i16x8_u
    i32x4.extend_high_i16x8_s i64x2.extend_low_i32x4_s i64x2.extend_high_i32x4_u))
