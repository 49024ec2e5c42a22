;; 32-bit x86 pins an i32 loop local to ebx only in a function without i64
;; values (pinning::int_pins: an i64 operation may hold two register pairs,
;; every value GPR once one is pinned). "i32" keeps $i in ebx; "i64", the
;; same loop with an i64 accumulator, keeps it in its slot. x86-64 pins both.
(module (memory 1)
  (func (export "i32") (param $n i32) (result i32) (local $i i32) (local $acc i32)
    block loop
      local.get $i local.get $n i32.ge_u br_if 1
      local.get $acc local.get $i i32.load i32.add local.set $acc
      local.get $i i32.const 4 i32.add local.set $i
      br 0
    end end
    local.get $acc)
  (func (export "i64") (param $n i32) (result i64) (local $i i32) (local $acc i64)
    block loop
      local.get $i local.get $n i32.ge_u br_if 1
      local.get $acc local.get $i i64.load32_u i64.add local.set $acc
      local.get $i i32.const 4 i32.add local.set $i
      br 0
    end end
    local.get $acc))
