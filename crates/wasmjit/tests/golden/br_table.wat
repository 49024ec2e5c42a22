;; A switch: br_table dispatches with one indirect jump through a table of
;; 32-bit offsets placed right after the jump (its bytes, 0x43-0x4e below,
;; disassemble as noise).
(module
  (func $switch (export "switch") (param $op i32) (result i32)
    block block block block
      local.get $op
      br_table 0 1 2 3
    end i32.const 10 return
    end i32.const 20 return
    end i32.const 30 return
    end i32.const 40))
