;; func 0 dist
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x50
  13: xorps xmm12,xmm12
  17: xorps xmm11,xmm11
  1b: xorps xmm9,xmm9
  1f: cmp rsp,[r15+0x18]
  23: jb near 0xB0
  29: movsd xmm0,[r14+rdi]
  2f: subsd xmm0,xmm12
  34: movaps xmm10,xmm0
  38: mulsd xmm0,xmm10
  3d: movsd xmm1,[r14+rdi+8]
  47: subsd xmm1,xmm11
  4c: movaps xmm11,xmm1
  50: movaps xmm1,xmm11
  54: mulsd xmm1,xmm11
  59: addsd xmm0,xmm1
  5e: movaps xmm10,xmm0
  62: sqrtsd xmm0,xmm0
  67: addsd xmm0,xmm9
  6c: movaps xmm9,xmm0
  70: movsd xmm12,[rel 0xC0]
  79: divsd xmm12,xmm10
  7e: movaps xmm0,xmm12
  82: mulsd xmm0,xmm10
  87: addsd xmm0,xmm9
  8c: movaps xmm9,xmm0
  90: mulsd xmm9,[rel 0xD0]
  99: add edi,0x10
  9d: sub esi,1
  a1: jne near 0x1F
  a7: movaps xmm0,xmm9
  ab: mov rsp,rbp
  ae: pop rbp
  af: ret
  b0: call 0xFFFFFFFFFFFFFE62
  b5: jmp 0x1F
  ba: int3
  bb: int3
  bc: int3
  bd: int3
  be: int3
  bf: int3
  c0: add [rax],al
  c2: add [rax],al
  c4: add [rax],al
  c6: loopne 0x107
  c8: add [rax],al
  ca: add [rax],al
  cc: add [rax],al
  ce: add [rax],al
  d0: add [rax],al
  d2: add [rax],al
  d4: add [rax],al
  d6: sar byte [rdi],1
  d8: add [rax],al
  da: add [rax],al
  dc: add [rax],al
  de: add [rax],al

