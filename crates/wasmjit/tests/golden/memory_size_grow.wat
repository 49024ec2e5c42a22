;; memory.size from the context, memory.grow through its helper.
(module (memory 1 10)
  (func (export "size") (result i32) memory.size)
  (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)
  (func (export "both") (result i32) i32.const 1 memory.grow memory.size i32.add))
