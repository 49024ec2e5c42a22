;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x50]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x84
  1e: mov rsp,r11
  21: mov ebx,[rbp+0x10]
  24: mov r12d,[rbp+0x18]
  28: mov r13d,[rbp+0x20]
  2c: movdqu xmm9,[rbp+0x28]
  35: mov r11,[r15+0x18]
  3c: cmp rsp,[r11]
  41: jb near 0x84
  47: movdqu xmm0,[r14+rbx]
  51: vmulpd xmm1,xmm9,[r14+r12]
  5b: vaddpd xmm0,xmm0,xmm1
  60: movdqu [r14+rbx],xmm0
  6a: add ebx,0x10
  6e: add r12d,0x10
  72: sub r13d,1
  76: test r13d,r13d
  79: jne near 0x35
  7f: mov rsp,rbp
  82: pop rbp
  83: ret
  84: mov eax,9
  89: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xB5
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: movdqu xmm0,[r14+rax+0x10]
  2e: movdqu xmm1,[rbp+0x18]
  37: vpaddd xmm1,xmm1,xmm0
  3c: mov eax,[rbp+0x10]
  3f: vpsubw xmm1,xmm1,[r14+rax+0x20]
  49: vpxor xmm1,xmm1,[r14+0x40]
  52: mov eax,[rbp+0x10]
  55: vdivps xmm1,xmm1,[r14+rax]
  5f: mov eax,[rbp+0x10]
  62: vpminub xmm1,xmm1,[r14+rax]
  6c: mov eax,[rbp+0x10]
  6f: movdqu xmm0,[r14+rax]
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
  ba: call 0xFFFFFFFFFFFFFF61

