;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x3A
  1e: mov rsp,r11
  21: cmp dword [rbp+0x20],0
  2b: mov eax,[rbp+0x10]
  2e: mov ecx,[rbp+0x18]
  31: cmove rax,rcx
  35: mov rsp,rbp
  38: pop rbp
  39: ret
  3a: mov eax,9
  3f: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x3A
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: cmp eax,[rbp+0x18]
  2b: mov eax,[rbp+0x10]
  2e: mov ecx,[rbp+0x18]
  31: cmovae rax,rcx
  35: mov rsp,rbp
  38: pop rbp
  39: ret
  3a: mov eax,9
  3f: call 0xFFFFFFFFFFFFFFAB

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x40
  1e: mov rsp,r11
  21: cmp dword [rbp+0x20],0
  2b: movsd xmm0,[rbp+0x10]
  30: jne near 0x3B
  36: movsd xmm0,[rbp+0x18]
  3b: mov rsp,rbp
  3e: pop rbp
  3f: ret
  40: mov eax,9
  45: call 0xFFFFFFFFFFFFFF67

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x40
  1e: mov rsp,r11
  21: cmp dword [rbp+0x20],0
  2b: movss xmm0,[rbp+0x10]
  30: jne near 0x3B
  36: movss xmm0,[rbp+0x18]
  3b: mov rsp,rbp
  3e: pop rbp
  3f: ret
  40: mov eax,9
  45: call 0xFFFFFFFFFFFFFF1D

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x2A
  1e: mov rsp,r11
  21: mov rax,[rbp+0x18]
  25: mov rsp,rbp
  28: pop rbp
  29: ret
  2a: mov eax,9
  2f: call 0xFFFFFFFFFFFFFED3

