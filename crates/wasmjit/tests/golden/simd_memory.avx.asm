;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0xD9
  16: mov rsp,r11
  19: mov ebx,[rbp+0x10]
  1c: movdqu xmm0,[r14+rbx+0x10]
  26: pmovsxbw xmm1,[r14+rbx]
  31: vpaddw xmm0,xmm0,xmm1
  36: pmovzxwd xmm1,[r14+rbx]
  41: vpaddd xmm0,xmm0,xmm1
  46: pmovsxdq xmm1,[r14+rbx]
  51: vpaddq xmm0,xmm0,xmm1
  56: pinsrb xmm1,[r14+0x40],0
  61: pxor xmm15,xmm15
  66: pshufb xmm1,xmm15
  6c: vpaddb xmm0,xmm0,xmm1
  71: pinsrw xmm1,[r14+rbx],0
  7c: pshuflw xmm1,xmm1,0
  82: pshufd xmm1,xmm1,0
  88: vpaddw xmm0,xmm0,xmm1
  8d: movd xmm1,[r14+rbx]
  97: pshufd xmm1,xmm1,0
  9d: vpaddd xmm0,xmm0,xmm1
  a2: movq xmm1,[r14+rbx]
  ac: punpcklqdq xmm1,xmm1
  b1: vpaddq xmm0,xmm0,xmm1
  b6: movd xmm1,[r14+rbx]
  c0: vpor xmm0,xmm0,xmm1
  c5: movq xmm1,[r14+rbx]
  cf: vpor xmm0,xmm0,xmm1
  d4: mov rsp,rbp
  d7: pop rbp
  d8: ret
  d9: mov eax,9
  de: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0x98
  16: mov rsp,r11
  19: movdqu xmm0,[rbp+0x18]
  22: mov eax,[rbp+0x10]
  25: pinsrb xmm0,[r14+rax],3
  31: movdqu [rbp+0x18],xmm0
  3a: movdqu xmm0,[rbp+0x18]
  43: mov eax,[rbp+0x10]
  46: pinsrw xmm0,[r14+rax],7
  51: movdqu [rbp+0x18],xmm0
  5a: movdqu xmm0,[rbp+0x18]
  63: mov eax,[rbp+0x10]
  66: pinsrd xmm0,[r14+rax],1
  72: movdqu [rbp+0x18],xmm0
  7b: movdqu xmm0,[rbp+0x18]
  84: mov eax,[rbp+0x10]
  87: pinsrq xmm0,[r14+rax],1
  93: mov rsp,rbp
  96: pop rbp
  97: ret
  98: mov eax,9
  9d: call 0xFFFFFFFFFFFFFF0C

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x94
  16: mov rsp,r11
  19: movdqu xmm0,[rbp+0x18]
  22: mov eax,[rbp+0x10]
  25: movdqu [r14+rax+0x20],xmm0
  2f: movdqu xmm0,[rbp+0x18]
  38: mov eax,[rbp+0x10]
  3b: pextrb [r14+rax],xmm0,0xF
  47: movdqu xmm0,[rbp+0x18]
  50: mov eax,[rbp+0x10]
  53: pextrw [r14+rax],xmm0,2
  5f: movdqu xmm0,[rbp+0x18]
  68: mov eax,[rbp+0x10]
  6b: pextrd [r14+rax],xmm0,0
  77: movdqu xmm0,[rbp+0x18]
  80: mov eax,[rbp+0x10]
  83: pextrq [r14+rax],xmm0,1
  8f: mov rsp,rbp
  92: pop rbp
  93: ret
  94: mov eax,9
  99: call 0xFFFFFFFFFFFFFE6A

