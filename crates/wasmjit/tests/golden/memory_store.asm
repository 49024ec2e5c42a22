;; func 0 
   0: mov edi,[rsp+8]
   4: mov rsi,[rsp+0x10]
   9: push rbp
   a: mov rbp,rsp
   d: lea r11,[rsp-0x20]
  15: cmp r11,[r15+0x18]
  19: jb near 0x88
  1f: mov rsp,r11
  22: mov eax,esi
  25: mov [r14+rdi],eax
  2d: mov eax,esi
  30: mov [r14+rdi+1],al
  38: mov eax,esi
  3b: mov [r14+rdi+2],ax
  44: mov [r14+rdi+8],rsi
  4c: mov [r14+rdi],sil
  54: mov [r14+rdi],si
  5d: mov [r14+rdi],esi
  65: mov dword [r14+rdi+4],0x4D
  71: mov rax,0x123456789A
  7b: mov [r14+rdi],rax
  83: mov rsp,rbp
  86: pop rbp
  87: ret
  88: mov eax,9
  8d: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: movsd xmm1,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: lea r11,[rsp-0x20]
  16: cmp r11,[r15+0x18]
  1a: jb near 0x5D
  20: mov rsp,r11
  23: movsd [r14+rdi],xmm1
  2d: movaps xmm0,xmm1
  31: cvtsd2ss xmm0,xmm0
  36: movss [r14+rdi+8],xmm0
  40: mov r11,0x3FF8000000000000
  4a: movq xmm0,r11
  4f: movsd [r14+0x10],xmm0
  58: mov rsp,rbp
  5b: pop rbp
  5c: ret
  5d: mov eax,9
  62: call 0xFFFFFFFFFFFFFF5D

