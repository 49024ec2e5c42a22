;; Division and remainder by a variable: the divide-by-zero and overflow checks.
(module
  (func (export "div32") (param $a i32) (param $b i32) (result i32)
    local.get $a local.get $b i32.div_s
    local.get $a local.get $b i32.div_u i32.add
    local.get $a local.get $b i32.rem_s i32.add
    local.get $a local.get $b i32.rem_u i32.add)
  (func (export "div64") (param $a i64) (param $b i64) (result i64)
    local.get $a local.get $b i64.div_s
    local.get $a local.get $b i64.div_u i64.add
    local.get $a local.get $b i64.rem_s i64.add
    local.get $a local.get $b i64.rem_u i64.add))
