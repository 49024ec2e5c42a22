;; Direct calls: arguments passed in the outgoing slots, results taken,
;; live values spilled around the call, many arguments. (The callees hold
;; a loop, so that they are called, not inlined: compiler/inline.rs.)
(module
  (func $add (param i32 i32) (result i32) loop end local.get 0 local.get 1 i32.add)
  (func $mixed (param i32 i64 f32 f64 i32 i64 f32 f64) (result f64)
    loop end local.get 3 local.get 7 f64.add)
  (func (export "use") (param $a i32) (result i32)
    local.get $a i32.const 1 i32.add
    local.get $a i32.const 2 call $add
    i32.add)
  (func (export "many") (result f64)
    i32.const 1 i64.const 2 f32.const 3 f64.const 4
    i32.const 5 i64.const 6 f32.const 7 f64.const 8 call $mixed)
  (func (export "void") call $void)
  (func $void loop end))
