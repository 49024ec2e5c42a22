;; global.get/set on defined and imported globals of each type: a defined
;; global (mutable or not) is one access at its offset of the context
;; (r15); an imported one loads the pointer to its exporter's storage first.
(module
  (import "env" "g" (global $imp (mut i32)))
  (import "env" "c" (global $ic i64))
  (global $m (mut i64) (i64.const 0))
  (global $x (mut f64) (f64.const 0))
  (global $k i32 (i32.const 42))
  (func (export "bump") (result i32)
    global.get $imp i32.const 1 i32.add global.set $imp
    global.get $m global.get $ic i64.add global.set $m
    global.get $x f64.const 0.5 f64.add global.set $x
    global.get $k global.get $imp i32.add))
