;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x2C
  1e: mov rsp,r11
  21: mov eax,0x2A
  27: mov rsp,rbp
  2a: pop rbp
  2b: ret
  2c: mov eax,9
  31: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x2D
  1e: mov rsp,r11
  21: mov rax,0xA8
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFFFFFFFFFFB9

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x2C
  1e: mov rsp,r11
  21: mov eax,1
  27: mov rsp,rbp
  2a: pop rbp
  2b: ret
  2c: mov eax,9
  31: call 0xFFFFFFFFFFFFFF82

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x3B
  1e: mov rsp,r11
  21: mov ecx,0
  27: mov eax,1
  2d: jmp 0x45
  32: cdq
  33: idiv ecx
  36: mov rsp,rbp
  39: pop rbp
  3a: ret
  3b: mov eax,9
  40: call 0xFFFFFFFFFFFFFF4C
  45: mov eax,7
  4a: call 0xFFFFFFFFFFFFFF4C

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x37
  1e: mov rsp,r11
  21: mov eax,5
  27: jmp 0x32
  2c: mov eax,6
  32: mov rsp,rbp
  35: pop rbp
  36: ret
  37: mov eax,9
  3c: call 0xFFFFFFFFFFFFFEFD

