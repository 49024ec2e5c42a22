;; Operands read straight from frame slots (a local with fewer than eight
;; mentions, none in a loop, is not pinned: compiler/pinning.rs): integer
;; ALU, imul, compares with a register or a constant, bit counts and sign
;; extensions, SSE arithmetic and ucomis, all with an 8-bit displacement
;; while the slot is within 128 bytes of rbp; `$far`'s many locals put the
;; last ones beyond that (32-bit displacement).
(module
  (func (export "ints") (param $a i32) (param $b0 i32) (param $x i64) (param $y0 i64) (result i32)
    (local $b i32) (local $c i32) (local $d i32) (local $y i64) (local $t i32)
    local.get $b0 local.set $b
    local.get $b0 local.set $c
    local.get $b0 local.set $d
    local.get $y0 local.set $y
    local.get $a local.get $b i32.add
    local.get $b i32.sub
    local.get $b i32.and
    local.get $b i32.or
    local.get $b i32.xor
    local.get $b i32.mul
    local.set $t
    local.get $x local.get $y i64.add local.get $y i64.mul
    local.get $y i64.lt_s
    local.get $t i32.add
    local.get $c i32.clz i32.add
    local.get $c i32.ctz i32.add
    local.get $c i32.popcnt i32.add
    local.get $c i32.extend8_s i32.add
    local.get $c i32.extend16_s i32.add
    local.get $y i64.popcnt i32.wrap_i64 i32.add
    local.get $d i32.const 5 i32.lt_s i32.add
    local.get $d i32.const 500 i32.gt_u i32.add
    local.get $d i32.eqz i32.add)
  (func (export "floats") (param $p f64) (param $q0 f64) (param $s f32) (param $u0 f32) (result f64)
    (local $q f64) (local $u f32)
    local.get $q0 local.set $q
    local.get $u0 local.set $u
    local.get $p local.get $q f64.add
    local.get $q f64.sub
    local.get $q f64.mul
    local.get $q f64.div
    local.get $s local.get $u f32.mul local.get $u f32.div f64.promote_f32
    f64.add
    f64.const 1 f64.const 2 local.get $p local.get $q f64.lt select
    f64.add)
  (func (export "far") (param $n i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    local.get 0 i32.const 1 i32.add local.set 20
    local.get 20 local.get 0 i32.add
    local.get 20 i32.const 7 i32.lt_u i32.add))
