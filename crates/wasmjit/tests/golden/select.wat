;; select on a plain value (test + cmov), on a comparison, on floats (a
;; branch), and typed select.
(module
  (func (export "plain") (param i32 i32 i32) (result i32)
    local.get 0 local.get 1 local.get 2 select)
  (func (export "cmp") (param i32 i32) (result i32)
    local.get 0 local.get 1 local.get 0 local.get 1 i32.lt_u select)
  (func (export "float") (param f64 f64 i32) (result f64)
    local.get 0 local.get 1 local.get 2 select)
  (func (export "typed") (param f32 f32 i32) (result f32)
    local.get 0 local.get 1 local.get 2 select (result f32))
  (func (export "const") (param i64 i64) (result i64)
    local.get 0 local.get 1 i32.const 0 select))
