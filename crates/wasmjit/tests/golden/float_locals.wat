;; Float arithmetic on locals pinned to XMM registers: a result written to a
;; pinned local is computed in its register (`f64.sub; local.tee`), and with
;; AVX a pinned operand is read in place (three-operand `vmulsd`, `vsqrtsd`)
;; instead of copied first; a constant operand is read from the function's
;; constant pool (`mulsd xmm, [rel ...]`).
(module (memory 1)
  (func $dist (export "dist") (param $p i32) (param $n i32) (result f64)
    (local $x f64) (local $y f64) (local $d f64) (local $acc f64)
    loop
      local.get $p f64.load local.get $x f64.sub local.tee $d
      local.get $d f64.mul
      local.get $p f64.load offset=8 local.get $y f64.sub local.set $y
      local.get $y local.get $y f64.mul f64.add
      local.tee $d f64.sqrt
      local.get $acc f64.add
      local.set $acc
      f64.const 0.5 local.get $d f64.div local.set $x
      local.get $x local.get $d f64.mul local.get $acc f64.add local.set $acc
      local.get $acc f64.const 0.25 f64.mul local.set $acc
      local.get $p i32.const 16 i32.add local.set $p
      local.get $n i32.const 1 i32.sub local.tee $n
      br_if 0
    end
    local.get $acc))
