;; Pinned locals around a call: saved to their frame slots before it and
;; reloaded after. (The callee holds a loop, so that it is called, not
;; inlined: compiler/inline.rs.)
(module
  (func $f (param i32) (result i32) loop end local.get 0 i32.const 1 i32.add)
  (func (export "loop_call") (param $n i32) (result i32) (local $acc i32)
    loop
      local.get $acc call $f local.set $acc
      local.get $n i32.const 1 i32.sub local.tee $n
      br_if 0
    end
    local.get $acc))
