;; f32 and f64 add/sub/mul/div with register, slot and constant operands.
(module
  (func (export "f32") (param $a f32) (param $b f32) (result f32)
    local.get $a local.get $b f32.add
    local.get $a local.get $b f32.sub f32.mul
    f32.const 3 f32.div)
  (func (export "f64") (param $a f64) (param $b f64) (result f64)
    local.get $a local.get $b f64.add
    local.get $a local.get $b f64.sub f64.mul
    f64.const 3 f64.div))
