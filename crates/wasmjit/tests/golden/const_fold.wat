;; Constant folding: integer arithmetic, comparisons, and a trapping
;; division left to run time.
(module
  (func (export "add") (result i32) i32.const 40 i32.const 2 i32.add)
  (func (export "chain") (result i64)
    i64.const 6 i64.const 7 i64.mul i64.const 3 i64.shl i64.const 1 i64.rotr)
  (func (export "cmp") (result i32) i32.const 3 i32.const 4 i32.lt_s)
  (func (export "trap") (result i32) i32.const 1 i32.const 0 i32.div_s)
  (func (export "branch") (result i32)
    i32.const 1 if (result i32) i32.const 5 else i32.const 6 end))
