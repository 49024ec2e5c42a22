;; call_indirect: bounds check, null check, signature check, context switch.
(module
  (type $t (func (param i32) (result i32)))
  (table 4 funcref)
  (elem (i32.const 0) $inc $dbl)
  (func $inc (type $t) local.get 0 i32.const 1 i32.add)
  (func $dbl (type $t) local.get 0 i32.const 1 i32.shl)
  (func (export "dispatch") (param $i i32) (param $x i32) (result i32)
    local.get $x local.get $i call_indirect (type $t))
  (func (export "const_slot") (param $x i32) (result i32)
    local.get $x i32.const 1 call_indirect (type $t)))
