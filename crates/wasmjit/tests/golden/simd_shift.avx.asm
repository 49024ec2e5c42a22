;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x40
   b: movdqu xmm0,[rbp+0x10]
  14: vpand xmm0,xmm0,[rel 0x80]
  1c: vpsllw xmm0,xmm0,3
  22: vpsrlw xmm0,xmm0,1
  28: vpand xmm0,xmm0,[rel 0x90]
  30: movaps xmm15,xmm0
  34: punpckhbw xmm15,xmm15
  39: punpcklbw xmm0,xmm0
  3e: psraw xmm15,0xA
  44: psraw xmm0,0xA
  4a: packsswb xmm0,xmm15
  4f: vpsllw xmm0,xmm0,1
  55: vpsrad xmm0,xmm0,5
  5b: vpsrlq xmm0,xmm0,0x3F
  61: vpsrlq xmm0,xmm0,7
  67: vpxor xmm0,xmm0,[rel 0xA0]
  6f: vpsubq xmm0,xmm0,[rel 0xA0]
  77: mov rsp,rbp
  7a: pop rbp
  7b: ret
  7c: int3
  7d: int3
  7e: int3
  7f: int3
  80: (bad)
  82: (bad)
  84: (bad)
  86: (bad)
  88: (bad)
  8a: (bad)
  8c: (bad)
  8e: (bad)
  90: jg short 0x111
  92: jg short 0x113
  94: jg short 0x115
  96: jg short 0x117
  98: jg short 0x119
  9a: jg short 0x11B
  9c: jg short 0x11D
  9e: jg short 0x11F
  a0: add [rax],al
  a2: add [rax],al
  a4: add [rax],al
  a6: add [rcx],al
  a8: add [rax],al
  aa: add [rax],al
  ac: add [rax],al
  ae: add [rcx],al

;; func 1 
   0: mov edi,[rsp+0x18]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: movdqu xmm0,[rbp+0x10]
  18: mov r11d,edi
  1b: and r11d,7
  22: movd xmm1,r11d
  27: pcmpeqd xmm15,xmm15
  2c: psrlw xmm15,8
  32: psrlw xmm15,xmm1
  37: packuswb xmm15,xmm15
  3c: pand xmm0,xmm15
  41: psllw xmm0,xmm1
  46: mov r11d,edi
  49: and r11d,7
  50: movd xmm1,r11d
  55: psrlw xmm0,xmm1
  5a: pcmpeqd xmm15,xmm15
  5f: psrlw xmm15,8
  65: psrlw xmm15,xmm1
  6a: packuswb xmm15,xmm15
  6f: pand xmm0,xmm15
  74: mov r11d,edi
  77: and r11d,7
  7e: add r11d,8
  85: movd xmm1,r11d
  8a: movaps xmm15,xmm0
  8e: punpckhbw xmm15,xmm15
  93: punpcklbw xmm0,xmm0
  98: psraw xmm15,xmm1
  9d: psraw xmm0,xmm1
  a2: packsswb xmm0,xmm15
  a7: mov r11d,edi
  aa: and r11d,0xF
  b1: movd xmm1,r11d
  b6: psrlw xmm0,xmm1
  bb: mov r11d,edi
  be: and r11d,0x1F
  c5: movd xmm1,r11d
  ca: pslld xmm0,xmm1
  cf: mov r11d,edi
  d2: and r11d,0x3F
  d9: movd xmm1,r11d
  de: psllq xmm0,xmm1
  e3: mov r11d,edi
  e6: and r11d,0x3F
  ed: movd xmm1,r11d
  f2: mov r11,0x8000000000000000
  fc: movq xmm15,r11
 101: punpcklqdq xmm15,xmm15
 106: psrlq xmm15,xmm1
 10b: psrlq xmm0,xmm1
 110: pxor xmm0,xmm15
 115: psubq xmm0,xmm15
 11a: mov rsp,rbp
 11d: pop rbp
 11e: ret

