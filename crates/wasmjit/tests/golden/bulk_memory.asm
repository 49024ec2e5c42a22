;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x47
  1e: mov rsp,r11
  21: mov esi,[rbp+0x10]
  24: mov edx,[rbp+0x18]
  27: mov ecx,[rbp+0x20]
  2a: mov rdi,r15
  2d: mov rax,[r15+0x28]
  34: call qword [rax+0x38]
  3a: test eax,eax
  3c: jne near 0x51
  42: mov rsp,rbp
  45: pop rbp
  46: ret
  47: mov eax,9
  4c: call 0xFFFFFFFFFFFFFFEF
  51: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x47
  1e: mov rsp,r11
  21: mov esi,[rbp+0x10]
  24: mov edx,[rbp+0x18]
  27: mov ecx,[rbp+0x20]
  2a: mov rdi,r15
  2d: mov rax,[r15+0x28]
  34: call qword [rax+0x40]
  3a: test eax,eax
  3c: jne near 0x51
  42: mov rsp,rbp
  45: pop rbp
  46: ret
  47: mov eax,9
  4c: call 0xFFFFFFFFFFFFFF99
  51: call 0xFFFFFFFFFFFFFF99

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x53
  1e: mov rsp,r11
  21: mov edx,[rbp+0x10]
  24: mov ecx,0
  2a: mov r8d,5
  30: mov esi,0
  36: mov rdi,r15
  39: mov rax,[r15+0x28]
  40: call qword [rax+0x48]
  46: test eax,eax
  48: jne near 0x5D
  4e: mov rsp,rbp
  51: pop rbp
  52: ret
  53: mov eax,9
  58: call 0xFFFFFFFFFFFFFF43
  5d: call 0xFFFFFFFFFFFFFF43

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x10]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x3C
  1e: mov rsp,r11
  21: mov esi,0
  27: mov rdi,r15
  2a: mov rax,[r15+0x28]
  31: call qword [rax+0x50]
  37: mov rsp,rbp
  3a: pop rbp
  3b: ret
  3c: mov eax,9
  41: call 0xFFFFFFFFFFFFFEE1

