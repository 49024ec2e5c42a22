;; Small callees compiled inline (compiler/inline.rs): no call, no frame of
;; their own. A parameter the callee never writes is the argument itself
;; (constant, or the caller's local); one it writes gets a local of the
;; caller; an early `return` becomes a branch to the end of the inlined
;; body; a call inside an inlined callee is inlined too (two levels).
(module
  (memory 1)
  (func $get (param $arr i32) (param $i i32) (result f32)
    local.get $arr local.get $i i32.const 2 i32.shl i32.add f32.load)
  (func $clamp (param $x i32) (result i32)
    local.get $x i32.const 0 i32.lt_s if i32.const 0 return end
    local.get $x i32.const 100 i32.gt_s if i32.const 100 local.set $x end
    local.get $x)
  (func $center (param $t i32) (result f32)
    i32.const 64 local.get $t call $clamp call $get)
  (func (export "dist") (param $a i32) (param $b i32) (result f32)
    local.get $a call $center local.get $b call $center f32.sub))
