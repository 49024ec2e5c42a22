;; Blocks with results: merges in rax/xmm0, br carrying a value, nested blocks.
(module
  (func (export "int") (param $a i32) (result i32)
    block (result i32)
      block (result i32)
        local.get $a
        local.get $a br_if 1
        i32.const 1 i32.add
      end
      i32.const 2 i32.mul
    end)
  (func (export "float") (param $x f64) (param $c i32) (result f64)
    block (result f64)
      local.get $x
      local.get $c br_if 0
      f64.const 2 f64.mul
    end))
