;; v128 loads and stores with explicit bounds checks: each access checks
;; index + offset + its width (16, 8, the lane or splat size) first.
(module
  (memory 1)
  (func (export "loads") (param $p i32) (result v128)
    local.get $p v128.load offset=16
    local.get $p v128.load8x8_s i16x8.add
    local.get $p v128.load16x4_u i32x4.add
    local.get $p v128.load32x2_s i64x2.add
    i32.const 64 v128.load8_splat i8x16.add
    local.get $p v128.load16_splat i16x8.add
    local.get $p v128.load32_splat i32x4.add
    local.get $p v128.load64_splat i64x2.add
    local.get $p v128.load32_zero v128.or
    local.get $p v128.load64_zero v128.or)
  (func (export "lanes") (param $p i32) (param $v v128) (result v128)
    local.get $p local.get $v v128.load8_lane 3
    local.set $v
    local.get $p local.get $v v128.load16_lane 7
    local.set $v
    local.get $p local.get $v v128.load32_lane 1
    local.set $v
    local.get $p local.get $v v128.load64_lane 1)
  (func (export "stores") (param $p i32) (param $v v128)
    local.get $p local.get $v v128.store offset=32
    local.get $p local.get $v v128.store8_lane 15
    local.get $p local.get $v v128.store16_lane 2
    local.get $p local.get $v v128.store32_lane 0
    local.get $p local.get $v v128.store64_lane 1))
