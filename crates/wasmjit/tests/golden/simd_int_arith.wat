;; Integer lane arithmetic: add/sub/mul (i64x2.mul without pmullq),
;; saturating, min/max, avgr, abs/neg/popcnt, q15mulr, dot, extmul and
;; extadd_pairwise.
(module
  (func (export "i8") (param $a v128) (param $b v128) (result v128)
    local.get $a local.get $b i8x16.add local.get $b i8x16.sub_sat_u
    local.get $a i8x16.add_sat_s local.get $b i8x16.sub local.get $a i8x16.add_sat_u
    local.get $b i8x16.sub_sat_s local.get $a i8x16.min_s local.get $b i8x16.max_u
    local.get $a i8x16.min_u local.get $b i8x16.max_s local.get $a i8x16.avgr_u
    i8x16.abs i8x16.neg i8x16.popcnt)
  (func (export "i16") (param $a v128) (param $b v128) (result v128)
    local.get $a local.get $b i16x8.mul local.get $b i16x8.add_sat_s local.get $a i16x8.q15mulr_sat_s
    local.get $b i16x8.min_u local.get $a i16x8.avgr_u i16x8.abs i16x8.neg
    local.get $a local.get $b i16x8.extmul_low_i8x16_s i16x8.add
    local.get $a local.get $b i16x8.extmul_high_i8x16_u i16x8.add
    local.get $a i16x8.extadd_pairwise_i8x16_s i16x8.add
    local.get $a i16x8.extadd_pairwise_i8x16_u i16x8.add)
  (func (export "i32") (param $a v128) (param $b v128) (result v128)
    local.get $a local.get $b i32x4.mul local.get $b i32x4.min_s local.get $a i32x4.max_u
    i32x4.abs i32x4.neg local.get $a local.get $b i32x4.dot_i16x8_s i32x4.add
    local.get $a local.get $b i32x4.extmul_low_i16x8_s i32x4.add
    local.get $a local.get $b i32x4.extmul_high_i16x8_u i32x4.add
    local.get $a i32x4.extadd_pairwise_i16x8_s i32x4.add
    local.get $a i32x4.extadd_pairwise_i16x8_u i32x4.add)
  (func (export "i64") (param $a v128) (param $b v128) (result v128)
    local.get $a local.get $b i64x2.mul local.get $b i64x2.sub local.get $a i64x2.add
    i64x2.abs i64x2.neg local.get $a local.get $b i64x2.extmul_low_i32x4_s i64x2.add
    local.get $a local.get $b i64x2.extmul_high_i32x4_u i64x2.add))
