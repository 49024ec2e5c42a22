;; Integer-to-float conversions, unsigned 64-bit ones through halving.
(module
  (func (export "f32_i32_s") (param i32) (result f32) local.get 0 f32.convert_i32_s)
  (func (export "f32_i32_u") (param i32) (result f32) local.get 0 f32.convert_i32_u)
  (func (export "f32_i64_s") (param i64) (result f32) local.get 0 f32.convert_i64_s)
  (func (export "f32_i64_u") (param i64) (result f32) local.get 0 f32.convert_i64_u)
  (func (export "f64_i32_s") (param i32) (result f64) local.get 0 f64.convert_i32_s)
  (func (export "f64_i32_u") (param i32) (result f64) local.get 0 f64.convert_i32_u)
  (func (export "f64_i64_s") (param i64) (result f64) local.get 0 f64.convert_i64_s)
  (func (export "f64_i64_u") (param i64) (result f64) local.get 0 f64.convert_i64_u)
  (func (export "const") (result f64) i64.const -1 f64.convert_i64_u))
