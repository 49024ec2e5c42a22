;; AssemblyScript's shadow-stack prologue and epilogue (asc -O3, as in
;; `StaticArray<f32>#__get`): `__stack_pointer`, a defined global used six
;; times, is this function's hot global (compiler/global.rs): loaded into a
;; register (rbx) at entry, read from it, written to it and to the context,
;; reloaded after the call of `abort`.
(module
  (import "env" "abort" (func $abort (param i32 i32 i32 i32)))
  (memory 1)
  (global $sp (mut i32) (i32.const 34484))
  (func (export "get") (param $arr i32) (param $i i32) (result f32)
    global.get $sp i32.const 4 i32.sub global.set $sp
    global.get $sp i32.const 1716 i32.lt_s
    if
      i32.const 34512 i32.const 34560 i32.const 1 i32.const 1 call $abort
      unreachable
    end
    global.get $sp i32.const 0 i32.store
    global.get $sp local.get $arr i32.store
    local.get $arr local.get $i i32.const 2 i32.shl i32.add f32.load offset=0
    global.get $sp i32.const 4 i32.add global.set $sp))
