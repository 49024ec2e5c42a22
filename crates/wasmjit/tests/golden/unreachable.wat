;; unreachable, and code after br/return/unreachable (not compiled).
(module
  (func (export "trap") unreachable)
  (func (export "dead") (param i32) (result i32)
    block (result i32)
      local.get 0 br 0
      i32.const 5 i32.add
      loop br 0 end
    end)
  (func (export "after_return") (result i32)
    i32.const 1 return unreachable i32.add drop)
  (func (export "if_dead") (param i32) (result i32)
    local.get 0 if (result i32) unreachable else i32.const 3 end))
