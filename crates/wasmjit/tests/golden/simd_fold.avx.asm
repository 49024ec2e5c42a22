;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x50]
   c: cmp r11,[r15+0x18]
  10: jb near 0x74
  16: mov rsp,r11
  19: mov ebx,[rbp+0x10]
  1c: mov r12d,[rbp+0x18]
  20: mov r13d,[rbp+0x20]
  24: movdqu xmm9,[rbp+0x28]
  2d: cmp rsp,[r15+0x18]
  31: jb near 0x74
  37: movdqu xmm0,[r14+rbx]
  41: vmulpd xmm1,xmm9,[r14+r12]
  4b: vaddpd xmm0,xmm0,xmm1
  50: movdqu [r14+rbx],xmm0
  5a: add ebx,0x10
  5e: add r12d,0x10
  62: sub r13d,1
  66: test r13d,r13d
  69: jne near 0x2D
  6f: mov rsp,rbp
  72: pop rbp
  73: ret
  74: mov eax,9
  79: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0xAD
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: movdqu xmm0,[r14+rax+0x10]
  26: movdqu xmm1,[rbp+0x18]
  2f: vpaddd xmm1,xmm1,xmm0
  34: mov eax,[rbp+0x10]
  37: vpsubw xmm1,xmm1,[r14+rax+0x20]
  41: vpxor xmm1,xmm1,[r14+0x40]
  4a: mov eax,[rbp+0x10]
  4d: vdivps xmm1,xmm1,[r14+rax]
  57: mov eax,[rbp+0x10]
  5a: vpminub xmm1,xmm1,[r14+rax]
  64: mov eax,[rbp+0x10]
  67: movdqu xmm0,[r14+rax]
  71: movaps xmm15,xmm1
  75: psrlq xmm15,0x20
  7b: pmuludq xmm15,xmm0
  80: movaps xmm2,xmm0
  84: psrlq xmm2,0x20
  8a: pmuludq xmm2,xmm1
  8f: paddq xmm15,xmm2
  94: psllq xmm15,0x20
  9a: pmuludq xmm1,xmm0
  9f: paddq xmm1,xmm15
  a4: movaps xmm0,xmm1
  a8: mov rsp,rbp
  ab: pop rbp
  ac: ret
  ad: mov eax,9
  b2: call 0xFFFFFFFFFFFFFF71

