;; Traps inside an inlined callee go to exits of their own, after the
;; caller's body: their code, like the inlined body, is recorded as the
;; callee's (compiler/inline.rs), so a backtrace names the callee, then
;; the caller.
(module
  (func $div (param i32 i32) (result i32)
    local.get 1 i32.eqz if unreachable end
    local.get 0 local.get 1 i32.div_u)
  (func (export "ratio") (param i32 i32) (result i32)
    local.get 0 local.get 1 call $div i32.const 1 i32.add))
