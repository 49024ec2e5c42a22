;; i32 add/sub/mul/and/or/xor: register, local and immediate operands
;; (small constants take the 8-bit immediate encoding).
(module
  (func (export "ops") (param $a i32) (param $b i32) (result i32)
    local.get $a local.get $b i32.add
    local.get $a local.get $b i32.sub
    i32.mul
    local.get $a i32.and
    local.get $b i32.or
    i32.const 0x55 i32.xor)
  (func (export "imm") (param $a i32) (result i32)
    local.get $a i32.const 7 i32.add
    i32.const 100000 i32.sub
    i32.const -3 i32.mul
    i32.const 0xff00 i32.and))
