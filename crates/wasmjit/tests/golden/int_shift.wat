;; Shifts and rotates by a variable count (cl) and by a constant.
(module
  (func (export "var32") (param $a i32) (param $n i32) (result i32)
    local.get $a local.get $n i32.shl
    local.get $n i32.shr_s
    local.get $n i32.shr_u
    local.get $n i32.rotl
    local.get $n i32.rotr)
  (func (export "const32") (param $a i32) (result i32)
    local.get $a i32.const 3 i32.shl
    i32.const 33 i32.shr_s
    i32.const 1 i32.shr_u
    i32.const 5 i32.rotl
    i32.const 7 i32.rotr)
  (func (export "var64") (param $a i64) (param $n i64) (result i64)
    local.get $a local.get $n i64.shl
    local.get $n i64.shr_s
    local.get $n i64.shr_u
    local.get $n i64.rotl
    local.get $n i64.rotr)
  (func (export "const64") (param $a i64) (result i64)
    local.get $a i64.const 3 i64.shl
    i64.const 65 i64.shr_s
    i64.const 63 i64.shr_u
    i64.const 5 i64.rotl
    i64.const 7 i64.rotr))
