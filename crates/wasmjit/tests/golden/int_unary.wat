;; clz, ctz, popcnt and the sign-extension operators.
(module
  (func (export "bits32") (param $a i32) (result i32)
    local.get $a i32.clz local.get $a i32.ctz i32.add local.get $a i32.popcnt i32.add)
  (func (export "bits64") (param $a i64) (result i64)
    local.get $a i64.clz local.get $a i64.ctz i64.add local.get $a i64.popcnt i64.add)
  (func (export "ext32") (param $a i32) (result i32)
    local.get $a i32.extend8_s local.get $a i32.extend16_s i32.add)
  (func (export "ext64") (param $a i64) (result i64)
    local.get $a i64.extend8_s local.get $a i64.extend16_s i64.add
    local.get $a i64.extend32_s i64.add))
