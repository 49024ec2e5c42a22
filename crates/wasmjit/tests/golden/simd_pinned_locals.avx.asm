;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x100
  13: xorps xmm9,xmm9
  17: xorps xmm10,xmm10
  1b: xorps xmm11,xmm11
  1f: xorps xmm12,xmm12
  23: xorps xmm13,xmm13
  27: xorps xmm14,xmm14
  2b: xorps xmm8,xmm8
  2f: xorps xmm7,xmm7
  33: xorps xmm6,xmm6
  37: cmp rsp,[r15+0x18]
  3b: jb near 0xD0
  41: vpaddd xmm9,xmm9,[r14+rdi]
  4b: vpaddd xmm10,xmm10,[r14+rdi+0x10]
  55: vpaddd xmm11,xmm11,[r14+rdi+0x20]
  5f: vpaddd xmm12,xmm12,[r14+rdi+0x30]
  69: vpaddd xmm13,xmm13,[r14+rdi+0x40]
  73: vpaddd xmm14,xmm14,[r14+rdi+0x50]
  7d: vpaddd xmm8,xmm8,[r14+rdi+0x60]
  87: vpaddd xmm7,xmm7,[r14+rdi+0x70]
  91: vpaddq xmm6,xmm6,xmm9
  96: add edi,0x80
  9d: sub esi,1
  a1: jne short 0x37
  a3: vpaddd xmm0,xmm9,xmm10
  a8: vpaddd xmm1,xmm11,xmm12
  ad: vpaddd xmm0,xmm0,xmm1
  b2: vpaddd xmm1,xmm13,xmm14
  b7: vpaddq xmm2,xmm7,xmm6
  bc: vpaddd xmm2,xmm2,xmm8
  c1: vpaddd xmm1,xmm1,xmm2
  c6: vpaddd xmm0,xmm0,xmm1
  cb: mov rsp,rbp
  ce: pop rbp
  cf: ret
  d0: call 0xFFFFFFFFFFFFFE62
  d5: jmp 0x37

