;; Which declared locals the prologue zeroes: only those that may be read
;; before they are written. $w is first written in the straight-line
;; prefix (not zeroed); $c is first written inside an `if`, which may not
;; run (zeroed); $r is read first (zeroed). "many" has 20 locals all
;; written first: no `rep stosq`, no stores.
(module
  (func (export "some") (param i32) (result i32) (local $w i32) (local $r i32) (local $c i32)
    i32.const 7 local.set $w
    local.get 0
    if i32.const 1 local.set $c end
    local.get $r local.get $w i32.add local.get $c i32.add)
  (func (export "many") (param i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    block
      local.get 0 local.set 1 local.get 0 local.set 2 local.get 0 local.set 3
      local.get 0 local.set 4 local.get 0 local.set 5 local.get 0 local.set 6
      local.get 0 local.set 7 local.get 0 local.set 8 local.get 0 local.set 9
      local.get 0 local.set 10 local.get 0 local.set 11 local.get 0 local.set 12
      local.get 0 local.set 13 local.get 0 local.set 14 local.get 0 local.set 15
      local.get 0 local.set 16 local.get 0 local.set 17 local.get 0 local.set 18
      local.get 0 local.set 19 local.get 0 local.set 20
    end
    local.get 20 local.get 1 i32.add))
