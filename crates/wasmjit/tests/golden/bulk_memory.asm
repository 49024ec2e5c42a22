;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x46
  1e: mov rsp,r11
  21: mov esi,[rbp+0x10]
  24: mov edx,[rbp+0x18]
  27: mov ecx,[rbp+0x20]
  2a: mov rdi,r15
  2d: mov rax, <addr>
  37: call rax
  39: test eax,eax
  3b: jne near 0x50
  41: mov rsp,rbp
  44: pop rbp
  45: ret
  46: mov eax,9
  4b: call 0xFFFFFFFFFFFFFFF0
  50: call 0xFFFFFFFFFFFFFFF0

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x46
  1e: mov rsp,r11
  21: mov esi,[rbp+0x10]
  24: mov edx,[rbp+0x18]
  27: mov ecx,[rbp+0x20]
  2a: mov rdi,r15
  2d: mov rax, <addr>
  37: call rax
  39: test eax,eax
  3b: jne near 0x50
  41: mov rsp,rbp
  44: pop rbp
  45: ret
  46: mov eax,9
  4b: call 0xFFFFFFFFFFFFFF9B
  50: call 0xFFFFFFFFFFFFFF9B

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x52
  1e: mov rsp,r11
  21: mov edx,[rbp+0x10]
  24: mov ecx,0
  2a: mov r8d,5
  30: mov esi,0
  36: mov rdi,r15
  39: mov rax, <addr>
  43: call rax
  45: test eax,eax
  47: jne near 0x5C
  4d: mov rsp,rbp
  50: pop rbp
  51: ret
  52: mov eax,9
  57: call 0xFFFFFFFFFFFFFF46
  5c: call 0xFFFFFFFFFFFFFF46

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
  40: call 0xFFFFFFFFFFFFFEE5

