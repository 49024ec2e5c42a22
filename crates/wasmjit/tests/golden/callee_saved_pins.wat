;; Callee-saved pin registers (rbx, r12, r13 on x86-64): in a function that
;; calls, the heaviest integer locals take them, so calls neither save nor
;; reload them; the function keeps its caller's values in those locals'
;; frame slots and restores them before returning. `loop6`'s parameters
;; arrive in rsi (moved to a callee-saved register) and in a slot (the
;; sixth integer: loaded through r11). `two_results` returns a second
;; result in its parameter area, so its parameters take no callee-saved
;; register (their slots are not free), its declared local does. A leaf
;; (`leaf`) prefers the other pin registers.
(module
  (func $f (param i32) (result i32) loop end local.get 0)
  (func (export "loop6") (param $a i32) (param $b i32) (param i32 i32 i32) (param $c i32) (result i32)
    loop
      local.get $b call $f local.get $c i32.add local.set $b
      local.get $c i32.const 1 i32.sub local.tee $c
      br_if 0
    end
    local.get $b)
  (func (export "two_results") (param $n i32) (param $m i32) (result i32 i32) (local $s i32)
    loop
      local.get $s local.get $m call $f i32.add local.set $s
      local.get $n i32.const 1 i32.sub local.tee $n
      br_if 0
    end
    local.get $s local.get $m)
  (func (export "leaf") (param $n i32) (result i32) (local $s i32)
    loop
      local.get $s local.get $n i32.add local.set $s
      local.get $n i32.const 1 i32.sub local.tee $n
      br_if 0
    end
    local.get $s))
