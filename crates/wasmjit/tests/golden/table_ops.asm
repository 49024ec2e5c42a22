;; func 0 g
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
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x4B
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: mov r11,[r15+0x60]
  2b: cmp eax,[r11+8]
  33: jae near 0x55
  39: mov r11,[r11]
  41: mov rax,[r11+rax*8]
  46: mov rsp,rbp
  49: pop rbp
  4a: ret
  4b: mov eax,9
  50: call 0xFFFFFFFFFFFFFFC0
  55: mov eax,0xC
  5a: call 0xFFFFFFFFFFFFFFC0

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x4F
  1e: mov rsp,r11
  21: mov rax,[rbp+0x18]
  25: mov ecx,[rbp+0x10]
  28: mov r11,[r15+0x68]
  2f: cmp ecx,[r11+8]
  37: jae near 0x59
  3d: mov r11,[r11]
  45: mov [r11+rcx*8],rax
  4a: mov rsp,rbp
  4d: pop rbp
  4e: ret
  4f: mov eax,9
  54: call 0xFFFFFFFFFFFFFF61
  59: mov eax,0xC
  5e: call 0xFFFFFFFFFFFFFF61

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x52
  1e: mov rsp,r11
  21: mov rax,[r15+0x28]
  28: mov ecx,[rbp+0x10]
  2b: mov r11,[r15+0x60]
  32: cmp ecx,[r11+8]
  3a: jae near 0x5C
  40: mov r11,[r11]
  48: mov [r11+rcx*8],rax
  4d: mov rsp,rbp
  50: pop rbp
  51: ret
  52: mov eax,9
  57: call 0xFFFFFFFFFFFFFEFE
  5c: mov eax,0xC
  61: call 0xFFFFFFFFFFFFFEFE

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x35
  1e: mov rsp,r11
  21: mov rax,[r15+0x68]
  28: mov eax,[rax+8]
  30: mov rsp,rbp
  33: pop rbp
  34: ret
  35: mov eax,9
  3a: call 0xFFFFFFFFFFFFFE98

;; func 5 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x42
  1e: mov rsp,r11
  21: mov rdx,[rbp+0x10]
  25: mov ecx,[rbp+0x18]
  28: mov esi,1
  2e: mov rdi,r15
  31: mov rax, <addr>
  3b: call rax
  3d: mov rsp,rbp
  40: pop rbp
  41: ret
  42: mov eax,9
  47: call 0xFFFFFFFFFFFFFE59

;; func 6 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x51
  1e: mov rsp,r11
  21: mov edx,[rbp+0x10]
  24: mov rcx,0
  2b: mov r8d,[rbp+0x18]
  2f: mov esi,0
  35: mov rdi,r15
  38: mov rax, <addr>
  42: call rax
  44: test eax,eax
  46: jne near 0x5B
  4c: mov rsp,rbp
  4f: pop rbp
  50: ret
  51: mov eax,9
  56: call 0xFFFFFFFFFFFFFE0D
  5b: call 0xFFFFFFFFFFFFFE0D

