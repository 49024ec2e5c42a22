;; br_table whose targets take a value, with a default and a repeated target.
(module
  (func (export "pick") (param $i i32) (result i32)
    block (result i32)
      block (result i32)
        block (result i32)
          i32.const 100 local.get $i br_table 0 1 2 1 0
        end i32.const 1 i32.add return
      end i32.const 2 i32.add return
    end)
  (func (export "const_index") (result i32)
    block block block i32.const 1 br_table 0 1 2 end i32.const 1 return end i32.const 2 return end
    i32.const 3))
