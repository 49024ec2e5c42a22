;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x21
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: mov rsp,rbp
  1f: pop rbp
  20: ret
  21: mov eax,9
  26: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x25
  16: mov rsp,r11
  19: movsxd rax,[rbp+0x10]
  20: mov rsp,rbp
  23: pop rbp
  24: ret
  25: mov eax,9
  2a: call 0xFFFFFFFFFFFFFFC4

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x21
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: mov rsp,rbp
  1f: pop rbp
  20: ret
  21: mov eax,9
  26: call 0xFFFFFFFFFFFFFF95

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x28
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: add eax,[rbp+0x18]
  23: mov rsp,rbp
  26: pop rbp
  27: ret
  28: mov eax,9
  2d: call 0xFFFFFFFFFFFFFF6A

