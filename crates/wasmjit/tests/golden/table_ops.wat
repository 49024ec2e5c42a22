;; table.get, table.set, table.size, table.grow and table.fill, on funcref
;; and externref tables.
(module
  (table $f 2 funcref)
  (table $e 2 externref)
  (func $g)
  (elem declare func $g)
  (func (export "get") (param i32) (result funcref) local.get 0 table.get $f)
  (func (export "set") (param i32 externref) local.get 0 local.get 1 table.set $e)
  (func (export "set_func") (param i32) local.get 0 ref.func $g table.set $f)
  (func (export "size") (result i32) table.size $e)
  (func (export "grow") (param externref i32) (result i32) local.get 0 local.get 1 table.grow $e)
  (func (export "fill") (param i32 i32) local.get 0 ref.null func local.get 1 table.fill $f))
