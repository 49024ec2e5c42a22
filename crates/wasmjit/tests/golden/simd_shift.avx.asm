;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0x8A
  16: mov rsp,r11
  19: movdqu xmm0,[rbp+0x10]
  22: vpand xmm0,xmm0,[rel 0xA0]
  2a: vpsllw xmm0,xmm0,3
  30: vpsrlw xmm0,xmm0,1
  36: vpand xmm0,xmm0,[rel 0xB0]
  3e: movaps xmm15,xmm0
  42: punpckhbw xmm15,xmm15
  47: punpcklbw xmm0,xmm0
  4c: psraw xmm15,0xA
  52: psraw xmm0,0xA
  58: packsswb xmm0,xmm15
  5d: vpsllw xmm0,xmm0,1
  63: vpsrad xmm0,xmm0,5
  69: vpsrlq xmm0,xmm0,0x3F
  6f: vpsrlq xmm0,xmm0,7
  75: vpxor xmm0,xmm0,[rel 0xC0]
  7d: vpsubq xmm0,xmm0,[rel 0xC0]
  85: mov rsp,rbp
  88: pop rbp
  89: ret
  8a: mov eax,9
  8f: call 0xFFFFFFFFFFFFFFEF
  94: int3
  95: int3
  96: int3
  97: int3
  98: int3
  99: int3
  9a: int3
  9b: int3
  9c: int3
  9d: int3
  9e: int3
  9f: int3
  a0: (bad)
  a2: (bad)
  a4: (bad)
  a6: (bad)
  a8: (bad)
  aa: (bad)
  ac: (bad)
  ae: (bad)
  b0: jg short 0x131
  b2: jg short 0x133
  b4: jg short 0x135
  b6: jg short 0x137
  b8: jg short 0x139
  ba: jg short 0x13B
  bc: jg short 0x13D
  be: jg short 0x13F
  c0: add [rax],al
  c2: add [rax],al
  c4: add [rax],al
  c6: add [rcx],al
  c8: add [rax],al
  ca: add [rax],al
  cc: add [rax],al
  ce: add [rcx],al

;; func 1 
   0: mov edi,[rsp+0x18]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x40]
  10: cmp r11,[r15+0x18]
  14: jb near 0x12D
  1a: mov rsp,r11
  1d: movdqu xmm0,[rbp+0x10]
  26: mov r11d,edi
  29: and r11d,7
  30: movd xmm1,r11d
  35: pcmpeqd xmm15,xmm15
  3a: psrlw xmm15,8
  40: psrlw xmm15,xmm1
  45: packuswb xmm15,xmm15
  4a: pand xmm0,xmm15
  4f: psllw xmm0,xmm1
  54: mov r11d,edi
  57: and r11d,7
  5e: movd xmm1,r11d
  63: psrlw xmm0,xmm1
  68: pcmpeqd xmm15,xmm15
  6d: psrlw xmm15,8
  73: psrlw xmm15,xmm1
  78: packuswb xmm15,xmm15
  7d: pand xmm0,xmm15
  82: mov r11d,edi
  85: and r11d,7
  8c: add r11d,8
  93: movd xmm1,r11d
  98: movaps xmm15,xmm0
  9c: punpckhbw xmm15,xmm15
  a1: punpcklbw xmm0,xmm0
  a6: psraw xmm15,xmm1
  ab: psraw xmm0,xmm1
  b0: packsswb xmm0,xmm15
  b5: mov r11d,edi
  b8: and r11d,0xF
  bf: movd xmm1,r11d
  c4: psrlw xmm0,xmm1
  c9: mov r11d,edi
  cc: and r11d,0x1F
  d3: movd xmm1,r11d
  d8: pslld xmm0,xmm1
  dd: mov r11d,edi
  e0: and r11d,0x3F
  e7: movd xmm1,r11d
  ec: psllq xmm0,xmm1
  f1: mov r11d,edi
  f4: and r11d,0x3F
  fb: movd xmm1,r11d
 100: mov r11,0x8000000000000000
 10a: movq xmm15,r11
 10f: punpcklqdq xmm15,xmm15
 114: psrlq xmm15,xmm1
 119: psrlq xmm0,xmm1
 11e: pxor xmm0,xmm15
 123: psubq xmm0,xmm15
 128: mov rsp,rbp
 12b: pop rbp
 12c: ret
 12d: mov eax,9
 132: call 0xFFFFFFFFFFFFFF1F

