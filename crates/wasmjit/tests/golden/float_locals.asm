;; func 0 dist
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x50
  13: xorps xmm12,xmm12
  17: xorps xmm11,xmm11
  1b: xorps xmm10,xmm10
  1f: cmp rsp,[r15+0x18]
  23: jb near 0xA6
  29: movsd xmm0,[r14+rdi]
  2f: subsd xmm0,xmm12
  34: movaps xmm9,xmm0
  38: mulsd xmm0,xmm9
  3d: movsd xmm1,[r14+rdi+8]
  47: subsd xmm1,xmm11
  4c: movaps xmm11,xmm1
  50: movaps xmm1,xmm11
  54: mulsd xmm1,xmm11
  59: addsd xmm0,xmm1
  5e: movaps xmm9,xmm0
  62: sqrtsd xmm0,xmm0
  67: addsd xmm0,xmm10
  6c: movaps xmm10,xmm0
  70: movsd xmm12,[rel 0xB0]
  79: divsd xmm12,xmm9
  7e: movaps xmm0,xmm12
  82: mulsd xmm0,xmm9
  87: addsd xmm0,xmm10
  8c: movaps xmm10,xmm0
  90: add edi,0x10
  94: sub esi,1
  98: test esi,esi
  9b: jne short 0x1F
  9d: movaps xmm0,xmm10
  a1: mov rsp,rbp
  a4: pop rbp
  a5: ret
  a6: call 0xFFFFFFFFFFFFFE62
  ab: jmp 0x1F
  b0: add [rax],al
  b2: add [rax],al
  b4: add [rax],al
  b6: loopne 0xF7
  b8: add [rax],al
  ba: add [rax],al
  bc: add [rax],al
  be: add [rax],al

