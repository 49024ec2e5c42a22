;; func 0 
   0: mov edi,[rsp+0x28]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0xD0
   f: movdqu xmm9,[rbp+0x10]
  18: movdqu xmm11,[rbp+0x20]
  21: cmp rsp,[r15+0x18]
  25: jb near 0xF8
  2b: movdqu [rbp-0x60],xmm9
  34: paddd xmm9,xmm11
  39: movdqu xmm12,[rbp-0x60]
  42: movaps xmm0,xmm11
  46: psubd xmm0,xmm9
  4b: movaps xmm9,xmm0
  4f: pmulld xmm11,xmm9
  55: pxor xmm15,xmm15
  5a: psubd xmm15,xmm11
  5f: movaps xmm11,xmm15
  63: pslld xmm9,1
  69: pinsrw xmm10,[r14],0
  73: pshuflw xmm10,xmm10,0
  79: pshufd xmm10,xmm10,0
  7f: movd xmm0,[r14+4]
  88: pshufd xmm0,xmm0,0
  8e: paddd xmm10,xmm0
  93: movddup xmm0,[r14+8]
  9c: paddq xmm10,xmm0
  a1: pinsrb xmm0,[r14],0
  ac: pxor xmm15,xmm15
  b1: pshufb xmm0,xmm15
  b7: paddb xmm10,xmm0
  bc: movdqu xmm0,[r14]
  c5: paddd xmm10,xmm0
  ca: sub edi,1
  ce: jne near 0x21
  d4: movdqu [rbp+0x20],xmm11
  dd: movdqu [rbp+0x30],xmm10
  e6: movdqu [rbp+0x40],xmm12
  ef: movaps xmm0,xmm9
  f3: mov rsp,rbp
  f6: pop rbp
  f7: ret
  f8: call 0xFFFFFFFFFFFFFE62
  fd: jmp 0x21

