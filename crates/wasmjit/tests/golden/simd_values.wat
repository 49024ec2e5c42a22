;; v128 as a value: parameters and results (first in xmm0, later ones in
;; 16-byte result slots), 16-byte locals and spill slots, a global, a block
;; result in xmm0, a direct call with mixed arguments, select.
(module
  (global $g (mut v128) (v128.const i32x4 1 2 3 4))
  (func $pair (param $a v128) (param $x i32) (param $b v128) (result v128 v128)
    local.get $b local.get $a)
  (func (export "values") (param $a v128) (param $c i32) (result v128) (local $t v128)
    local.get $a i32.const 7 v128.const i64x2 1 2 call $pair
    local.set $t
    global.get $g local.get $t v128.xor global.set $g
    (block (result v128)
      local.get $a local.get $c br_if 0 drop global.get $g)
    local.get $t local.get $c select v128.or))
