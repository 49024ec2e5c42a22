;; min, max (NaN and signed-zero handling) and copysign.
(module
  (func (export "f32") (param $a f32) (param $b f32) (result f32)
    local.get $a local.get $b f32.min local.get $a local.get $b f32.max f32.add
    local.get $a local.get $b f32.copysign f32.add)
  (func (export "f64") (param $a f64) (param $b f64) (result f64)
    local.get $a local.get $b f64.min local.get $a local.get $b f64.max f64.add
    local.get $a f64.const -1 f64.copysign f64.add))
