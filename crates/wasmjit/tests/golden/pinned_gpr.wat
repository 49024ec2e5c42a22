;; Loop-used integer locals pinned to registers: reads and writes in place,
;; the prologue loading pinned parameters.
(module
  (func (export "count") (param $n i32) (result i64) (local $i i32) (local $acc i64)
    loop
      local.get $acc local.get $i i64.extend_i32_u i64.add local.set $acc
      local.get $i i32.const 1 i32.add local.set $i
      local.get $i local.get $n i32.lt_u br_if 0
    end
    local.get $acc))
