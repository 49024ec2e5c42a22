;; Constants, splats, lane extraction and replacement, shuffle and swizzle.
(module
  (func (export "splats") (param $x i32) (param $y i64) (param $f f32) (param $d f64) (result v128)
    local.get $x i8x16.splat local.get $x i16x8.splat i16x8.add
    local.get $x i32x4.splat i32x4.add local.get $y i64x2.splat i64x2.add
    local.get $f f32x4.splat f32x4.add local.get $d f64x2.splat f64x2.add
    v128.const i32x4 0 0 0 0 v128.or v128.const i32x4 -1 -1 -1 -1 v128.and
    v128.const i8x16 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 v128.xor)
  (func (export "extract") (param $v v128) (result i64)
    local.get $v i8x16.extract_lane_s 1 local.get $v i8x16.extract_lane_u 2 i32.add
    local.get $v i16x8.extract_lane_s 3 i32.add local.get $v i16x8.extract_lane_u 4 i32.add
    local.get $v i32x4.extract_lane 0 i32.add local.get $v i32x4.extract_lane 3 i32.add
    i64.extend_i32_u local.get $v i64x2.extract_lane 1 i64.add
    local.get $v f32x4.extract_lane 2 i64.trunc_f32_s i64.add
    local.get $v f64x2.extract_lane 1 i64.trunc_f64_s i64.add)
  (func (export "replace") (param $v v128) (param $x i32) (param $f f32) (param $d f64) (result v128)
    local.get $v local.get $x i8x16.replace_lane 5 local.get $x i16x8.replace_lane 6
    local.get $x i32x4.replace_lane 2 i64.const 9 i64x2.replace_lane 0
    local.get $f f32x4.replace_lane 3 local.get $d f64x2.replace_lane 0
    local.get $d f64x2.replace_lane 1)
  (func (export "shuffle") (param $a v128) (param $b v128) (result v128)
    local.get $a local.get $b i8x16.shuffle 0 17 2 19 4 21 6 23 8 25 10 27 12 29 14 31
    local.get $a i8x16.shuffle 3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12
    local.get $b i8x16.swizzle))
