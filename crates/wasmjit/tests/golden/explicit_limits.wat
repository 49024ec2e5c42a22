;; Explicit bounds checks by access end (offset + width): on ia32 an end up
;; to 64 is one compare of the index with the VMMemory's limits word for it
;; (end 64: offset 60 of an i32), a larger one compares with the size minus
;; the end (end 65), a constant address compares the size with its end; on
;; memory 1 the compare reads the VMMemory in the access's register.
(module
  (memory $a 1)
  (memory $b 1)
  (func (export "end_64") (param $p i32) (result i32) local.get $p i32.load offset=60)
  (func (export "end_65") (param $p i32) (result i32) local.get $p i32.load offset=61)
  (func (export "constant") (result i64) i32.const 1000 i64.load offset=24)
  (func (export "store_b") (param $p i32) (param $v i32)
    local.get $p local.get $v i32.store16 $b offset=62))
