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
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0x13E
  16: mov rsp,r11
  19: mov eax,[rbp+0x20]
  1c: movdqu xmm0,[rbp+0x10]
  25: mov r11d,eax
  28: and r11d,7
  2f: movd xmm1,r11d
  34: pcmpeqd xmm15,xmm15
  39: psrlw xmm15,8
  3f: psrlw xmm15,xmm1
  44: packuswb xmm15,xmm15
  49: pand xmm0,xmm15
  4e: psllw xmm0,xmm1
  53: mov eax,[rbp+0x20]
  56: mov r11d,eax
  59: and r11d,7
  60: movd xmm1,r11d
  65: psrlw xmm0,xmm1
  6a: pcmpeqd xmm15,xmm15
  6f: psrlw xmm15,8
  75: psrlw xmm15,xmm1
  7a: packuswb xmm15,xmm15
  7f: pand xmm0,xmm15
  84: mov eax,[rbp+0x20]
  87: mov r11d,eax
  8a: and r11d,7
  91: add r11d,8
  98: movd xmm1,r11d
  9d: movaps xmm15,xmm0
  a1: punpckhbw xmm15,xmm15
  a6: punpcklbw xmm0,xmm0
  ab: psraw xmm15,xmm1
  b0: psraw xmm0,xmm1
  b5: packsswb xmm0,xmm15
  ba: mov eax,[rbp+0x20]
  bd: mov r11d,eax
  c0: and r11d,0xF
  c7: movd xmm1,r11d
  cc: psrlw xmm0,xmm1
  d1: mov eax,[rbp+0x20]
  d4: mov r11d,eax
  d7: and r11d,0x1F
  de: movd xmm1,r11d
  e3: pslld xmm0,xmm1
  e8: mov eax,[rbp+0x20]
  eb: mov r11d,eax
  ee: and r11d,0x3F
  f5: movd xmm1,r11d
  fa: psllq xmm0,xmm1
  ff: mov eax,[rbp+0x20]
 102: mov r11d,eax
 105: and r11d,0x3F
 10c: movd xmm1,r11d
 111: mov r11,0x8000000000000000
 11b: movq xmm15,r11
 120: punpcklqdq xmm15,xmm15
 125: psrlq xmm15,xmm1
 12a: psrlq xmm0,xmm1
 12f: pxor xmm0,xmm15
 134: psubq xmm0,xmm15
 139: mov rsp,rbp
 13c: pop rbp
 13d: ret
 13e: mov eax,9
 143: call 0xFFFFFFFFFFFFFF1F

