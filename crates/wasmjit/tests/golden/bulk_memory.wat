;; memory.fill, memory.copy, memory.init and data.drop through helpers.
(module (memory 1)
  (data $d "hello, world")
  (func (export "fill") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.fill)
  (func (export "copy") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.copy)
  (func (export "init") (param i32) local.get 0 i32.const 0 i32.const 5 memory.init $d)
  (func (export "drop") data.drop $d))
