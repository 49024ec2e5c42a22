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
  23: jb near 0x90
  29: movsd xmm0,[r14+rdi]
  2f: vsubsd xmm9,xmm0,xmm12
  34: vmulsd xmm0,xmm9,xmm9
  39: movsd xmm1,[r14+rdi+8]
  43: vsubsd xmm11,xmm1,xmm11
  48: vmulsd xmm1,xmm11,xmm11
  4d: vaddsd xmm9,xmm0,xmm1
  52: vsqrtsd xmm0,xmm9,xmm9
  57: vaddsd xmm10,xmm0,xmm10
  5c: mov r11,0x3FE0000000000000
  66: movq xmm12,r11
  6b: divsd xmm12,xmm9
  70: vmulsd xmm0,xmm12,xmm9
  75: vaddsd xmm10,xmm0,xmm10
  7a: add edi,0x10
  7e: sub esi,1
  82: test esi,esi
  85: jne short 0x1F
  87: movaps xmm0,xmm10
  8b: mov rsp,rbp
  8e: pop rbp
  8f: ret
  90: mov eax,9
  95: call 0xFFFFFFFFFFFFFFEF

