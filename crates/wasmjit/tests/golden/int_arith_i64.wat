;; i64 add/sub/mul/and/or/xor, including a constant that needs 64 bits.
(module
  (func (export "ops") (param $a i64) (param $b i64) (result i64)
    local.get $a local.get $b i64.add
    local.get $a local.get $b i64.sub
    i64.mul
    local.get $a i64.and
    local.get $b i64.or
    i64.const 0x55 i64.xor)
  (func (export "imm") (param $a i64) (result i64)
    local.get $a i64.const 7 i64.add
    i64.const 0x123456789 i64.sub
    i64.const -3 i64.mul
    i64.const 0xff00 i64.and))
