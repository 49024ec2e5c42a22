;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x24
  16: mov rsp,r11
  19: mov eax,0x2A
  1f: mov rsp,rbp
  22: pop rbp
  23: ret
  24: mov eax,9
  29: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x24
  16: mov rsp,r11
  19: mov eax,0xA8
  1f: mov rsp,rbp
  22: pop rbp
  23: ret
  24: mov eax,9
  29: call 0xFFFFFFFFFFFFFFC1

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x24
  16: mov rsp,r11
  19: mov eax,1
  1f: mov rsp,rbp
  22: pop rbp
  23: ret
  24: mov eax,9
  29: call 0xFFFFFFFFFFFFFF93

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x33
  16: mov rsp,r11
  19: mov ecx,0
  1f: mov eax,1
  25: jmp 0x3D
  2a: cdq
  2b: idiv ecx
  2e: mov rsp,rbp
  31: pop rbp
  32: ret
  33: mov eax,9
  38: call 0xFFFFFFFFFFFFFF65
  3d: mov eax,7
  42: call 0xFFFFFFFFFFFFFF65

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x2F
  16: mov rsp,r11
  19: mov eax,5
  1f: jmp 0x2A
  24: mov eax,6
  2a: mov rsp,rbp
  2d: pop rbp
  2e: ret
  2f: mov eax,9
  34: call 0xFFFFFFFFFFFFFF1E

