;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: mov r8d,[rsp+0x18]
   d: push rbp
   e: mov rbp,rsp
  11: lea r11,[rsp-0x30]
  19: cmp r11,[r15+0x18]
  1d: jb near 0x64
  23: mov rsp,r11
  26: mov [rbp+0x10],rdi
  2a: mov [rbp+0x18],rsi
  2e: mov [rbp+0x20],r8
  32: mov edx,[rbp+0x10]
  35: mov ecx,[rbp+0x18]
  38: mov r8d,[rbp+0x20]
  3c: mov esi,0
  42: mov rdi,r15
  45: mov rax,[r15+0x28]
  4c: call qword [rax+0x38]
  52: test eax,eax
  54: jne near 0x5F
  5a: mov rsp,rbp
  5d: pop rbp
  5e: ret
  5f: call 0xFFFFFFFFFFFFFE51
  64: call 0xFFFFFFFFFFFFFE62
  69: jmp 0x11

;; func 1 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: mov r8d,[rsp+0x18]
   d: push rbp
   e: mov rbp,rsp
  11: lea r11,[rsp-0x30]
  19: cmp r11,[r15+0x18]
  1d: jb near 0x6B
  23: mov rsp,r11
  26: mov [rbp+0x10],rdi
  2a: mov [rbp+0x18],rsi
  2e: mov [rbp+0x20],r8
  32: mov ecx,[rbp+0x10]
  35: mov r8d,[rbp+0x18]
  39: mov r9d,[rbp+0x20]
  3d: mov esi,0
  43: mov edx,0
  49: mov rdi,r15
  4c: mov rax,[r15+0x28]
  53: call qword [rax+0x40]
  59: test eax,eax
  5b: jne near 0x66
  61: mov rsp,rbp
  64: pop rbp
  65: ret
  66: call 0xFFFFFFFFFFFFFDE3
  6b: call 0xFFFFFFFFFFFFFDF4
  70: jmp 0x11

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x5E
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: mov ecx,[rbp+0x10]
  24: mov r8d,0
  2a: mov r9d,5
  30: mov esi,0
  36: mov edx,0
  3c: mov rdi,r15
  3f: mov rax,[r15+0x28]
  46: call qword [rax+0x48]
  4c: test eax,eax
  4e: jne near 0x59
  54: mov rsp,rbp
  57: pop rbp
  58: ret
  59: call 0xFFFFFFFFFFFFFD6E
  5e: call 0xFFFFFFFFFFFFFD7F
  63: jmp 8

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x10]
   c: cmp r11,[r15+0x18]
  10: jb near 0x34
  16: mov rsp,r11
  19: mov esi,0
  1f: mov rdi,r15
  22: mov rax,[r15+0x28]
  29: call qword [rax+0x50]
  2f: mov rsp,rbp
  32: pop rbp
  33: ret
  34: call 0xFFFFFFFFFFFFFD17
  39: jmp 4

