;; table.copy, table.init and elem.drop through helpers.
(module
  (table $a 4 funcref)
  (table $b 4 funcref)
  (func $f)
  (elem $seg func $f $f)
  (func (export "copy") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 table.copy $a $b)
  (func (export "init") (param i32) local.get 0 i32.const 0 i32.const 2 table.init $b $seg)
  (func (export "drop") elem.drop $seg))
