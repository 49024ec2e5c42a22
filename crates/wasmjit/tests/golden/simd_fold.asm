;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: mov r8d,[rsp+0x18]
   d: push rbp
   e: mov rbp,rsp
  11: lea r11,[rsp-0x50]
  19: cmp r11,[r15+0x18]
  1d: jb near 0x7B
  23: mov rsp,r11
  26: movdqu xmm9,[rbp+0x28]
  2f: cmp rsp,[r15+0x18]
  33: jb near 0x7B
  39: movdqu xmm0,[r14+rdi]
  43: movdqu xmm1,[r14+rsi]
  4d: mulpd xmm1,xmm9
  52: addpd xmm0,xmm1
  57: movdqu [r14+rdi],xmm0
  61: add edi,0x10
  65: add esi,0x10
  69: sub r8d,1
  6d: test r8d,r8d
  70: jne near 0x2F
  76: mov rsp,rbp
  79: pop rbp
  7a: ret
  7b: mov eax,9
  80: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x40]
  10: cmp r11,[r15+0x18]
  14: jb near 0xB5
  1a: mov rsp,r11
  1d: movdqu xmm0,[r14+rdi+0x10]
  27: movdqu xmm1,[rbp+0x18]
  30: paddd xmm1,xmm0
  35: movdqu xmm0,[r14+rdi+0x20]
  3f: psubw xmm1,xmm0
  44: movdqu xmm0,[r14+0x40]
  4d: pxor xmm1,xmm0
  52: movdqu xmm0,[r14+rdi]
  5c: divps xmm1,xmm0
  60: movdqu xmm0,[r14+rdi]
  6a: pminub xmm1,xmm0
  6f: movdqu xmm0,[r14+rdi]
  79: movaps xmm15,xmm1
  7d: psrlq xmm15,0x20
  83: pmuludq xmm15,xmm0
  88: movaps xmm2,xmm0
  8c: psrlq xmm2,0x20
  92: pmuludq xmm2,xmm1
  97: paddq xmm15,xmm2
  9c: psllq xmm15,0x20
  a2: pmuludq xmm1,xmm0
  a7: paddq xmm1,xmm15
  ac: movaps xmm0,xmm1
  b0: mov rsp,rbp
  b3: pop rbp
  b4: ret
  b5: mov eax,9
  ba: call 0xFFFFFFFFFFFFFF6A

