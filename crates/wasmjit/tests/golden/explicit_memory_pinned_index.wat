;; Explicit bounds checks: Loads and stores indexed by a pinned loop counter (used in place).
(module (memory 1)
  (func (export "copy") (param $n i32) (local $i i32)
    loop
      local.get $i local.get $i i32.load offset=4096 i32.store
      local.get $i i32.const 4 i32.add local.tee $i
      local.get $n i32.lt_u br_if 0
    end))
