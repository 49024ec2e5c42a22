;; Bitwise operations, bitselect, any_true (fused with br_if and if),
;; all_true and bitmask of every shape.
(module
  (func (export "bits") (param $a v128) (param $b v128) (param $c v128) (result v128)
    local.get $a local.get $b v128.and local.get $c v128.or local.get $a v128.xor
    local.get $b v128.andnot v128.not local.get $b local.get $c v128.bitselect)
  (func (export "tests") (param $a v128) (result i32)
    (block (br_if 0 (v128.any_true (local.get $a))) (return (i32.const -1)))
    local.get $a i8x16.all_true local.get $a i16x8.all_true i32.add
    local.get $a i32x4.all_true i32.add local.get $a i64x2.all_true i32.add
    (if (result i32) (v128.any_true (local.get $a)) (then (i32.const 0)) (else (i32.const 1))) i32.add)
  (func (export "bitmasks") (param $a v128) (result i32)
    local.get $a i8x16.bitmask local.get $a i16x8.bitmask i32.add
    local.get $a i32x4.bitmask i32.add local.get $a i64x2.bitmask i32.add))
