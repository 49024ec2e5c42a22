;; Every integer comparison materialized as a 0/1 value.
(module
  (func (export "cmp32") (param $a i32) (param $b i32) (result i32)
    local.get $a local.get $b i32.eq
    local.get $a local.get $b i32.ne i32.add
    local.get $a local.get $b i32.lt_s i32.add
    local.get $a local.get $b i32.lt_u i32.add
    local.get $a local.get $b i32.gt_s i32.add
    local.get $a local.get $b i32.gt_u i32.add
    local.get $a local.get $b i32.le_s i32.add
    local.get $a local.get $b i32.le_u i32.add
    local.get $a local.get $b i32.ge_s i32.add
    local.get $a local.get $b i32.ge_u i32.add)
  (func (export "cmp64") (param $a i64) (param $b i64) (result i32)
    local.get $a local.get $b i64.eq
    local.get $a local.get $b i64.ne i32.add
    local.get $a local.get $b i64.lt_s i32.add
    local.get $a local.get $b i64.lt_u i32.add
    local.get $a local.get $b i64.gt_s i32.add
    local.get $a local.get $b i64.gt_u i32.add
    local.get $a local.get $b i64.le_s i32.add
    local.get $a local.get $b i64.le_u i32.add
    local.get $a local.get $b i64.ge_s i32.add
    local.get $a local.get $b i64.ge_u i32.add)
  (func (export "imm") (param $a i32) (param $b i64) (result i32)
    local.get $a i32.const 10 i32.lt_s
    local.get $b i64.const 0x100000000 i64.ge_u i32.add))
