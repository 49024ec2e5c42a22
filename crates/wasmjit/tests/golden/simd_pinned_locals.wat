;; A vectorised loop with nine v128 accumulators (as clang -O3 -msimd128
;; unrolls sieve's counting loop): each is pinned to an XMM register of its
;; own (xmm9-xmm14, then xmm8, xmm7, xmm6), so the loop body reads and writes
;; no frame slot.
(module
  (memory 1)
  (func (export "sums") (param $p i32) (param $n i32) (result v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $a4 v128) (local $a5 v128) (local $a6 v128) (local $a7 v128)
    (local $a8 v128)
    (loop $l
      (local.set $a0 (i32x4.add (local.get $a0) (v128.load offset=0 (local.get $p))))
      (local.set $a1 (i32x4.add (local.get $a1) (v128.load offset=16 (local.get $p))))
      (local.set $a2 (i32x4.add (local.get $a2) (v128.load offset=32 (local.get $p))))
      (local.set $a3 (i32x4.add (local.get $a3) (v128.load offset=48 (local.get $p))))
      (local.set $a4 (i32x4.add (local.get $a4) (v128.load offset=64 (local.get $p))))
      (local.set $a5 (i32x4.add (local.get $a5) (v128.load offset=80 (local.get $p))))
      (local.set $a6 (i32x4.add (local.get $a6) (v128.load offset=96 (local.get $p))))
      (local.set $a7 (i32x4.add (local.get $a7) (v128.load offset=112 (local.get $p))))
      (local.set $a8 (i64x2.add (local.get $a8) (local.get $a0)))
      (local.set $p (i32.add (local.get $p) (i32.const 128)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (i32x4.add (i32x4.add (i32x4.add (local.get $a0) (local.get $a1))
                          (i32x4.add (local.get $a2) (local.get $a3)))
               (i32x4.add (i32x4.add (local.get $a4) (local.get $a5))
                          (i32x4.add (local.get $a6) (i64x2.add (local.get $a7) (local.get $a8)))))))
