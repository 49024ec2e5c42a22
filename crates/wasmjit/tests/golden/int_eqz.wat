;; eqz materialized, negated twice, and consumed by br_if and if.
(module
  (func (export "eqz32") (param i32) (result i32) local.get 0 i32.eqz)
  (func (export "eqz64") (param i64) (result i32) local.get 0 i64.eqz)
  (func (export "not_not") (param i32) (result i32) local.get 0 i32.eqz i32.eqz)
  (func (export "br") (param i32) (result i32)
    block local.get 0 i32.eqz br_if 0 i32.const 1 return end i32.const 2)
  (func (export "if64") (param i64) (result i32)
    local.get 0 i64.eqz if (result i32) i32.const 3 else i32.const 4 end))
