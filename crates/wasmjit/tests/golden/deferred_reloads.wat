;; Pinned locals in registers that calls clobber (rdi, r8-r10 on x86-64;
;; the three heaviest take the callee-saved rbx, r12, r13 instead) are
;; reloaded after a call only when needed: at their first `local.get`, or
;; all of them at the next control operator (a branch or a join), so a
;; local not read between two calls is neither reloaded after the first
;; nor saved again before the second (its slot is current), and one
;; written after a call is never reloaded. `$k` is read only after the
;; third call; `$t` is overwritten after the first; `$n` waits for
;; `br_if`. An operand-stack entry still reading a local across a call
;; (`$m` in `local.get $m call $f i32.add`) has its local reloaded at once.
(module
  (func $f (param i32) (result i32) loop end local.get 0)
  (func (export "calls") (param $n i32) (param $k i32) (param $m i32) (result i32)
    (local $a i32) (local $b i32) (local $c i32) (local $t i32)
    loop
      local.get $a call $f local.set $a
      i32.const 5 local.set $t
      local.get $b call $f local.set $b
      local.get $c call $f local.set $c
      local.get $k local.get $t i32.add local.set $k
      local.get $m local.get $a call $f i32.add local.set $m
      local.get $a local.get $b i32.add local.get $c i32.add local.set $a
      local.get $b local.get $c i32.xor local.set $b
      local.get $c local.get $a i32.or local.set $c
      local.get $n i32.const 1 i32.sub local.tee $n
      br_if 0
    end
    local.get $a local.get $k i32.add local.get $m i32.add local.get $t i32.add))
