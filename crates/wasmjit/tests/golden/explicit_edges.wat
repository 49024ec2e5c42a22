;; Explicit bounds checks at the edges: a constant index past any memory (an
;; unconditional jump to the trap), offsets that do not fit an immediate,
;; and a store of a comparison result (the check must not clobber it).
(module (memory 1)
  (func (export "past_4gib") (result i32) i32.const -1 i32.load offset=0xffffffff)
  (func (export "big_offset") (param i32) (result i32) local.get 0 i32.load offset=0xfffffff0)
  (func (export "store_cmp") (param i32 i32) local.get 0 local.get 1 local.get 0 i32.lt_u i32.store8))
