;; Comparisons feeding select, if and br_if directly from the flags.
(module
  (func $max (export "max") (param i64 i64) (result i64)
    local.get 0 local.get 1 local.get 0 local.get 1 i64.gt_s select)
  (func $clamp (export "clamp") (param f64) (result f64)
    local.get 0 f64.const 0 f64.lt
    if (result f64) f64.const 0 else local.get 0 end)
  (func $div (export "div") (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.div_s))
