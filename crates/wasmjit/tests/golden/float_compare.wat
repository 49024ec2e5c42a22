;; Every float comparison materialized (eq/ne need the parity flag).
(module
  (func (export "f32") (param $a f32) (param $b f32) (result i32)
    local.get $a local.get $b f32.eq
    local.get $a local.get $b f32.ne i32.add
    local.get $a local.get $b f32.lt i32.add
    local.get $a local.get $b f32.gt i32.add
    local.get $a local.get $b f32.le i32.add
    local.get $a local.get $b f32.ge i32.add)
  (func (export "f64") (param $a f64) (param $b f64) (result i32)
    local.get $a local.get $b f64.eq
    local.get $a local.get $b f64.ne i32.add
    local.get $a local.get $b f64.lt i32.add
    local.get $a local.get $b f64.gt i32.add
    local.get $a local.get $b f64.le i32.add
    local.get $a local.get $b f64.ge i32.add))
