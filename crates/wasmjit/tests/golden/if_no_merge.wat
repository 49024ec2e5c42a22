;; An `if` whose then arm cannot fall through and that no branch targets
;; (compiler/control.rs, if_never_merges) is entered without spilling the
;; value stack: its end, or its else, is reached by the false edge alone,
;; with the state the if was entered with. `get` is AssemblyScript's
;; bounds-checked accessor shape, inlined into `sum3`: the caller's
;; partial sums stay in registers across each check. `else_arm`: the else
;; arm continues from the entry state. `merges`: a then arm that falls
;; through spills at the entry as before.
(module
  (import "env" "abort" (func $abort (param i32)))
  (memory 1)
  (func $get (param $p i32) (param $i i32) (result i32)
    local.get $i local.get $p i32.load offset=4 i32.ge_u
    if i32.const 7 call $abort unreachable end
    local.get $p i32.load local.get $i i32.const 2 i32.shl i32.add i32.load)
  (func (export "sum3") (param $p i32) (result i32)
    local.get $p i32.const 0 call $get
    local.get $p i32.const 1 call $get
    i32.add
    local.get $p i32.const 2 call $get
    i32.add)
  (func (export "else_arm") (param $a i32) (param $b i32) (result i32)
    local.get $a i32.const 3 i32.mul
    local.get $b
    if unreachable else local.get $a i32.const 5 i32.add drop end
    local.get $b i32.add)
  (func (export "merges") (param $a i32) (param $b i32) (result i32)
    local.get $a i32.const 3 i32.mul
    local.get $b
    if local.get $b i32.const 1 i32.add local.set $b end
    local.get $b i32.add))
