;; Explicit bounds checks: Every store width, with register and constant values and addresses.
(module (memory 1)
  (func (export "ints") (param $p i32) (param $v i64)
    local.get $p local.get $v i32.wrap_i64 i32.store
    local.get $p local.get $v i32.wrap_i64 i32.store8 offset=1
    local.get $p local.get $v i32.wrap_i64 i32.store16 offset=2
    local.get $p local.get $v i64.store offset=8
    local.get $p local.get $v i64.store8
    local.get $p local.get $v i64.store16
    local.get $p local.get $v i64.store32
    local.get $p i32.const 77 i32.store offset=4
    local.get $p i64.const 0x123456789a i64.store)
  (func (export "floats") (param $p i32) (param $x f64)
    local.get $p local.get $x f64.store
    local.get $p local.get $x f32.demote_f64 f32.store offset=8
    i32.const 16 f64.const 1.5 f64.store))
