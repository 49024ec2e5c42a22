;; Float lane arithmetic: add/sub/mul/div/sqrt, min/max (NaN and signed
;; zeros both ways), pmin/pmax, rounding, abs/neg.
(module
  (func (export "f32") (param $a v128) (param $b v128) (result v128)
    local.get $a local.get $b f32x4.add local.get $b f32x4.sub local.get $a f32x4.mul
    local.get $b f32x4.div f32x4.sqrt local.get $a f32x4.min local.get $b f32x4.max
    local.get $a f32x4.pmin local.get $b f32x4.pmax f32x4.ceil f32x4.floor f32x4.trunc
    f32x4.nearest f32x4.abs f32x4.neg)
  (func (export "f64") (param $a v128) (param $b v128) (result v128)
    local.get $a local.get $b f64x2.add local.get $b f64x2.sub local.get $a f64x2.mul
    local.get $b f64x2.div f64x2.sqrt local.get $a f64x2.min local.get $b f64x2.max
    local.get $a f64x2.pmin local.get $b f64x2.pmax f64x2.ceil f64x2.floor f64x2.trunc
    f64x2.nearest f64x2.abs f64x2.neg))
