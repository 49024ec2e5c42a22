;; Comparisons fused with br_if (integer and float, constant and register
;; operands), and with br_if carrying a value.
(module
  (func (export "int") (param $a i32) (param $b i64) (result i32)
    block
      local.get $a i32.const 5 i32.gt_u br_if 0
      local.get $b i64.const 0 i64.lt_s br_if 0
      local.get $a local.get $b i32.wrap_i64 i32.le_s br_if 0
      i32.const 1 return
    end
    i32.const 0)
  (func (export "float") (param $x f64) (param $y f32) (result i32)
    block
      local.get $x f64.const 1 f64.gt br_if 0
      local.get $y f32.const 0 f32.le br_if 0
      local.get $x local.get $x f64.ne br_if 0
      i32.const 1 return
    end
    i32.const 0)
  (func (export "value") (param $a i32) (result i32)
    block (result i32)
      i32.const 7 local.get $a i32.const 3 i32.eq br_if 0 drop
      i32.const 9
    end))
