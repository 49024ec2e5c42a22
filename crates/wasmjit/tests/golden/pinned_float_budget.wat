;; A leaf keeps float parameters where they arrive (xmm1..xmm4) and pins
;; its heavy float locals: together they leave pinning::MIN_FREE_FLOATS
;; float registers to values, so the lightest float pins (here $p0, $p1
;; and $p2, read once an iteration) live in their slots.
(module
  (func (export "f") (param $p0 f64) (param $p1 f64) (param $p2 f64) (param $p3 f64)
        (param $n i32) (result f64)
    (local $l0 f64) (local $l1 f64) (local $l2 f64) (local $l3 f64) (local $l4 f64)
    (local $l5 f64) (local $l6 f64) (local $l7 f64) (local $l8 f64) (local $l9 f64)
    loop
      local.get $l0 local.get $p0 f64.add local.set $l0
      local.get $l1 local.get $p1 f64.add local.set $l1
      local.get $l2 local.get $p2 f64.add local.set $l2
      local.get $l3 local.get $p3 f64.add local.set $l3
      local.get $l4 local.get $l0 f64.add local.set $l4
      local.get $l5 local.get $l1 f64.add local.set $l5
      local.get $l6 local.get $l2 f64.add local.set $l6
      local.get $l7 local.get $l3 f64.add local.set $l7
      local.get $l8 local.get $l4 f64.add local.set $l8
      local.get $l9 local.get $l5 f64.add local.set $l9
      local.get $n i32.const 1 i32.sub local.tee $n
      br_if 0
    end
    local.get $l6 local.get $l7 f64.add local.get $l8 local.get $l9 f64.add f64.mul))
