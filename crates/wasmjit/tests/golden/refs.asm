;; func 0 f
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x10]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x26
  1e: mov rsp,r11
  21: mov rsp,rbp
  24: pop rbp
  25: ret
  26: mov eax,9
  2b: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x2D
  1e: mov rsp,r11
  21: mov rax,0
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFFFFFFFFFFBF

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x39
  1e: mov rsp,r11
  21: cmp qword [rbp+0x10],0
  2c: sete al
  30: movzx eax,al
  34: mov rsp,rbp
  37: pop rbp
  38: ret
  39: mov eax,9
  3e: call 0xFFFFFFFFFFFFFF88

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x2D
  1e: mov rsp,r11
  21: mov rax,[r15+0x30]
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFFFFFFFFFF45

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x38
  1e: mov rsp,r11
  21: mov rax,[r15+0x30]
  28: test rax,rax
  2b: sete al
  2f: movzx eax,al
  33: mov rsp,rbp
  36: pop rbp
  37: ret
  38: mov eax,9
  3d: call 0xFFFFFFFFFFFFFF0E

