;; The register calling convention: a leaf keeps its parameters in the
;; registers they arrive in (rdi, rsi, r8, r9, r10; xmm1..xmm6), the rest
;; in their slots; its stack entry loads them for indirect and
;; host calls. "cycle" passes its pinned r9/r8 parameters swapped into
;; r8/r9: a cycle of moves broken through the scratch register. Multiple
;; results: the second in its slot.
(module
  (type $t4 (func (param i32 i32 i32 i32) (result i32)))
  (table 1 funcref) (elem (i32.const 0) $g)
  (func $g (type $t4)
    local.get 0 local.get 1 i32.add local.get 2 i32.add local.get 3 i32.sub)
  (func $seven (param i32 i64 i32 i64 i32 i32 i32) (result i32 i64)
    local.get 6 local.get 0 i32.add local.get 5 i32.add local.get 3)
  (func $floats (param f32 f64 f32 f64 f32 f64 f32) (result f64)
    local.get 1 local.get 5 f64.add local.get 6 f64.promote_f32 f64.add)
  (func (export "cycle") (param i32 i32 i32 i32) (result i32) (local $n i32)
    loop
      local.get 0 local.get 1 local.get 3 local.get 2 call $g local.set $n
      local.get 0 local.get 1 local.get 2 local.get 3 i32.const 0 call_indirect (type $t4)
      local.get $n i32.add local.tee $n
      i32.const 100 i32.lt_s br_if 0
    end
    local.get $n)
  (func (export "seven") (param i32) (result i32 i64)
    local.get 0 i64.const 1 i32.const 2 i64.const 3 i32.const 4 i32.const 5 i32.const 6
    call $seven)
  (func (export "floats") (result f64)
    f32.const 1 f64.const 2 f32.const 3 f64.const 4 f32.const 5
    f64.const 6 f32.const 7 call $floats))
