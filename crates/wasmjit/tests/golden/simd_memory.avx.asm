;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: movdqu xmm0,[r14+rdi+0x10]
  19: pmovsxbw xmm1,[r14+rdi]
  24: vpaddw xmm0,xmm0,xmm1
  29: pmovzxwd xmm1,[r14+rdi]
  34: vpaddd xmm0,xmm0,xmm1
  39: pmovsxdq xmm1,[r14+rdi]
  44: vpaddq xmm0,xmm0,xmm1
  49: vpbroadcastb xmm1,[r14+0x40]
  52: vpaddb xmm0,xmm0,xmm1
  57: vpbroadcastw xmm1,[r14+rdi]
  61: vpaddw xmm0,xmm0,xmm1
  66: vpbroadcastd xmm1,[r14+rdi]
  70: vpaddd xmm0,xmm0,xmm1
  75: vpbroadcastq xmm1,[r14+rdi]
  7f: vpaddq xmm0,xmm0,xmm1
  84: movd xmm1,[r14+rdi]
  8e: vpor xmm0,xmm0,xmm1
  93: movq xmm1,[r14+rdi]
  9d: vpor xmm0,xmm0,xmm1
  a2: mov rsp,rbp
  a5: pop rbp
  a6: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: movdqu xmm0,[rbp+0x18]
  18: pinsrb xmm0,[r14+rdi],3
  24: movdqu [rbp+0x18],xmm0
  2d: movdqu xmm0,[rbp+0x18]
  36: pinsrw xmm0,[r14+rdi],7
  41: movdqu [rbp+0x18],xmm0
  4a: movdqu xmm0,[rbp+0x18]
  53: pinsrd xmm0,[r14+rdi],1
  5f: movdqu [rbp+0x18],xmm0
  68: movdqu xmm0,[rbp+0x18]
  71: pinsrq xmm0,[r14+rdi],1
  7d: mov rsp,rbp
  80: pop rbp
  81: ret

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: movdqu xmm0,[rbp+0x18]
  18: movdqu [r14+rdi+0x20],xmm0
  22: movdqu xmm0,[rbp+0x18]
  2b: pextrb [r14+rdi],xmm0,0xF
  37: movdqu xmm0,[rbp+0x18]
  40: pextrw [r14+rdi],xmm0,2
  4c: movdqu xmm0,[rbp+0x18]
  55: pextrd [r14+rdi],xmm0,0
  61: movdqu xmm0,[rbp+0x18]
  6a: pextrq [r14+rdi],xmm0,1
  76: mov rsp,rbp
  79: pop rbp
  7a: ret

