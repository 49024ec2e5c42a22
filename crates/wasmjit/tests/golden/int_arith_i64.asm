;; func 0 
   0: mov rdi,[rsp+8]
   5: mov rsi,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: sub rsp,0x30
  15: mov rax,rdi
  18: add rax,rsi
  1b: mov rcx,rdi
  1e: sub rcx,rsi
  21: imul rax,rcx
  25: and rax,rdi
  28: or rax,rsi
  2b: xor rax,0x55
  2f: mov rsp,rbp
  32: pop rbp
  33: ret

;; func 1 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x30
  10: mov rax,rdi
  13: add rax,7
  17: mov r11,0x123456789
  21: sub rax,r11
  24: imul rax,0xFFFFFFFFFFFFFFFD
  2b: and rax,0xFF00
  32: mov rsp,rbp
  35: pop rbp
  36: ret

