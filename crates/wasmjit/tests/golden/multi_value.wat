;; Multi-value: blocks and ifs with several results or parameters, a loop
;; with parameters, a function with several results.
(module
  (func $pair (export "pair") (param i32 i64) (result i64 i32)
    local.get 1 local.get 0)
  (func (export "block") (param i32) (result i32)
    block (result i32 i32) local.get 0 i32.const 3 end i32.add)
  (func (export "ifp") (param i32 i32) (result i32)
    local.get 0
    local.get 1 if (param i32) (result i32) i32.const 1 i32.add else i32.const 2 i32.sub end)
  (func (export "loopp") (param i32) (result i32)
    local.get 0
    loop (param i32) (result i32)
      i32.const 1 i32.sub
      local.tee 0 local.get 0 br_if 0
    end)
  (func (export "callpair") (result i32)
    i32.const 1 i64.const 2 call $pair drop drop i32.const 0))
