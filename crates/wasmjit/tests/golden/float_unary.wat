;; abs, neg (sign-bit masks), ceil, floor, trunc, nearest (roundss/sd), sqrt.
(module
  (func (export "f32") (param $a f32) (result f32)
    local.get $a f32.abs local.get $a f32.neg f32.add
    local.get $a f32.ceil f32.add local.get $a f32.floor f32.add
    local.get $a f32.trunc f32.add local.get $a f32.nearest f32.add
    local.get $a f32.sqrt f32.add)
  (func (export "f64") (param $a f64) (result f64)
    local.get $a f64.abs local.get $a f64.neg f64.add
    local.get $a f64.ceil f64.add local.get $a f64.floor f64.add
    local.get $a f64.trunc f64.add local.get $a f64.nearest f64.add
    local.get $a f64.sqrt f64.add))
