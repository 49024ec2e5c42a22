;; `v128.const`, `i8x16.shuffle` and `v128.bitselect` written straight into
;; the registers of pinned v128 locals, and the cases that must not write
;; the register early: a shuffle whose second operand and a bitselect
;; whose mask is the local itself (both read after the result is written).
(module
  (func (export "f") (param $x v128) (param $y v128) (param $n i32)
        (result v128 v128 v128)
    (local $a v128) (local $b v128) (local $m v128)
    local.get $x local.set $a
    local.get $y local.set $b
    (loop $l
      ;; a constant into $m (no copy)
      v128.const i32x4 1 1 0 0 local.set $m
      ;; a shuffle of $a and $b into $a (its first operand)
      local.get $a local.get $b
      i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 local.set $a
      ;; a shuffle whose second operand is $b, into $b: computed elsewhere
      local.get $a local.get $b
      i8x16.shuffle 0 0 0 0 16 16 16 16 1 1 1 1 17 17 17 17 local.set $b
      ;; a bitselect into $a
      local.get $a local.get $b local.get $m v128.bitselect local.set $a
      ;; a bitselect whose mask is $m, into $m: computed elsewhere
      local.get $a local.get $b local.get $m v128.bitselect local.set $m
      local.get $n i32.const 1 i32.sub local.tee $n
      br_if $l)
    local.get $a local.get $b local.get $m))
