;; A comparison stored into a local pinned to a register (one setcc), and
;; into an unpinned local.
(module
  (func (export "flags") (param $n i32) (result i32) (local $i i32) (local $f i32)
    loop
      local.get $i local.get $n i32.lt_s local.set $f
      local.get $i i32.const 1 i32.add local.set $i
      local.get $f br_if 0
    end
    local.get $f)
  (func (export "once") (param $a i64) (result i32) (local $f i32)
    local.get $a i64.const 0 i64.gt_s local.set $f
    local.get $f))
