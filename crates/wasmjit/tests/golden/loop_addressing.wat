;; matmul's inner loop (clang -O2, `c[i*N+j] += a * b[k*N+j]`, unrolled
;; twice), with every local pinned: addresses of two pinned locals or of
;; one and a constant are one `lea` (not a copy and an add), computed
;; straight into the pinned local that `local.tee` writes (no copy); a
;; load into a pinned local goes straight to its register; memory operands
;; without an offset take no displacement, and the back edge, close, is a
;; two-byte jump. The last function: the same into a pinned local for
;; `sub`, `mul`, `and` and a load, and `x = y - x` (the right operand is
;; the destination: computed elsewhere, then moved).
(module
  (memory 1)
  (func (export "axpy") (param $c i32) (param $b i32) (param $a f64)
    (local $j i32) (local $p i32) (local $q i32)
    loop
      local.get $c local.get $j i32.add local.tee $p
      local.get $p f64.load
      local.get $a
      local.get $b local.get $j i32.add local.tee $q
      f64.load
      f64.mul f64.add f64.store
      local.get $p i32.const 8 i32.add local.tee $p
      local.get $p f64.load
      local.get $a
      local.get $q i32.const 8 i32.add f64.load
      f64.mul f64.add f64.store
      local.get $j i32.const 16 i32.add local.tee $j
      i32.const 2560 i32.ne br_if 0
    end)
  (func (export "into") (param $x i32) (param $y i32) (result i32)
    (local $i i32) (local $k i32)
    loop
      local.get $y local.get $i i32.sub local.set $k
      local.get $k i32.const 320 i32.mul local.set $k
      local.get $y local.get $k i32.and local.set $k
      local.get $k i32.load offset=4 local.set $k
      local.get $y local.get $k i32.sub local.set $k
      local.get $i i32.const 4 i32.sub local.tee $i
      br_if 0
    end
    local.get $k))
