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
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x55
  1e: mov rsp,r11
  21: mov ecx,[rbp+0x10]
  24: mov r8d,[rbp+0x18]
  28: mov r9d,[rbp+0x20]
  2c: mov esi,0
  32: mov edx,1
  38: mov rdi,r15
  3b: mov rax,[r15+0x28]
  42: call qword [rax+0x20]
  48: test eax,eax
  4a: jne near 0x5F
  50: mov rsp,rbp
  53: pop rbp
  54: ret
  55: mov eax,9
  5a: call 0xFFFFFFFFFFFFFFBF
  5f: call 0xFFFFFFFFFFFFFFBF

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x59
  1e: mov rsp,r11
  21: mov ecx,[rbp+0x10]
  24: mov r8d,0
  2a: mov r9d,2
  30: mov esi,1
  36: mov edx,0
  3c: mov rdi,r15
  3f: mov rax,[r15+0x28]
  46: call qword [rax+0x28]
  4c: test eax,eax
  4e: jne near 0x63
  54: mov rsp,rbp
  57: pop rbp
  58: ret
  59: mov eax,9
  5e: call 0xFFFFFFFFFFFFFF5B
  63: call 0xFFFFFFFFFFFFFF5B

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
  31: call qword [rax+0x30]
  37: mov rsp,rbp
  3a: pop rbp
  3b: ret
  3c: mov eax,9
  41: call 0xFFFFFFFFFFFFFEF3

