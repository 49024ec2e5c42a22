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
  2b: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x4B
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: mov r11,[r15+0x68]
  2b: cmp eax,[r11+8]
  33: jae near 0x55
  39: mov r11,[r11]
  41: mov rax,[r11+rax*8]
  46: mov rsp,rbp
  49: pop rbp
  4a: ret
  4b: mov eax,9
  50: call 0xFFFFFFFFFFFFFFBF
  55: mov eax,0xC
  5a: call 0xFFFFFFFFFFFFFFBF

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
  28: mov r11,[r15+0x70]
  2f: cmp ecx,[r11+8]
  37: jae near 0x59
  3d: mov r11,[r11]
  45: mov [r11+rcx*8],rax
  4a: mov rsp,rbp
  4d: pop rbp
  4e: ret
  4f: mov eax,9
  54: call 0xFFFFFFFFFFFFFF60
  59: mov eax,0xC
  5e: call 0xFFFFFFFFFFFFFF60

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x52
  1e: mov rsp,r11
  21: mov rax,[r15+0x30]
  28: mov ecx,[rbp+0x10]
  2b: mov r11,[r15+0x68]
  32: cmp ecx,[r11+8]
  3a: jae near 0x5C
  40: mov r11,[r11]
  48: mov [r11+rcx*8],rax
  4d: mov rsp,rbp
  50: pop rbp
  51: ret
  52: mov eax,9
  57: call 0xFFFFFFFFFFFFFEFD
  5c: mov eax,0xC
  61: call 0xFFFFFFFFFFFFFEFD

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x35
  1e: mov rsp,r11
  21: mov rax,[r15+0x70]
  28: mov eax,[rax+8]
  30: mov rsp,rbp
  33: pop rbp
  34: ret
  35: mov eax,9
  3a: call 0xFFFFFFFFFFFFFE97

;; func 5 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x43
  1e: mov rsp,r11
  21: mov rdx,[rbp+0x10]
  25: mov ecx,[rbp+0x18]
  28: mov esi,1
  2e: mov rdi,r15
  31: mov rax,[r15+0x28]
  38: call qword [rax+0x10]
  3e: mov rsp,rbp
  41: pop rbp
  42: ret
  43: mov eax,9
  48: call 0xFFFFFFFFFFFFFE58

;; func 6 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x52
  1e: mov rsp,r11
  21: mov edx,[rbp+0x10]
  24: mov rcx,0
  2b: mov r8d,[rbp+0x18]
  2f: mov esi,0
  35: mov rdi,r15
  38: mov rax,[r15+0x28]
  3f: call qword [rax+0x18]
  45: test eax,eax
  47: jne near 0x5C
  4d: mov rsp,rbp
  50: pop rbp
  51: ret
  52: mov eax,9
  57: call 0xFFFFFFFFFFFFFE0B
  5c: call 0xFFFFFFFFFFFFFE0B

