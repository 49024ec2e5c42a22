;; Comparisons fused with if/else, with and without results.
(module
  (func (export "int") (param $a i32) (param $b i32) (result i32)
    local.get $a local.get $b i32.ge_u
    if (result i32) local.get $a else local.get $b end)
  (func (export "float") (param $x f32) (result f32)
    local.get $x f32.const 0 f32.ge
    if (result f32) local.get $x else local.get $x f32.neg end)
  (func (export "noresult") (param $a i64) (result i32) (local $r i32)
    local.get $a i64.const 100 i64.ne
    if i32.const 1 local.set $r end
    local.get $r))
