;; func 0 g
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x10
   b: mov rsp,rbp
   e: pop rbp
   f: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x20
   f: mov eax,edi
  12: mov r11,[r15+0x68]
  16: cmp eax,[r11+8]
  1e: jae near 0x32
  24: mov r11,[r11]
  28: mov rax,[r11+rax*8]
  2d: mov rsp,rbp
  30: pop rbp
  31: ret
  32: mov eax,0xC
  37: call 0xFFFFFFFFFFFFFE41

;; func 2 
   0: mov edi,[rsp+8]
   4: mov rsi,[rsp+0x10]
   9: push rbp
   a: mov rbp,rsp
   d: sub rsp,0x20
  14: mov [rbp+0x18],rsi
  18: mov rax,[rbp+0x18]
  1c: mov ecx,edi
  1f: mov r11,[r15+0x70]
  23: cmp ecx,[r11+8]
  2b: jae near 0x3F
  31: mov r11,[r11]
  35: mov [r11+rcx*8],rax
  3a: mov rsp,rbp
  3d: pop rbp
  3e: ret
  3f: mov eax,0xC
  44: call 0xFFFFFFFFFFFFFE05

;; func 3 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x20
   f: mov rax,[r15+0x30]
  13: mov ecx,edi
  16: mov r11,[r15+0x68]
  1a: cmp ecx,[r11+8]
  22: jae near 0x36
  28: mov r11,[r11]
  2c: mov [r11+rcx*8],rax
  31: mov rsp,rbp
  34: pop rbp
  35: ret
  36: mov eax,0xC
  3b: call 0xFFFFFFFFFFFFFDBC

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x20
   b: mov rax,[r15+0x70]
   f: mov eax,[rax+8]
  12: mov rsp,rbp
  15: pop rbp
  16: ret

;; func 5 
   0: mov rdi,[rsp+8]
   5: mov esi,[rsp+0x10]
   9: push rbp
   a: mov rbp,rsp
   d: lea r11,[rsp-0x30]
  15: cmp r11,[r15+0x18]
  19: jb near 0x4C
  1f: mov rsp,r11
  22: mov [rbp+0x10],rdi
  26: mov [rbp+0x18],rsi
  2a: mov rdx,[rbp+0x10]
  2e: mov ecx,[rbp+0x18]
  31: mov esi,1
  37: mov rdi,r15
  3a: mov rax,[r15+0x28]
  41: call qword [rax+0x10]
  47: mov rsp,rbp
  4a: pop rbp
  4b: ret
  4c: call 0xFFFFFFFFFFFFFD76
  51: jmp 0xD

;; func 6 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x30]
  14: cmp r11,[r15+0x18]
  18: jb near 0x5E
  1e: mov rsp,r11
  21: mov [rbp+0x10],rdi
  25: mov [rbp+0x18],rsi
  29: mov edx,[rbp+0x10]
  2c: mov ecx,0
  32: mov r8d,[rbp+0x18]
  36: mov esi,0
  3c: mov rdi,r15
  3f: mov rax,[r15+0x28]
  46: call qword [rax+0x18]
  4c: test eax,eax
  4e: jne near 0x59
  54: mov rsp,rbp
  57: pop rbp
  58: ret
  59: call 0xFFFFFFFFFFFFFD0F
  5e: call 0xFFFFFFFFFFFFFD20
  63: jmp 0xC

