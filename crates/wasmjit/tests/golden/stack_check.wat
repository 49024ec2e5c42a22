;; A recursive function: the stack-limit check in the prologue and the
;; call-depth trap.
(module
  (func $r (export "r") (param i32) (result i32)
    local.get 0 i32.eqz if (result i32) i32.const 0 else local.get 0 i32.const 1 i32.sub call $r end))
