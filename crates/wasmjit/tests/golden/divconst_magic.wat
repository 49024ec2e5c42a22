;; Division by other constants: multiply by a magic number (Granlund-Montgomery).
(module
  (func (export "u32") (param $a i32) (result i32)
    local.get $a i32.const 7 i32.div_u local.get $a i32.const 10 i32.rem_u i32.add)
  (func (export "s32") (param $a i32) (result i32)
    local.get $a i32.const 7 i32.div_s local.get $a i32.const 10 i32.rem_s i32.add
    local.get $a i32.const -3 i32.div_s i32.add)
  (func (export "u64") (param $a i64) (result i64)
    local.get $a i64.const 7 i64.div_u local.get $a i64.const 1000 i64.rem_u i64.add)
  (func (export "s64") (param $a i64) (result i64)
    local.get $a i64.const 7 i64.div_s local.get $a i64.const 10 i64.rem_s i64.add
    local.get $a i64.const -3 i64.div_s i64.add))
