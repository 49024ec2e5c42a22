;; Explicit bounds checks on memory 1: the size is read from the VMMemory
;; whose address the access loaded, then the base from it.
(module
  (memory $a 2)
  (memory $b 1)
  (func (export "load_b") (param $p i32) (result i32)
    local.get $p i32.load $b offset=8
    i32.const 64 i32.load16_s $b i32.add
    local.get $p i32.load $a i32.add)
  (func (export "store_b") (param $p i32) (param $v i32)
    local.get $p local.get $v i32.store8 $b offset=3))
