;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xB2
  1e: mov rsp,r11
  21: mov ebx,[rbp+0x10]
  24: mov eax,[r14+rbx]
  2c: movsx ecx,byte [r14+rbx+1]
  35: add eax,ecx
  38: movzx ecx,byte [r14+rbx+2]
  41: add eax,ecx
  44: movsx ecx,word [r14+rbx+3]
  4d: add eax,ecx
  50: movzx ecx,word [r14+rbx+4]
  59: add eax,ecx
  5c: mov rcx,[r14+rbx+8]
  64: add rax,rcx
  67: movsx rcx,byte [r14+rbx]
  70: add rax,rcx
  73: movzx ecx,byte [r14+rbx]
  7c: add rax,rcx
  7f: movsx rcx,word [r14+rbx]
  88: add rax,rcx
  8b: movzx ecx,word [r14+rbx]
  94: add rax,rcx
  97: movsxd rcx,[r14+rbx]
  9f: add rax,rcx
  a2: mov ecx,[r14+rbx]
  aa: add rax,rcx
  ad: mov rsp,rbp
  b0: pop rbp
  b1: ret
  b2: mov eax,9
  b7: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x4A
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: movss xmm0,[r14+rax]
  2e: cvtss2sd xmm0,xmm0
  33: mov eax,[rbp+0x10]
  36: movsd xmm1,[r14+rax+0x10]
  40: addsd xmm0,xmm1
  45: mov rsp,rbp
  48: pop rbp
  49: ret
  4a: mov eax,9
  4f: call 0xFFFFFFFFFFFFFF33

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x57
  1e: mov rsp,r11
  21: mov eax,[r14+0x40]
  28: mov r11,0x80000000
  32: mov ecx,[r14+r11]
  3a: add eax,ecx
  3d: mov r11,0x1FFFFFFFE
  47: mov ecx,[r14+r11]
  4f: add eax,ecx
  52: mov rsp,rbp
  55: pop rbp
  56: ret
  57: mov eax,9
  5c: call 0xFFFFFFFFFFFFFEDF

