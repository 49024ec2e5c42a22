;; func 0 
   0: movsd xmm1,[rsp+8]
   6: mov edi,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: sub rsp,0x40
  15: xorps xmm9,xmm9
  19: xorps xmm10,xmm10
  1d: cmp rsp,[r15+0x18]
  21: jb near 0x80
  27: movaps xmm0,xmm9
  2b: mulsd xmm0,xmm1
  30: mov r11,0x3FF0000000000000
  3a: movq xmm15,r11
  3f: addsd xmm0,xmm15
  44: movaps xmm9,xmm0
  48: movaps xmm0,xmm10
  4c: mov r11,0x3F000000
  56: movq xmm15,r11
  5b: addss xmm0,xmm15
  60: movaps xmm10,xmm0
  64: sub edi,1
  68: test edi,edi
  6b: jne short 0x1D
  6d: movaps xmm0,xmm10
  71: cvtss2sd xmm0,xmm0
  76: addsd xmm0,xmm9
  7b: mov rsp,rbp
  7e: pop rbp
  7f: ret
  80: call 0xFFFFFFFFFFFFFE62
  85: jmp 0x1D

