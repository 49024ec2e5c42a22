;; More loop-used locals than pin registers: the heaviest get registers, the
;; rest stay in frame slots. The parameter `$n`, read once per iteration, is
;; lighter than the accumulators: it gives up rdi, where it arrived, to `$e`
;; and is compared from its slot.
(module
  (func (export "many") (param $n i32) (result i32)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32)
    (local $f i32) (local $g i32) (local $h i32) (local $i i32)
    loop
      local.get $a i32.const 1 i32.add local.set $a
      local.get $b local.get $a i32.add local.set $b
      local.get $c local.get $b i32.add local.set $c
      local.get $d local.get $c i32.add local.set $d
      local.get $e local.get $d i32.add local.set $e
      local.get $f local.get $e i32.add local.set $f
      local.get $g local.get $f i32.add local.set $g
      local.get $h local.get $g i32.add local.set $h
      local.get $i local.get $h i32.add local.set $i
      local.get $a local.get $n i32.ne br_if 0
    end
    local.get $i))
