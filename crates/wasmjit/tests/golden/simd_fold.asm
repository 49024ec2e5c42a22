;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x50]
   c: cmp r11,[r15+0x18]
  10: jb near 0x79
  16: mov rsp,r11
  19: mov ebx,[rbp+0x10]
  1c: mov r12d,[rbp+0x18]
  20: mov r13d,[rbp+0x20]
  24: movdqu xmm9,[rbp+0x28]
  2d: cmp rsp,[r15+0x18]
  31: jb near 0x79
  37: movdqu xmm0,[r14+rbx]
  41: movdqu xmm1,[r14+r12]
  4b: mulpd xmm1,xmm9
  50: addpd xmm0,xmm1
  55: movdqu [r14+rbx],xmm0
  5f: add ebx,0x10
  63: add r12d,0x10
  67: sub r13d,1
  6b: test r13d,r13d
  6e: jne near 0x2D
  74: mov rsp,rbp
  77: pop rbp
  78: ret
  79: mov eax,9
  7e: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0xC0
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: movdqu xmm0,[r14+rax+0x10]
  26: movdqu xmm1,[rbp+0x18]
  2f: paddd xmm1,xmm0
  34: mov eax,[rbp+0x10]
  37: movdqu xmm0,[r14+rax+0x20]
  41: psubw xmm1,xmm0
  46: movdqu xmm0,[r14+0x40]
  4f: pxor xmm1,xmm0
  54: mov eax,[rbp+0x10]
  57: movdqu xmm0,[r14+rax]
  61: divps xmm1,xmm0
  65: mov eax,[rbp+0x10]
  68: movdqu xmm0,[r14+rax]
  72: pminub xmm1,xmm0
  77: mov eax,[rbp+0x10]
  7a: movdqu xmm0,[r14+rax]
  84: movaps xmm15,xmm1
  88: psrlq xmm15,0x20
  8e: pmuludq xmm15,xmm0
  93: movaps xmm2,xmm0
  97: psrlq xmm2,0x20
  9d: pmuludq xmm2,xmm1
  a2: paddq xmm15,xmm2
  a7: psllq xmm15,0x20
  ad: pmuludq xmm1,xmm0
  b2: paddq xmm1,xmm15
  b7: movaps xmm0,xmm1
  bb: mov rsp,rbp
  be: pop rbp
  bf: ret
  c0: mov eax,9
  c5: call 0xFFFFFFFFFFFFFF6C

