;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: mov r8d,[rsp+0x18]
   d: push rbp
   e: mov rbp,rsp
  11: lea r11,[rsp-0x50]
  19: cmp r11,[r15+0x18]
  1d: jb near 0x76
  23: mov rsp,r11
  26: movdqu xmm9,[rbp+0x28]
  2f: cmp rsp,[r15+0x18]
  33: jb near 0x76
  39: movdqu xmm0,[r14+rdi]
  43: vmulpd xmm1,xmm9,[r14+rsi]
  4d: vaddpd xmm0,xmm0,xmm1
  52: movdqu [r14+rdi],xmm0
  5c: add edi,0x10
  60: add esi,0x10
  64: sub r8d,1
  68: test r8d,r8d
  6b: jne near 0x2F
  71: mov rsp,rbp
  74: pop rbp
  75: ret
  76: mov eax,9
  7b: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x40]
  10: cmp r11,[r15+0x18]
  14: jb near 0xA2
  1a: mov rsp,r11
  1d: movdqu xmm0,[r14+rdi+0x10]
  27: movdqu xmm1,[rbp+0x18]
  30: vpaddd xmm1,xmm1,xmm0
  35: vpsubw xmm1,xmm1,[r14+rdi+0x20]
  3f: vpxor xmm1,xmm1,[r14+0x40]
  48: vdivps xmm1,xmm1,[r14+rdi]
  52: vpminub xmm1,xmm1,[r14+rdi]
  5c: movdqu xmm0,[r14+rdi]
  66: movaps xmm15,xmm1
  6a: psrlq xmm15,0x20
  70: pmuludq xmm15,xmm0
  75: movaps xmm2,xmm0
  79: psrlq xmm2,0x20
  7f: pmuludq xmm2,xmm1
  84: paddq xmm15,xmm2
  89: psllq xmm15,0x20
  8f: pmuludq xmm1,xmm0
  94: paddq xmm1,xmm15
  99: movaps xmm0,xmm1
  9d: mov rsp,rbp
  a0: pop rbp
  a1: ret
  a2: mov eax,9
  a7: call 0xFFFFFFFFFFFFFF6F

