;; func 0 
   0: mov edi,[rsp+0x28]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0xD0
   f: movdqu xmm9,[rbp+0x10]
  18: movdqu xmm11,[rbp+0x20]
  21: cmp rsp,[r15+0x18]
  25: jb near 0xCA
  2b: movdqu [rbp-0x60],xmm9
  34: vpaddd xmm9,xmm9,xmm11
  39: movdqu xmm12,[rbp-0x60]
  42: vpsubd xmm0,xmm11,xmm9
  47: movaps xmm9,xmm0
  4b: vpmulld xmm11,xmm11,xmm9
  50: pxor xmm15,xmm15
  55: vpsubd xmm11,xmm15,xmm11
  5a: vpslld xmm9,xmm9,1
  60: vpbroadcastw xmm10,[r14]
  69: vpbroadcastd xmm0,[r14+4]
  72: vpaddd xmm10,xmm10,xmm0
  77: vpbroadcastq xmm0,[r14+8]
  80: vpaddq xmm10,xmm10,xmm0
  85: vpbroadcastb xmm0,[r14]
  8e: vpaddb xmm10,xmm10,xmm0
  93: vpaddd xmm10,xmm10,[r14]
  9c: sub edi,1
  a0: jne near 0x21
  a6: movdqu [rbp+0x20],xmm11
  af: movdqu [rbp+0x30],xmm10
  b8: movdqu [rbp+0x40],xmm12
  c1: movaps xmm0,xmm9
  c5: mov rsp,rbp
  c8: pop rbp
  c9: ret
  ca: call 0xFFFFFFFFFFFFFE62
  cf: jmp 0x21

