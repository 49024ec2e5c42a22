;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xE1
  1e: mov rsp,r11
  21: mov ebx,[rbp+0x10]
  24: movdqu xmm0,[r14+rbx+0x10]
  2e: pmovsxbw xmm1,[r14+rbx]
  39: vpaddw xmm0,xmm0,xmm1
  3e: pmovzxwd xmm1,[r14+rbx]
  49: vpaddd xmm0,xmm0,xmm1
  4e: pmovsxdq xmm1,[r14+rbx]
  59: vpaddq xmm0,xmm0,xmm1
  5e: pinsrb xmm1,[r14+0x40],0
  69: pxor xmm15,xmm15
  6e: pshufb xmm1,xmm15
  74: vpaddb xmm0,xmm0,xmm1
  79: pinsrw xmm1,[r14+rbx],0
  84: pshuflw xmm1,xmm1,0
  8a: pshufd xmm1,xmm1,0
  90: vpaddw xmm0,xmm0,xmm1
  95: movd xmm1,[r14+rbx]
  9f: pshufd xmm1,xmm1,0
  a5: vpaddd xmm0,xmm0,xmm1
  aa: movq xmm1,[r14+rbx]
  b4: punpcklqdq xmm1,xmm1
  b9: vpaddq xmm0,xmm0,xmm1
  be: movd xmm1,[r14+rbx]
  c8: vpor xmm0,xmm0,xmm1
  cd: movq xmm1,[r14+rbx]
  d7: vpor xmm0,xmm0,xmm1
  dc: mov rsp,rbp
  df: pop rbp
  e0: ret
  e1: mov eax,9
  e6: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xA0
  1e: mov rsp,r11
  21: movdqu xmm0,[rbp+0x18]
  2a: mov eax,[rbp+0x10]
  2d: pinsrb xmm0,[r14+rax],3
  39: movdqu [rbp+0x18],xmm0
  42: movdqu xmm0,[rbp+0x18]
  4b: mov eax,[rbp+0x10]
  4e: pinsrw xmm0,[r14+rax],7
  59: movdqu [rbp+0x18],xmm0
  62: movdqu xmm0,[rbp+0x18]
  6b: mov eax,[rbp+0x10]
  6e: pinsrd xmm0,[r14+rax],1
  7a: movdqu [rbp+0x18],xmm0
  83: movdqu xmm0,[rbp+0x18]
  8c: mov eax,[rbp+0x10]
  8f: pinsrq xmm0,[r14+rax],1
  9b: mov rsp,rbp
  9e: pop rbp
  9f: ret
  a0: mov eax,9
  a5: call 0xFFFFFFFFFFFFFF04

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x9C
  1e: mov rsp,r11
  21: movdqu xmm0,[rbp+0x18]
  2a: mov eax,[rbp+0x10]
  2d: movdqu [r14+rax+0x20],xmm0
  37: movdqu xmm0,[rbp+0x18]
  40: mov eax,[rbp+0x10]
  43: pextrb [r14+rax],xmm0,0xF
  4f: movdqu xmm0,[rbp+0x18]
  58: mov eax,[rbp+0x10]
  5b: pextrw [r14+rax],xmm0,2
  67: movdqu xmm0,[rbp+0x18]
  70: mov eax,[rbp+0x10]
  73: pextrd [r14+rax],xmm0,0
  7f: movdqu xmm0,[rbp+0x18]
  88: mov eax,[rbp+0x10]
  8b: pextrq [r14+rax],xmm0,1
  97: mov rsp,rbp
  9a: pop rbp
  9b: ret
  9c: mov eax,9
  a1: call 0xFFFFFFFFFFFFFE5A

