;; A deep expression: more live values than registers, so some spill to slots.
(module
  (func (export "deep") (param $a i32) (result i32)
    local.get $a i32.const 1 i32.add
    local.get $a i32.const 2 i32.add
    local.get $a i32.const 3 i32.add
    local.get $a i32.const 4 i32.add
    local.get $a i32.const 5 i32.add
    local.get $a i32.const 6 i32.add
    local.get $a i32.const 7 i32.add
    local.get $a i32.const 8 i32.add
    local.get $a i32.const 9 i32.add
    local.get $a i32.const 10 i32.add
    local.get $a i32.const 11 i32.add
    local.get $a i32.const 12 i32.add
    i32.mul i32.mul i32.mul i32.mul i32.mul i32.mul
    i32.mul i32.mul i32.mul i32.mul i32.mul)
  (func (export "deepf") (param $x f64) (result f64)
    local.get $x f64.const 1 f64.add local.get $x f64.const 2 f64.add
    local.get $x f64.const 3 f64.add local.get $x f64.const 4 f64.add
    local.get $x f64.const 5 f64.add local.get $x f64.const 6 f64.add
    local.get $x f64.const 7 f64.add local.get $x f64.const 8 f64.add
    local.get $x f64.const 9 f64.add local.get $x f64.const 10 f64.add
    local.get $x f64.const 11 f64.add local.get $x f64.const 12 f64.add
    local.get $x f64.const 13 f64.add local.get $x f64.const 14 f64.add
    local.get $x f64.const 15 f64.add local.get $x f64.const 16 f64.add
    local.get $x f64.const 17 f64.add
    f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add
    f64.add f64.add f64.add f64.add f64.add f64.add f64.add f64.add))
