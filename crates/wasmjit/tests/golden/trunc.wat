;; Trapping float-to-int truncations: range checks against exact bounds.
(module
  (func (export "i32_f32_s") (param f32) (result i32) local.get 0 i32.trunc_f32_s)
  (func (export "i32_f32_u") (param f32) (result i32) local.get 0 i32.trunc_f32_u)
  (func (export "i32_f64_s") (param f64) (result i32) local.get 0 i32.trunc_f64_s)
  (func (export "i32_f64_u") (param f64) (result i32) local.get 0 i32.trunc_f64_u)
  (func (export "i64_f32_s") (param f32) (result i64) local.get 0 i64.trunc_f32_s)
  (func (export "i64_f32_u") (param f32) (result i64) local.get 0 i64.trunc_f32_u)
  (func (export "i64_f64_s") (param f64) (result i64) local.get 0 i64.trunc_f64_s)
  (func (export "i64_f64_u") (param f64) (result i64) local.get 0 i64.trunc_f64_u))
