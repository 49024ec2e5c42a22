;; func 0 g
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x10]
   c: cmp r11,[r15+0x18]
  10: jb near 0x1E
  16: mov rsp,r11
  19: mov rsp,rbp
  1c: pop rbp
  1d: ret
  1e: mov eax,9
  23: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x20]
  10: cmp r11,[r15+0x18]
  14: jb near 0x47
  1a: mov rsp,r11
  1d: mov eax,edi
  20: mov r11,[r15+0x68]
  27: cmp eax,[r11+8]
  2f: jae near 0x51
  35: mov r11,[r11]
  3d: mov rax,[r11+rax*8]
  42: mov rsp,rbp
  45: pop rbp
  46: ret
  47: mov eax,9
  4c: call 0xFFFFFFFFFFFFFFC7
  51: mov eax,0xC
  56: call 0xFFFFFFFFFFFFFFC7

;; func 2 
   0: mov edi,[rsp+8]
   4: mov rsi,[rsp+0x10]
   9: push rbp
   a: mov rbp,rsp
   d: lea r11,[rsp-0x20]
  15: cmp r11,[r15+0x18]
  19: jb near 0x54
  1f: mov rsp,r11
  22: mov [rbp+0x18],rsi
  26: mov rax,[rbp+0x18]
  2a: mov ecx,edi
  2d: mov r11,[r15+0x70]
  34: cmp ecx,[r11+8]
  3c: jae near 0x5E
  42: mov r11,[r11]
  4a: mov [r11+rcx*8],rax
  4f: mov rsp,rbp
  52: pop rbp
  53: ret
  54: mov eax,9
  59: call 0xFFFFFFFFFFFFFF6C
  5e: mov eax,0xC
  63: call 0xFFFFFFFFFFFFFF6C

;; func 3 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x20]
  10: cmp r11,[r15+0x18]
  14: jb near 0x4E
  1a: mov rsp,r11
  1d: mov rax,[r15+0x30]
  24: mov ecx,edi
  27: mov r11,[r15+0x68]
  2e: cmp ecx,[r11+8]
  36: jae near 0x58
  3c: mov r11,[r11]
  44: mov [r11+rcx*8],rax
  49: mov rsp,rbp
  4c: pop rbp
  4d: ret
  4e: mov eax,9
  53: call 0xFFFFFFFFFFFFFF04
  58: mov eax,0xC
  5d: call 0xFFFFFFFFFFFFFF04

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x2D
  16: mov rsp,r11
  19: mov rax,[r15+0x70]
  20: mov eax,[rax+8]
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFFFFFFFFFEA2

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
  4c: mov eax,9
  51: call 0xFFFFFFFFFFFFFE6B

;; func 6 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x30]
  14: cmp r11,[r15+0x18]
  18: jb near 0x59
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
  4e: jne near 0x63
  54: mov rsp,rbp
  57: pop rbp
  58: ret
  59: mov eax,9
  5e: call 0xFFFFFFFFFFFFFE15
  63: call 0xFFFFFFFFFFFFFE15

