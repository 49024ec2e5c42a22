;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0xAB
  1a: mov rsp,r11
  1d: mov eax,[r14+rdi]
  25: movsx ecx,byte [r14+rdi+1]
  2e: add eax,ecx
  31: movzx ecx,byte [r14+rdi+2]
  3a: add eax,ecx
  3d: movsx ecx,word [r14+rdi+3]
  46: add eax,ecx
  49: movzx ecx,word [r14+rdi+4]
  52: add eax,ecx
  55: mov rcx,[r14+rdi+8]
  5d: add rax,rcx
  60: movsx rcx,byte [r14+rdi]
  69: add rax,rcx
  6c: movzx ecx,byte [r14+rdi]
  75: add rax,rcx
  78: movsx rcx,word [r14+rdi]
  81: add rax,rcx
  84: movzx ecx,word [r14+rdi]
  8d: add rax,rcx
  90: movsxd rcx,[r14+rdi]
  98: add rax,rcx
  9b: mov ecx,[r14+rdi]
  a3: add rax,rcx
  a6: mov rsp,rbp
  a9: pop rbp
  aa: ret
  ab: mov eax,9
  b0: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x40
  1a: mov rsp,r11
  1d: movss xmm0,[r14+rdi]
  27: cvtss2sd xmm0,xmm0
  2c: movsd xmm1,[r14+rdi+0x10]
  36: addsd xmm0,xmm1
  3b: mov rsp,rbp
  3e: pop rbp
  3f: ret
  40: mov eax,9
  45: call 0xFFFFFFFFFFFFFF3A

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
  54: call 0xFFFFFFFFFFFFFEF0

