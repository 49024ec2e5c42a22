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
  2b: call 0xFFFFFFFFFFFFFFF0

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x54
  1e: mov rsp,r11
  21: mov ecx,[rbp+0x10]
  24: mov r8d,[rbp+0x18]
  28: mov r9d,[rbp+0x20]
  2c: mov esi,0
  32: mov edx,1
  38: mov rdi,r15
  3b: mov rax, <addr>
  45: call rax
  47: test eax,eax
  49: jne near 0x5E
  4f: mov rsp,rbp
  52: pop rbp
  53: ret
  54: mov eax,9
  59: call 0xFFFFFFFFFFFFFFC0
  5e: call 0xFFFFFFFFFFFFFFC0

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x58
  1e: mov rsp,r11
  21: mov ecx,[rbp+0x10]
  24: mov r8d,0
  2a: mov r9d,2
  30: mov esi,1
  36: mov edx,0
  3c: mov rdi,r15
  3f: mov rax, <addr>
  49: call rax
  4b: test eax,eax
  4d: jne near 0x62
  53: mov rsp,rbp
  56: pop rbp
  57: ret
  58: mov eax,9
  5d: call 0xFFFFFFFFFFFFFF5D
  62: call 0xFFFFFFFFFFFFFF5D

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x10]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x3B
  1e: mov rsp,r11
  21: mov esi,0
  27: mov rdi,r15
  2a: mov rax, <addr>
  34: call rax
  36: mov rsp,rbp
  39: pop rbp
  3a: ret
  3b: mov eax,9
  40: call 0xFFFFFFFFFFFFFEF6

