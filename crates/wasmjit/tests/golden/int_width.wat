;; i32.wrap_i64, i64.extend_i32_s and i64.extend_i32_u (a type change only).
(module
  (func (export "wrap") (param i64) (result i32) local.get 0 i32.wrap_i64)
  (func (export "sext") (param i32) (result i64) local.get 0 i64.extend_i32_s)
  (func (export "zext") (param i32) (result i64) local.get 0 i64.extend_i32_u)
  (func (export "mix") (param i64 i32) (result i64)
    local.get 0 i32.wrap_i64 local.get 1 i32.add i64.extend_i32_u))
