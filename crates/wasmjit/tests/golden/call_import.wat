;; Calls of imported functions: through the import's entry in the context.
(module
  (import "env" "f" (func $f (param i32) (result i32)))
  (import "env" "g" (func $g (param f64)))
  (func (export "call_f") (param i32) (result i32) local.get 0 call $f i32.const 1 i32.add)
  (func (export "call_g") (param f64) local.get 0 call $g))
