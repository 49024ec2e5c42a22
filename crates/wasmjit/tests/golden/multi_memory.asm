;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov rcx,[r15+0x60]
  16: mov rcx,[rcx]
  1e: mov eax,[rcx+rdi+8]
  26: mov rdx,[r15+0x60]
  2d: mov rdx,[rdx]
  35: movzx ecx,byte [rdx+0x40]
  3e: add eax,ecx
  41: mov ecx,[r14+rdi]
  45: add eax,ecx
  48: mov rsp,rbp
  4b: pop rbp
  4c: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: mov rsi,[rsp+0x10]
   9: push rbp
   a: mov rbp,rsp
   d: sub rsp,0x20
  14: mov rax,[r15+0x60]
  1b: mov rax,[rax]
  23: mov [rax+rdi+0x10],rsi
  2b: mov r11,0x3FF8000000000000
  35: movq xmm0,r11
  3a: mov rax,[r15+0x60]
  41: mov rax,[rax]
  49: movsd [rax+rdi],xmm0
  50: mov rax,[r15+0x60]
  57: mov rax,[rax]
  5f: mov r11,0x80000000
  69: mov [rax+r11],esi
  6e: mov rsp,rbp
  71: pop rbp
  72: ret

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x53
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: mov esi,[rbp+0x10]
  24: mov rdi,[r15+0x60]
  2b: mov rax,[r15+0x28]
  32: call qword [rax+8]
  38: mov rcx,[r15+0x60]
  3f: mov rcx,[rcx+8]
  47: shr rcx,0x10
  4b: add eax,ecx
  4e: mov rsp,rbp
  51: pop rbp
  52: ret
  53: call 0xFFFFFFFFFFFFFDA2
  58: jmp 8

;; func 3 
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
  3d: mov esi,1
  43: mov edx,0
  49: mov rdi,r15
  4c: mov rax,[r15+0x28]
  53: call qword [rax+0x40]
  59: test eax,eax
  5b: jne near 0x66
  61: mov rsp,rbp
  64: pop rbp
  65: ret
  66: call 0xFFFFFFFFFFFFFD34
  6b: call 0xFFFFFFFFFFFFFD45
  70: jmp 0x11

;; func 4 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x8B
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: mov edx,[rbp+0x10]
  24: mov ecx,7
  2a: mov r8d,3
  30: mov esi,1
  36: mov rdi,r15
  39: mov rax,[r15+0x28]
  40: call qword [rax+0x38]
  46: test eax,eax
  48: jne near 0x86
  4e: mov ecx,[rbp+0x10]
  51: mov r8d,0
  57: mov r9d,5
  5d: mov esi,1
  63: mov edx,0
  69: mov rdi,r15
  6c: mov rax,[r15+0x28]
  73: call qword [rax+0x48]
  79: test eax,eax
  7b: jne near 0x86
  81: mov rsp,rbp
  84: pop rbp
  85: ret
  86: call 0xFFFFFFFFFFFFFCBF
  8b: call 0xFFFFFFFFFFFFFCD0
  90: jmp 8

