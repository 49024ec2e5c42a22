;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: mov r8d,[rsp+0x18]
   d: push rbp
   e: mov rbp,rsp
  11: sub rsp,0x50
  18: movdqu xmm9,[rbp+0x28]
  21: cmp rsp,[r15+0x18]
  25: jb near 0x61
  2b: movdqu xmm0,[r14+rdi]
  35: vmulpd xmm1,xmm9,[r14+rsi]
  3f: vaddpd xmm0,xmm0,xmm1
  44: movdqu [r14+rdi],xmm0
  4e: add edi,0x10
  52: add esi,0x10
  56: sub r8d,1
  5a: jne short 0x21
  5c: mov rsp,rbp
  5f: pop rbp
  60: ret
  61: call 0xFFFFFFFFFFFFFE62
  66: jmp 0x21

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: movdqu xmm0,[r14+rdi+0x10]
  19: movdqu xmm1,[rbp+0x18]
  22: vpaddd xmm1,xmm1,xmm0
  27: vpsubw xmm1,xmm1,[r14+rdi+0x20]
  31: vpxor xmm1,xmm1,[r14+0x40]
  3a: vdivps xmm1,xmm1,[r14+rdi]
  44: vpminub xmm1,xmm1,[r14+rdi]
  4e: movdqu xmm0,[r14+rdi]
  58: movaps xmm15,xmm1
  5c: psrlq xmm15,0x20
  62: pmuludq xmm15,xmm0
  67: movaps xmm2,xmm0
  6b: psrlq xmm2,0x20
  71: pmuludq xmm2,xmm1
  76: paddq xmm15,xmm2
  7b: psllq xmm15,0x20
  81: pmuludq xmm1,xmm0
  86: paddq xmm1,xmm15
  8b: movaps xmm0,xmm1
  8f: mov rsp,rbp
  92: pop rbp
  93: ret

