;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: mov r8d,[rsp+0x18]
   d: push rbp
   e: mov rbp,rsp
  11: lea r11,[rsp-0x30]
  19: cmp r11,[r15+0x18]
  1d: jb near 0x58
  23: mov rsp,r11
  26: mov [rbp+0x10],rdi
  2a: mov [rbp+0x18],rsi
  2e: mov [rbp+0x20],r8
  32: mov esi,[rbp+0x10]
  35: mov edx,[rbp+0x18]
  38: mov ecx,[rbp+0x20]
  3b: mov rdi,r15
  3e: mov rax,[r15+0x28]
  45: call qword [rax+0x38]
  4b: test eax,eax
  4d: jne near 0x62
  53: mov rsp,rbp
  56: pop rbp
  57: ret
  58: mov eax,9
  5d: call 0xFFFFFFFFFFFFFFEF
  62: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: mov r8d,[rsp+0x18]
   d: push rbp
   e: mov rbp,rsp
  11: lea r11,[rsp-0x30]
  19: cmp r11,[r15+0x18]
  1d: jb near 0x58
  23: mov rsp,r11
  26: mov [rbp+0x10],rdi
  2a: mov [rbp+0x18],rsi
  2e: mov [rbp+0x20],r8
  32: mov esi,[rbp+0x10]
  35: mov edx,[rbp+0x18]
  38: mov ecx,[rbp+0x20]
  3b: mov rdi,r15
  3e: mov rax,[r15+0x28]
  45: call qword [rax+0x40]
  4b: test eax,eax
  4d: jne near 0x62
  53: mov rsp,rbp
  56: pop rbp
  57: ret
  58: mov eax,9
  5d: call 0xFFFFFFFFFFFFFF88
  62: call 0xFFFFFFFFFFFFFF88

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x53
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
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
  58: call 0xFFFFFFFFFFFFFF21
  5d: call 0xFFFFFFFFFFFFFF21

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
  34: mov eax,9
  39: call 0xFFFFFFFFFFFFFEBF

