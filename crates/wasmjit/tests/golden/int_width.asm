;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x29
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: mov rsp,rbp
  27: pop rbp
  28: ret
  29: mov eax,9
  2e: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x2D
  1e: mov rsp,r11
  21: movsxd rax,[rbp+0x10]
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFFFFFFFFFFBC

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x29
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: mov rsp,rbp
  27: pop rbp
  28: ret
  29: mov eax,9
  2e: call 0xFFFFFFFFFFFFFF85

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x30
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: add eax,[rbp+0x18]
  2b: mov rsp,rbp
  2e: pop rbp
  2f: ret
  30: mov eax,9
  35: call 0xFFFFFFFFFFFFFF52

