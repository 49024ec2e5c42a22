;; Loop-used float locals pinned to XMM registers.
(module
  (func (export "poly") (param $x f64) (param $n i32) (result f64) (local $acc f64) (local $s f32)
    loop
      local.get $acc local.get $x f64.mul f64.const 1 f64.add local.set $acc
      local.get $s f32.const 0.5 f32.add local.set $s
      local.get $n i32.const 1 i32.sub local.tee $n
      br_if 0
    end
    local.get $acc local.get $s f64.promote_f32 f64.add))
