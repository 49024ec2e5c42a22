;; Multiple memories: memory 0 keeps its pinned base; memory 1's base is
;; loaded from its VMMemory (the context's memories array) at each access.
;; Loads and stores (register, constant and large-offset addresses),
;; memory.size/grow, and memory.fill/copy/init with memory indices.
(module
  (memory $a 1)
  (memory $b 1 4)
  (data $d "hello")
  (func (export "load_b") (param $p i32) (result i32)
    local.get $p i32.load $b offset=8
    i32.const 64 i32.load8_u $b i32.add
    local.get $p i32.load $a i32.add)
  (func (export "store_b") (param $p i32) (param $v i64)
    local.get $p local.get $v i64.store $b offset=16
    local.get $p f64.const 1.5 f64.store $b
    i32.const 0 local.get $v i64.store32 $b offset=0x80000000)
  (func (export "size_grow_b") (param $n i32) (result i32)
    local.get $n memory.grow $b memory.size $b i32.add)
  (func (export "copy_a_to_b") (param i32 i32 i32)
    local.get 0 local.get 1 local.get 2 memory.copy $b $a)
  (func (export "fill_init_b") (param i32)
    local.get 0 i32.const 7 i32.const 3 memory.fill $b
    local.get 0 i32.const 0 i32.const 5 memory.init $b $d))
