;; A v128.load that is the second operand of the next arithmetic or bitwise
;; operation: with AVX (simd_fold.avx.asm) the operation's memory operand
;; (the matmul kernel's `c[j] += a * b[j]`, `a` a pinned local); with
;; SSE4.1 a load first (SSE memory operands must be 16-byte aligned).
(module
  (memory 1)
  (func (export "axpy") (param $c i32) (param $b i32) (param $n i32) (param $a v128)
    (loop $l
      local.get $c
      local.get $c v128.load
      local.get $a local.get $b v128.load f64x2.mul
      f64x2.add
      v128.store
      (local.set $c (i32.add (local.get $c) (i32.const 16)))
      (local.set $b (i32.add (local.get $b) (i32.const 16)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  (func (export "folds") (param $p i32) (param $v v128) (result v128)
    local.get $v local.get $p v128.load offset=16 i32x4.add
    local.get $p v128.load offset=32 i16x8.sub
    i32.const 64 v128.load v128.xor
    local.get $p v128.load f32x4.div
    local.get $p v128.load i8x16.min_u
    local.get $p v128.load i64x2.mul))
