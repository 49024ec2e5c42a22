;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov eax,[r14+rdi]
  13: movsx ecx,byte [r14+rdi+1]
  1c: add eax,ecx
  1f: movzx ecx,byte [r14+rdi+2]
  28: add eax,ecx
  2b: movsx ecx,word [r14+rdi+3]
  34: add eax,ecx
  37: movzx ecx,word [r14+rdi+4]
  40: add eax,ecx
  43: mov rcx,[r14+rdi+8]
  4b: add rax,rcx
  4e: movsx rcx,byte [r14+rdi]
  53: add rax,rcx
  56: movzx ecx,byte [r14+rdi]
  5b: add rax,rcx
  5e: movsx rcx,word [r14+rdi]
  63: add rax,rcx
  66: movzx ecx,word [r14+rdi]
  6b: add rax,rcx
  6e: movsxd rcx,[r14+rdi]
  72: add rax,rcx
  75: mov ecx,[r14+rdi]
  79: add rax,rcx
  7c: mov rsp,rbp
  7f: pop rbp
  80: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: movss xmm0,[r14+rdi]
  15: cvtss2sd xmm0,xmm0
  1a: movsd xmm1,[r14+rdi+0x10]
  24: addsd xmm0,xmm1
  29: mov rsp,rbp
  2c: pop rbp
  2d: ret

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov eax,[r14+0x40]
  12: mov r11,0x80000000
  1c: mov ecx,[r14+r11]
  20: add eax,ecx
  23: mov r11,0x1FFFFFFFE
  2d: mov ecx,[r14+r11]
  31: add eax,ecx
  34: mov rsp,rbp
  37: pop rbp
  38: ret

