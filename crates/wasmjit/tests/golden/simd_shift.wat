;; Lane shifts by constants and by variables (count modulo the lane
;; width); bytes through word shifts and masks, i64x2.shr_s without psraq.
(module
  (func (export "const") (param $a v128) (result v128)
    local.get $a i32.const 3 i8x16.shl i32.const 9 i8x16.shr_u i32.const 2 i8x16.shr_s
    i32.const 17 i16x8.shl i32.const 5 i32x4.shr_s i32.const 63 i64x2.shr_u
    i32.const 7 i64x2.shr_s)
  (func (export "var") (param $a v128) (param $n i32) (result v128)
    local.get $a local.get $n i8x16.shl local.get $n i8x16.shr_u local.get $n i8x16.shr_s
    local.get $n i16x8.shr_u local.get $n i32x4.shl local.get $n i64x2.shl
    local.get $n i64x2.shr_s))
