;; i64.clz/ctz whose result takes its operand's registers (an i64.and
;; result): on ia32 the first half's count must not overwrite the other
;; source half (regressions.rs, i686 fuzz iteration 114).
(module
  (func (export "clz") (param i64) (result i64)
    local.get 0 local.get 0 i64.and i64.clz)
  (func (export "ctz") (param i64) (result i64)
    local.get 0 local.get 0 i64.and i64.ctz))
