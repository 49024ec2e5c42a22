;; Division by 0, 1 and -1: constant divisors left to the general path or folded.
(module
  (func (export "by0") (param $a i32) (result i32) local.get $a i32.const 0 i32.div_u)
  (func (export "by1") (param $a i32) (result i32)
    local.get $a i32.const 1 i32.div_s local.get $a i32.const 1 i32.rem_u i32.add)
  (func (export "bym1") (param $a i64) (result i64)
    local.get $a i64.const -1 i64.div_s local.get $a i64.const -1 i64.rem_s i64.add))
