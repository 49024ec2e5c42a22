;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0xAA
  16: mov rsp,r11
  19: mov ebx,[rbp+0x10]
  1c: mov eax,[r14+rbx]
  24: movsx ecx,byte [r14+rbx+1]
  2d: add eax,ecx
  30: movzx ecx,byte [r14+rbx+2]
  39: add eax,ecx
  3c: movsx ecx,word [r14+rbx+3]
  45: add eax,ecx
  48: movzx ecx,word [r14+rbx+4]
  51: add eax,ecx
  54: mov rcx,[r14+rbx+8]
  5c: add rax,rcx
  5f: movsx rcx,byte [r14+rbx]
  68: add rax,rcx
  6b: movzx ecx,byte [r14+rbx]
  74: add rax,rcx
  77: movsx rcx,word [r14+rbx]
  80: add rax,rcx
  83: movzx ecx,word [r14+rbx]
  8c: add rax,rcx
  8f: movsxd rcx,[r14+rbx]
  97: add rax,rcx
  9a: mov ecx,[r14+rbx]
  a2: add rax,rcx
  a5: mov rsp,rbp
  a8: pop rbp
  a9: ret
  aa: mov eax,9
  af: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x42
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: movss xmm0,[r14+rax]
  26: cvtss2sd xmm0,xmm0
  2b: mov eax,[rbp+0x10]
  2e: movsd xmm1,[r14+rax+0x10]
  38: addsd xmm0,xmm1
  3d: mov rsp,rbp
  40: pop rbp
  41: ret
  42: mov eax,9
  47: call 0xFFFFFFFFFFFFFF3B

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x4F
  16: mov rsp,r11
  19: mov eax,[r14+0x40]
  20: mov r11,0x80000000
  2a: mov ecx,[r14+r11]
  32: add eax,ecx
  35: mov r11,0x1FFFFFFFE
  3f: mov ecx,[r14+r11]
  47: add eax,ecx
  4a: mov rsp,rbp
  4d: pop rbp
  4e: ret
  4f: mov eax,9
  54: call 0xFFFFFFFFFFFFFEEF

