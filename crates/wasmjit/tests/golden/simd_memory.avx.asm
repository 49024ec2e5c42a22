;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x40]
  10: cmp r11,[r15+0x18]
  14: jb near 0xDA
  1a: mov rsp,r11
  1d: movdqu xmm0,[r14+rdi+0x10]
  27: pmovsxbw xmm1,[r14+rdi]
  32: vpaddw xmm0,xmm0,xmm1
  37: pmovzxwd xmm1,[r14+rdi]
  42: vpaddd xmm0,xmm0,xmm1
  47: pmovsxdq xmm1,[r14+rdi]
  52: vpaddq xmm0,xmm0,xmm1
  57: pinsrb xmm1,[r14+0x40],0
  62: pxor xmm15,xmm15
  67: pshufb xmm1,xmm15
  6d: vpaddb xmm0,xmm0,xmm1
  72: pinsrw xmm1,[r14+rdi],0
  7d: pshuflw xmm1,xmm1,0
  83: pshufd xmm1,xmm1,0
  89: vpaddw xmm0,xmm0,xmm1
  8e: movd xmm1,[r14+rdi]
  98: pshufd xmm1,xmm1,0
  9e: vpaddd xmm0,xmm0,xmm1
  a3: movq xmm1,[r14+rdi]
  ad: punpcklqdq xmm1,xmm1
  b2: vpaddq xmm0,xmm0,xmm1
  b7: movd xmm1,[r14+rdi]
  c1: vpor xmm0,xmm0,xmm1
  c6: movq xmm1,[r14+rdi]
  d0: vpor xmm0,xmm0,xmm1
  d5: mov rsp,rbp
  d8: pop rbp
  d9: ret
  da: mov eax,9
  df: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x40]
  10: cmp r11,[r15+0x18]
  14: jb near 0x90
  1a: mov rsp,r11
  1d: movdqu xmm0,[rbp+0x18]
  26: pinsrb xmm0,[r14+rdi],3
  32: movdqu [rbp+0x18],xmm0
  3b: movdqu xmm0,[rbp+0x18]
  44: pinsrw xmm0,[r14+rdi],7
  4f: movdqu [rbp+0x18],xmm0
  58: movdqu xmm0,[rbp+0x18]
  61: pinsrd xmm0,[r14+rdi],1
  6d: movdqu [rbp+0x18],xmm0
  76: movdqu xmm0,[rbp+0x18]
  7f: pinsrq xmm0,[r14+rdi],1
  8b: mov rsp,rbp
  8e: pop rbp
  8f: ret
  90: mov eax,9
  95: call 0xFFFFFFFFFFFFFF0B

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x89
  1a: mov rsp,r11
  1d: movdqu xmm0,[rbp+0x18]
  26: movdqu [r14+rdi+0x20],xmm0
  30: movdqu xmm0,[rbp+0x18]
  39: pextrb [r14+rdi],xmm0,0xF
  45: movdqu xmm0,[rbp+0x18]
  4e: pextrw [r14+rdi],xmm0,2
  5a: movdqu xmm0,[rbp+0x18]
  63: pextrd [r14+rdi],xmm0,0
  6f: movdqu xmm0,[rbp+0x18]
  78: pextrq [r14+rdi],xmm0,1
  84: mov rsp,rbp
  87: pop rbp
  88: ret
  89: mov eax,9
  8e: call 0xFFFFFFFFFFFFFE71

