;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov eax,[r14+rdi]
  17: movsx ecx,byte [r14+rdi+1]
  20: add eax,ecx
  23: movzx ecx,byte [r14+rdi+2]
  2c: add eax,ecx
  2f: movsx ecx,word [r14+rdi+3]
  38: add eax,ecx
  3b: movzx ecx,word [r14+rdi+4]
  44: add eax,ecx
  47: mov rcx,[r14+rdi+8]
  4f: add rax,rcx
  52: movsx rcx,byte [r14+rdi]
  5b: add rax,rcx
  5e: movzx ecx,byte [r14+rdi]
  67: add rax,rcx
  6a: movsx rcx,word [r14+rdi]
  73: add rax,rcx
  76: movzx ecx,word [r14+rdi]
  7f: add rax,rcx
  82: movsxd rcx,[r14+rdi]
  8a: add rax,rcx
  8d: mov ecx,[r14+rdi]
  95: add rax,rcx
  98: mov rsp,rbp
  9b: pop rbp
  9c: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: movss xmm0,[r14+rdi]
  19: cvtss2sd xmm0,xmm0
  1e: movsd xmm1,[r14+rdi+0x10]
  28: addsd xmm0,xmm1
  2d: mov rsp,rbp
  30: pop rbp
  31: ret

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov eax,[r14+0x40]
  12: mov r11,0x80000000
  1c: mov ecx,[r14+r11]
  24: add eax,ecx
  27: mov r11,0x1FFFFFFFE
  31: mov ecx,[r14+r11]
  39: add eax,ecx
  3c: mov rsp,rbp
  3f: pop rbp
  40: ret

