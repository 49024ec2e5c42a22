;; The fused `local.get x; rhs; op; local.set/tee x` form on pinned locals:
;; one instruction on the register, for add/sub/and/or/xor of both widths,
;; with x on either side of commutative operators.
(module
  (func (export "upd") (param $n i32) (result i64) (local $i i32) (local $m i32) (local $w i64)
    loop
      local.get $i i32.const 1 i32.add local.set $i
      local.get $n local.get $m i32.xor local.set $m
      local.get $m i32.const 0xf0 i32.and local.set $m
      local.get $m local.get $i i32.or local.tee $m drop
      local.get $w i64.const 3 i64.add local.set $w
      local.get $w local.get $i i64.extend_i32_u i64.sub local.set $w
      local.get $i local.get $n i32.lt_s br_if 0
    end
    local.get $w))
