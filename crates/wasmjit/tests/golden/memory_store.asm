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
  2e: movsd xmm0,[rel 0x4A]
  37: movsd [r14+0x10],xmm0
  40: mov rsp,rbp
  43: pop rbp
  44: ret
  45: int3
  46: int3
  47: int3
  48: int3
  49: int3
  4a: add [rax],al
  4c: add [rax],al
  4e: add [rax],al
  50: clc
  51: (bad)
  53: add [rax],al
  55: add [rax],al
  57: add [rax],al
  59: (bad)

