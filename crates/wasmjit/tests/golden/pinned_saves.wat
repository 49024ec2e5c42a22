;; Pinned locals are saved before a call only when written since their
;; last save or reload: the second call saves $acc alone ($n and $k are
;; unchanged since the first call's reload); after a join (`end`, `else`,
;; a loop header) every pinned local is saved again. The heavier $x, $y
;; and $z take the callee-saved pin registers, which calls preserve: they
;; are never saved. (The callee holds a loop, so that it is called, not
;; inlined: compiler/inline.rs.)
(module
  (func $f (param i32) (result i32) loop end local.get 0 i32.const 1 i32.add)
  (func (export "calls") (param $n i32) (param $k i32) (result i32) (local $acc i32)
    (local $x i32) (local $y i32) (local $z i32)
    loop
      local.get $k call $f local.set $acc
      local.get $acc call $f local.get $acc i32.add local.set $acc
      local.get $n call $f drop
      local.get $n i32.const 1 i32.and
      if
        local.get $acc call $f local.set $acc
      else
        local.get $k i32.const 1 i32.add local.set $k
      end
      local.get $k call $f drop
      local.get $x local.get $y i32.add local.set $z
      local.get $z local.get $x i32.xor local.set $y
      local.get $y local.get $z i32.add local.set $x
      local.get $x local.get $y i32.sub local.set $z
      local.get $z local.get $x i32.or local.set $y
      local.get $y local.get $z i32.and local.set $x
      local.get $x local.get $y i32.add local.set $z
      local.get $n i32.const 1 i32.sub local.tee $n
      br_if 0
    end
    local.get $acc local.get $k i32.add local.get $z i32.add))
