;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: mov r8d,[rsp+0x18]
   d: push rbp
   e: mov rbp,rsp
  11: sub rsp,0x50
  18: movdqu xmm9,[rbp+0x28]
  21: cmp rsp,[r15+0x18]
  25: jb near 0x66
  2b: movdqu xmm0,[r14+rdi]
  35: movdqu xmm1,[r14+rsi]
  3f: mulpd xmm1,xmm9
  44: addpd xmm0,xmm1
  49: movdqu [r14+rdi],xmm0
  53: add edi,0x10
  57: add esi,0x10
  5b: sub r8d,1
  5f: jne short 0x21
  61: mov rsp,rbp
  64: pop rbp
  65: ret
  66: call 0xFFFFFFFFFFFFFE62
  6b: jmp 0x21

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: movdqu xmm0,[r14+rdi+0x10]
  19: movdqu xmm1,[rbp+0x18]
  22: paddd xmm1,xmm0
  27: movdqu xmm0,[r14+rdi+0x20]
  31: psubw xmm1,xmm0
  36: movdqu xmm0,[r14+0x40]
  3f: pxor xmm1,xmm0
  44: movdqu xmm0,[r14+rdi]
  4e: divps xmm1,xmm0
  52: movdqu xmm0,[r14+rdi]
  5c: pminub xmm1,xmm0
  61: movdqu xmm0,[r14+rdi]
  6b: movaps xmm15,xmm1
  6f: psrlq xmm15,0x20
  75: pmuludq xmm15,xmm0
  7a: movaps xmm2,xmm0
  7e: psrlq xmm2,0x20
  84: pmuludq xmm2,xmm1
  89: paddq xmm15,xmm2
  8e: psllq xmm15,0x20
  94: pmuludq xmm1,xmm0
  99: paddq xmm1,xmm15
  9e: movaps xmm0,xmm1
  a2: mov rsp,rbp
  a5: pop rbp
  a6: ret

