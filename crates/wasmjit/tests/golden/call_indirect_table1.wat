;; call_indirect through a second table, with no arguments and no results.
(module
  (type $v (func))
  (table $t0 1 funcref)
  (table $t1 2 funcref)
  (elem (table $t1) (i32.const 1) func $nop)
  (func $nop)
  (func (export "go") (param i32) local.get 0 call_indirect $t1 (type $v)))
