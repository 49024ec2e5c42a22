;; Lane comparisons: integer (signed via pcmpgt, unsigned via min/max, the
;; rest negated) and float (cmpps/cmppd predicates, gt/ge swapped).
(module
  (func (export "int") (param $a v128) (param $b v128) (result v128)
    local.get $a local.get $b i8x16.eq local.get $a local.get $b i8x16.ne v128.or
    local.get $a local.get $b i8x16.lt_s v128.or local.get $a local.get $b i8x16.gt_u v128.or
    local.get $a local.get $b i16x8.le_s v128.or local.get $a local.get $b i16x8.ge_u v128.or
    local.get $a local.get $b i32x4.lt_u v128.or local.get $a local.get $b i32x4.ge_s v128.or
    local.get $a local.get $b i64x2.eq v128.or local.get $a local.get $b i64x2.lt_s v128.or
    local.get $a local.get $b i64x2.le_s v128.or local.get $a local.get $b i64x2.gt_s v128.or)
  (func (export "float") (param $a v128) (param $b v128) (result v128)
    local.get $a local.get $b f32x4.eq local.get $a local.get $b f32x4.ne v128.or
    local.get $a local.get $b f32x4.lt v128.or local.get $a local.get $b f32x4.gt v128.or
    local.get $a local.get $b f64x2.le v128.or local.get $a local.get $b f64x2.ge v128.or))
