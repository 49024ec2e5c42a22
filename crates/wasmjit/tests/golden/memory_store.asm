;; func 0 
   0: mov edi,[rsp+8]
   4: mov rsi,[rsp+0x10]
   9: push rbp
   a: mov rbp,rsp
   d: sub rsp,0x20
  14: mov eax,esi
  17: mov [r14+rdi],eax
  1b: mov eax,esi
  1e: mov [r14+rdi+1],al
  26: mov eax,esi
  29: mov [r14+rdi+2],ax
  32: mov [r14+rdi+8],rsi
  3a: mov [r14+rdi],sil
  3e: mov [r14+rdi],si
  43: mov [r14+rdi],esi
  47: mov dword [r14+rdi+4],0x4D
  53: mov rax,0x123456789A
  5d: mov [r14+rdi],rax
  61: mov rsp,rbp
  64: pop rbp
  65: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: movsd xmm1,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: sub rsp,0x20
  15: movsd [r14+rdi],xmm1
  1b: movaps xmm0,xmm1
  1f: cvtsd2ss xmm0,xmm0
  24: movss [r14+rdi+8],xmm0
  2e: mov r11,0x3FF8000000000000
  38: movq xmm0,r11
  3d: movsd [r14+0x10],xmm0
  46: mov rsp,rbp
  49: pop rbp
  4a: ret

