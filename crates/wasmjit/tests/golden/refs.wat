;; ref.null, ref.is_null and ref.func as values.
(module
  (func $f)
  (elem declare func $f)
  (func (export "null") (result externref) ref.null extern)
  (func (export "is_null") (param externref) (result i32) local.get 0 ref.is_null)
  (func (export "func") (result funcref) ref.func $f)
  (func (export "func_is_null") (result i32) ref.func $f ref.is_null))
