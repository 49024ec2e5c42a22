;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov rcx,[r15+0x60]
  13: mov rcx,[rcx]
  17: mov eax,[rcx+rdi+8]
  1f: mov rdx,[r15+0x60]
  23: mov rdx,[rdx]
  27: movzx ecx,byte [rdx+0x40]
  30: add eax,ecx
  33: mov ecx,[r14+rdi]
  37: add eax,ecx
  3a: mov rsp,rbp
  3d: pop rbp
  3e: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: mov rsi,[rsp+0x10]
   9: push rbp
   a: mov rbp,rsp
   d: sub rsp,0x20
  14: mov rax,[r15+0x60]
  18: mov rax,[rax]
  1c: mov [rax+rdi+0x10],rsi
  24: movsd xmm0,[rel 0x61]
  2d: mov rax,[r15+0x60]
  31: mov rax,[rax]
  35: movsd [rax+rdi],xmm0
  3c: mov rax,[r15+0x60]
  40: mov rax,[rax]
  44: mov r11,0x80000000
  4e: mov [rax+r11],esi
  53: mov rsp,rbp
  56: pop rbp
  57: ret
  58: int3
  59: int3
  5a: int3
  5b: int3
  5c: int3
  5d: int3
  5e: int3
  5f: int3
  60: int3
  61: add [rax],al
  63: add [rax],al
  65: add [rax],al
  67: clc
  68: (bad)
  6a: add [rax],al
  6c: add [rax],al
  6e: add [rax],al
  70: (bad)

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x49
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: mov esi,[rbp+0x10]
  24: mov rdi,[r15+0x60]
  28: mov rax,[r15+0x28]
  2f: call qword [rax+8]
  35: mov rcx,[r15+0x60]
  39: mov rcx,[rcx+8]
  3d: shr rcx,0x10
  41: add eax,ecx
  44: mov rsp,rbp
  47: pop rbp
  48: ret
  49: call 0xFFFFFFFFFFFFFDB2
  4e: jmp 8

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
  66: call 0xFFFFFFFFFFFFFD4E
  6b: call 0xFFFFFFFFFFFFFD5F
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
  86: call 0xFFFFFFFFFFFFFCD9
  8b: call 0xFFFFFFFFFFFFFCEA
  90: jmp 8

