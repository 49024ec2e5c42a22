;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x39
  1e: mov rsp,r11
  21: mov rax,[r15+0x10]
  28: mov rax,[rax+8]
  30: shr rax,0x10
  34: mov rsp,rbp
  37: pop rbp
  38: ret
  39: mov eax,9
  3e: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x3D
  1e: mov rsp,r11
  21: mov esi,[rbp+0x10]
  24: mov rdi,[r15+0x10]
  2b: mov rax,[r15+0x28]
  32: call qword [rax+8]
  38: mov rsp,rbp
  3b: pop rbp
  3c: ret
  3d: mov eax,9
  42: call 0xFFFFFFFFFFFFFFAC

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x56
  1e: mov rsp,r11
  21: mov esi,1
  27: mov rdi,[r15+0x10]
  2e: mov rax,[r15+0x28]
  35: call qword [rax+8]
  3b: mov rcx,[r15+0x10]
  42: mov rcx,[rcx+8]
  4a: shr rcx,0x10
  4e: add eax,ecx
  51: mov rsp,rbp
  54: pop rbp
  55: ret
  56: mov eax,9
  5b: call 0xFFFFFFFFFFFFFF65

