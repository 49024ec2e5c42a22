;; A counted loop over memory: address arithmetic, loop header check, br_if fusion.
(module (memory 1)
  (func $sum (export "sum") (param $p i32) (param $n i32) (result i32) (local $acc i32)
    block loop
      local.get $n i32.eqz br_if 1
      local.get $acc local.get $p i32.load i32.add local.set $acc
      local.get $p i32.const 4 i32.add local.set $p
      local.get $n i32.const 1 i32.sub local.set $n
      br 0
    end end
    local.get $acc))
