;; SIMD results written straight into the registers of pinned v128 locals
;; (the `local.set`/`local.tee` after the operation costs no copy), scalar
;; loads splatted as broadcasts from memory, and the cases that must not
;; write the register early: a lazy read of the local under the operands,
;; and a non-commutative operation whose second operand is the local.
(module
  (memory 1)
  (data (i32.const 0) "\01\02\03\04\05\06\07\08\09\0a\0b\0c\0d\0e\0f\10")
  (func (export "f") (param $x v128) (param $y v128) (param $n i32)
        (result v128 v128 v128 v128)
    (local $a v128) (local $b v128) (local $s v128) (local $old v128)
    local.get $x local.set $a
    local.get $y local.set $b
    (loop $l
      ;; $old is $a from before the update (read under the add's operands)
      local.get $a
      local.get $a local.get $b i32x4.add local.set $a
      local.set $old
      ;; $a = $b - $a: computed elsewhere, then copied
      local.get $b local.get $a i32x4.sub local.set $a
      ;; $b = $a * $b: into $b, the operands swapped
      local.get $a local.get $b i32x4.mul local.set $b
      ;; a unary operation and a shift into the locals
      local.get $b i32x4.neg local.set $b
      local.get $a i32.const 1 i32x4.shl local.set $a
      ;; splats of scalar loads: broadcasts (AVX2), into $s
      i32.const 0 i32.load16_u i16x8.splat local.set $s
      local.get $s i32.const 4 i32.load i32x4.splat i32x4.add local.tee $s
      i32.const 8 i64.load i64x2.splat i64x2.add local.set $s
      local.get $s i32.const 0 i32.load8_u i8x16.splat i8x16.add local.set $s
      ;; a load as the memory operand (AVX), the result into $s
      local.get $s i32.const 0 v128.load i32x4.add local.tee $s
      drop
      local.get $n i32.const 1 i32.sub local.tee $n
      br_if $l)
    local.get $a local.get $b local.get $s local.get $old))
