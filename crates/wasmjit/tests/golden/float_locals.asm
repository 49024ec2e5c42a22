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
  23: jb near 0xB0
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
  70: mov r11,0x3FE0000000000000
  7a: movq xmm12,r11
  7f: divsd xmm12,xmm9
  84: movaps xmm0,xmm12
  88: mulsd xmm0,xmm9
  8d: addsd xmm0,xmm10
  92: movaps xmm10,xmm0
  96: add edi,0x10
  9a: sub esi,1
  9e: test esi,esi
  a1: jne near 0x1F
  a7: movaps xmm0,xmm10
  ab: mov rsp,rbp
  ae: pop rbp
  af: ret
  b0: mov eax,9
  b5: call 0xFFFFFFFFFFFFFFEF

