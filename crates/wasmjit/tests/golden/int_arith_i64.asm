;; func 0 
   0: mov rdi,[rsp+8]
   5: mov rsi,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: lea r11,[rsp-0x30]
  16: cmp r11,[r15+0x18]
  1a: jb near 0x42
  20: mov rsp,r11
  23: mov rax,rdi
  26: add rax,rsi
  29: mov rcx,rdi
  2c: sub rcx,rsi
  2f: imul rax,rcx
  33: and rax,rdi
  36: or rax,rsi
  39: xor rax,0x55
  3d: mov rsp,rbp
  40: pop rbp
  41: ret
  42: mov eax,9
  47: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: lea r11,[rsp-0x30]
  11: cmp r11,[r15+0x18]
  15: jb near 0x45
  1b: mov rsp,r11
  1e: mov rax,rdi
  21: add rax,7
  25: mov r11,0x123456789
  2f: sub rax,r11
  32: imul rax,0xFFFFFFFFFFFFFFFD
  39: and rax,0xFF00
  40: mov rsp,rbp
  43: pop rbp
  44: ret
  45: mov eax,9
  4a: call 0xFFFFFFFFFFFFFFA3

