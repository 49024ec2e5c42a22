;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x50]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x89
  1e: mov rsp,r11
  21: mov ebx,[rbp+0x10]
  24: mov r12d,[rbp+0x18]
  28: mov r13d,[rbp+0x20]
  2c: movdqu xmm9,[rbp+0x28]
  35: mov r11,[r15+0x18]
  3c: cmp rsp,[r11]
  41: jb near 0x89
  47: movdqu xmm0,[r14+rbx]
  51: movdqu xmm1,[r14+r12]
  5b: mulpd xmm1,xmm9
  60: addpd xmm0,xmm1
  65: movdqu [r14+rbx],xmm0
  6f: add ebx,0x10
  73: add r12d,0x10
  77: sub r13d,1
  7b: test r13d,r13d
  7e: jne near 0x35
  84: mov rsp,rbp
  87: pop rbp
  88: ret
  89: mov eax,9
  8e: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xC8
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: movdqu xmm0,[r14+rax+0x10]
  2e: movdqu xmm1,[rbp+0x18]
  37: paddd xmm1,xmm0
  3c: mov eax,[rbp+0x10]
  3f: movdqu xmm0,[r14+rax+0x20]
  49: psubw xmm1,xmm0
  4e: movdqu xmm0,[r14+0x40]
  57: pxor xmm1,xmm0
  5c: mov eax,[rbp+0x10]
  5f: movdqu xmm0,[r14+rax]
  69: divps xmm1,xmm0
  6d: mov eax,[rbp+0x10]
  70: movdqu xmm0,[r14+rax]
  7a: pminub xmm1,xmm0
  7f: mov eax,[rbp+0x10]
  82: movdqu xmm0,[r14+rax]
  8c: movaps xmm15,xmm1
  90: psrlq xmm15,0x20
  96: pmuludq xmm15,xmm0
  9b: movaps xmm2,xmm0
  9f: psrlq xmm2,0x20
  a5: pmuludq xmm2,xmm1
  aa: paddq xmm15,xmm2
  af: psllq xmm15,0x20
  b5: pmuludq xmm1,xmm0
  ba: paddq xmm1,xmm15
  bf: movaps xmm0,xmm1
  c3: mov rsp,rbp
  c6: pop rbp
  c7: ret
  c8: mov eax,9
  cd: call 0xFFFFFFFFFFFFFF5C

