;; func 0 
   0: mov edi,[rsp+8]
   4: mov rsi,[rsp+0x10]
   9: push rbp
   a: mov rbp,rsp
   d: sub rsp,0x20
  14: mov eax,esi
  17: mov [r14+rdi],eax
  1f: mov eax,esi
  22: mov [r14+rdi+1],al
  2a: mov eax,esi
  2d: mov [r14+rdi+2],ax
  36: mov [r14+rdi+8],rsi
  3e: mov [r14+rdi],sil
  46: mov [r14+rdi],si
  4f: mov [r14+rdi],esi
  57: mov dword [r14+rdi+4],0x4D
  63: mov rax,0x123456789A
  6d: mov [r14+rdi],rax
  75: mov rsp,rbp
  78: pop rbp
  79: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: movsd xmm1,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: sub rsp,0x20
  15: movsd [r14+rdi],xmm1
  1f: movaps xmm0,xmm1
  23: cvtsd2ss xmm0,xmm0
  28: movss [r14+rdi+8],xmm0
  32: mov r11,0x3FF8000000000000
  3c: movq xmm0,r11
  41: movsd [r14+0x10],xmm0
  4a: mov rsp,rbp
  4d: pop rbp
  4e: ret

