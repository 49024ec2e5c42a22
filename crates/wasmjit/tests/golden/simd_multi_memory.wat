;; v128 accesses on memory 1: full, splat, lane and fused (AVX) forms.
(module
  (memory 1)
  (memory $b 1)
  (func (export "add_b") (param $p i32) (result v128)
    local.get $p v128.load
    local.get $p v128.load $b offset=16
    i32x4.add)
  (func (export "store_b") (param $p i32) (param $v v128)
    local.get $p local.get $v v128.store $b
    local.get $p local.get $v v128.store32_lane $b 3)
  (func (export "splat_lane_b") (param $p i32) (result v128)
    local.get $p
    local.get $p v128.load16_splat $b
    v128.load8_lane $b 7))
