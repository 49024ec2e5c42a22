;; Cold calls, those followed by `unreachable` (AssemblyScript's `abort`
;; after a failed check): they do not make a function non-leaf, so
;; `set`'s parameters stay in the registers they arrive in and its
;; prologue has no stack check; the cold path checks the stack itself
;; before calling (`cmp rsp, [r15 + 0x18]`) and saves no pinned local. A
;; cold direct call and a cold `call_indirect` likewise; in `calls`, which
;; also calls for real, the cold call saves and reloads nothing either.
(module
  (import "env" "abort" (func $abort (param i32 i32 i32 i32)))
  (type $v (func))
  (table 1 funcref)
  (memory 1)
  (func $fail loop end)
  (func (export "set") (param $a i32) (param $i i32) (param $v i32)
    local.get $i
    local.get $a i32.load
    i32.ge_u
    if
      i32.const 1 i32.const 2 local.get $i i32.const 4 call $abort
      unreachable
    end
    local.get $a local.get $i i32.const 2 i32.shl i32.add
    local.get $v i32.store)
  (func (export "checks") (param $x i32) (result i32)
    local.get $x i32.eqz
    if call $fail unreachable end
    local.get $x i32.const 7 i32.eq
    if local.get $x call_indirect (type $v) unreachable end
    local.get $x i32.const 1 i32.add)
  (func (export "calls") (param $n i32) (result i32) (local $s i32)
    loop
      local.get $n i32.const 100 i32.gt_u
      if i32.const 0 i32.const 0 i32.const 0 i32.const 0 call $abort unreachable end
      call $fail
      local.get $s local.get $n i32.add local.set $s
      local.get $n i32.const 1 i32.sub local.tee $n
      br_if 0
    end
    local.get $s))
