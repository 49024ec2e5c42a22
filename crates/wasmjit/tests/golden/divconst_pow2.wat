;; Division by constant powers of two: masks and shifts, signed ones rounding
;; toward zero, negative divisors negating.
(module
  (func (export "u32") (param $a i32) (result i32)
    local.get $a i32.const 8 i32.div_u local.get $a i32.const 8 i32.rem_u i32.add)
  (func (export "s32") (param $a i32) (result i32)
    local.get $a i32.const 4 i32.div_s local.get $a i32.const 16 i32.rem_s i32.add
    local.get $a i32.const -4 i32.div_s i32.add)
  (func (export "u64") (param $a i64) (result i64)
    local.get $a i64.const 1024 i64.div_u local.get $a i64.const 2 i64.rem_u i64.add)
  (func (export "s64") (param $a i64) (result i64)
    local.get $a i64.const 4 i64.div_s local.get $a i64.const 16 i64.rem_s i64.add
    local.get $a i64.const -8 i64.div_s i64.add))
