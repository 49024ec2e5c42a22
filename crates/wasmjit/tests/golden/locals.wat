;; Prologue: declared locals zeroed (many of them), local.tee, locals of
;; every type, a local written while a lazy read of it is on the stack.
(module
  (func (export "zeroed") (result i64)
    (local i32 i64 f32 f64 i32 i64 f32 f64 i32 i64)
    local.get 1 local.get 9 i64.add)
  (func (export "tee") (param i32) (result i32) (local i32)
    local.get 0 i32.const 1 i32.add local.tee 1 local.get 1 i32.mul)
  (func (export "lazy") (param $a i32) (result i32)
    local.get $a i32.const 5 local.set $a local.get $a i32.sub))
