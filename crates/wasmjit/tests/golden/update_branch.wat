;; A pinned `i32` local updated in place and tested at once
;; (`local.get $n i32.const 1 i32.sub local.tee $n br_if`, clang's
;; counted loops): the branch reads the flags of the `sub` itself, with no
;; `test` of the register. The same with `if`, and with `and` (any of add,
;; sub, and, or, xor). An `i64` update, compared by `i64.eqz`, still tests
;; the register.
(module
  (func (export "count") (param $n i32) (param $x i32) (result i32)
    loop
      local.get $x local.get $n i32.add local.set $x
      local.get $n i32.const 1 i32.sub local.tee $n
      br_if 0
    end
    local.get $x i32.const 6 i32.and local.tee $x
    if (result i32) i32.const 1 else local.get $x end)
  (func (export "wide") (param $n i64) (result i64)
    (local $s i64)
    loop
      local.get $s local.get $n i64.add local.set $s
      local.get $n i64.const 1 i64.sub local.tee $n
      i64.eqz i32.eqz br_if 0
    end
    local.get $s))
