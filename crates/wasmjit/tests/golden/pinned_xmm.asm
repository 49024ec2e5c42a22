;; func 0 
   0: movsd xmm1,[rsp+8]
   6: mov edi,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: lea r11,[rsp-0x40]
  16: cmp r11,[r15+0x18]
  1a: jb near 0x92
  20: mov rsp,r11
  23: xorps xmm9,xmm9
  27: xorps xmm10,xmm10
  2b: cmp rsp,[r15+0x18]
  2f: jb near 0x92
  35: movaps xmm0,xmm9
  39: mulsd xmm0,xmm1
  3e: mov r11,0x3FF0000000000000
  48: movq xmm15,r11
  4d: addsd xmm0,xmm15
  52: movaps xmm9,xmm0
  56: movaps xmm0,xmm10
  5a: mov r11,0x3F000000
  64: movq xmm15,r11
  69: addss xmm0,xmm15
  6e: movaps xmm10,xmm0
  72: sub edi,1
  76: test edi,edi
  79: jne near 0x2B
  7f: movaps xmm0,xmm10
  83: cvtss2sd xmm0,xmm0
  88: addsd xmm0,xmm9
  8d: mov rsp,rbp
  90: pop rbp
  91: ret
  92: mov eax,9
  97: call 0xFFFFFFFFFFFFFFEF

