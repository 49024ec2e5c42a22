;; Float constant folding, and the NaN-producing cases left to the machine.
(module
  (func (export "fold") (result f64) f64.const 1.5 f64.const 2.25 f64.mul f64.sqrt f64.neg)
  (func (export "minmax") (result f32) f32.const -0 f32.const 0 f32.min f32.const 3 f32.max)
  (func (export "nan") (result f64) f64.const 0 f64.const 0 f64.div)
  (func (export "cmp") (result i32) f32.const 1 f32.const 2 f32.lt))
