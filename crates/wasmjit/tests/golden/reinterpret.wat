;; Demotion, promotion and the four reinterpretations (register moves).
(module
  (func (export "demote") (param f64) (result f32) local.get 0 f32.demote_f64)
  (func (export "promote") (param f32) (result f64) local.get 0 f64.promote_f32)
  (func (export "i32_f32") (param f32) (result i32) local.get 0 i32.reinterpret_f32)
  (func (export "i64_f64") (param f64) (result i64) local.get 0 i64.reinterpret_f64)
  (func (export "f32_i32") (param i32) (result f32) local.get 0 f32.reinterpret_i32)
  (func (export "f64_i64") (param i64) (result f64) local.get 0 f64.reinterpret_i64)
  (func (export "consts") (result i64) f64.const 1 i64.reinterpret_f64))
