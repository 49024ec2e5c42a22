;; func 0 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: lea r11,[rsp-0x20]
  11: cmp r11,[r15+0x18]
  15: jb near 0x26
  1b: mov rsp,r11
  1e: mov eax,edi
  21: mov rsp,rbp
  24: pop rbp
  25: ret
  26: mov eax,9
  2b: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x20]
  10: cmp r11,[r15+0x18]
  14: jb near 0x25
  1a: mov rsp,r11
  1d: movsxd rax,edi
  20: mov rsp,rbp
  23: pop rbp
  24: ret
  25: mov eax,9
  2a: call 0xFFFFFFFFFFFFFFBF

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x20]
  10: cmp r11,[r15+0x18]
  14: jb near 0x25
  1a: mov rsp,r11
  1d: mov eax,edi
  20: mov rsp,rbp
  23: pop rbp
  24: ret
  25: mov eax,9
  2a: call 0xFFFFFFFFFFFFFF90

;; func 3 
   0: mov rdi,[rsp+8]
   5: mov esi,[rsp+0x10]
   9: push rbp
   a: mov rbp,rsp
   d: lea r11,[rsp-0x30]
  15: cmp r11,[r15+0x18]
  19: jb near 0x2D
  1f: mov rsp,r11
  22: mov eax,edi
  25: add eax,esi
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFFFFFFFFFF61

