;; Explicit bounds checks: Every load width and extension, with register, constant and offset addresses.
(module (memory 1)
  (func (export "ints") (param $p i32) (result i64)
    local.get $p i32.load
    local.get $p i32.load8_s offset=1 i32.add
    local.get $p i32.load8_u offset=2 i32.add
    local.get $p i32.load16_s offset=3 i32.add
    local.get $p i32.load16_u offset=4 i32.add
    i64.extend_i32_u
    local.get $p i64.load offset=8 i64.add
    local.get $p i64.load8_s i64.add
    local.get $p i64.load8_u i64.add
    local.get $p i64.load16_s i64.add
    local.get $p i64.load16_u i64.add
    local.get $p i64.load32_s i64.add
    local.get $p i64.load32_u i64.add)
  (func (export "floats") (param $p i32) (result f64)
    local.get $p f32.load f64.promote_f32 local.get $p f64.load offset=16 f64.add)
  (func (export "const_addr") (result i32)
    i32.const 64 i32.load i32.const 0x7fffff00 i32.load offset=0x100 i32.add
    i32.const -1 i32.load offset=0xffffffff i32.add))
