;; func 0 
   0: mov rdi,[rsp+8]
   5: mov rsi,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: sub rsp,0x30
  15: lea rax,[rdi+rsi]
  1a: mov rcx,rdi
  1d: sub rcx,rsi
  20: imul rax,rcx
  24: and rax,rdi
  27: or rax,rsi
  2a: xor rax,0x55
  2e: mov rsp,rbp
  31: pop rbp
  32: ret

;; func 1 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x30
  10: lea rax,[rdi+7]
  14: mov r11,0x123456789
  1e: sub rax,r11
  21: imul rax,0xFFFFFFFFFFFFFFFD
  28: and rax,0xFF00
  2f: mov rsp,rbp
  32: pop rbp
  33: ret

