;; func 0 
   0: movsd xmm1,[rsp+8]
   6: movsd xmm2,[rsp+0x10]
   c: movsd xmm3,[rsp+0x18]
  12: movsd xmm4,[rsp+0x20]
  18: mov edi,[rsp+0x28]
  1c: push rbp
  1d: mov rbp,rsp
  20: sub rsp,0x80
  27: movsd [rbp+0x10],xmm1
  2c: movsd [rbp+0x18],xmm2
  31: movsd [rbp+0x20],xmm3
  36: xorps xmm9,xmm9
  3a: xorps xmm10,xmm10
  3e: xorps xmm11,xmm11
  42: xorps xmm12,xmm12
  46: xorps xmm13,xmm13
  4a: xorps xmm14,xmm14
  4e: xorps xmm8,xmm8
  52: xorps xmm7,xmm7
  56: xorps xmm6,xmm6
  5a: xorps xmm5,xmm5
  5e: cmp rsp,[r15+0x18]
  62: jb near 0xBF
  68: addsd xmm9,[rbp+0x10]
  6e: addsd xmm10,[rbp+0x18]
  74: addsd xmm11,[rbp+0x20]
  7a: addsd xmm12,xmm4
  7f: addsd xmm13,xmm9
  84: addsd xmm14,xmm10
  89: addsd xmm8,xmm11
  8e: addsd xmm7,xmm12
  93: addsd xmm6,xmm13
  98: addsd xmm5,xmm14
  9d: sub edi,1
  a1: jne short 0x5E
  a3: movaps xmm0,xmm8
  a7: addsd xmm0,xmm7
  ac: movaps xmm1,xmm6
  b0: addsd xmm1,xmm5
  b5: mulsd xmm0,xmm1
  ba: mov rsp,rbp
  bd: pop rbp
  be: ret
  bf: call 0xFFFFFFFFFFFFFE62
  c4: jmp 0x5E

