;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xBA
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: pxor xmm15,xmm15
  29: movd xmm0,eax
  2e: pshufb xmm0,xmm15
  34: mov eax,[rbp+0x10]
  37: movd xmm1,eax
  3c: pshuflw xmm1,xmm1,0
  42: pshufd xmm1,xmm1,0
  48: vpaddw xmm0,xmm0,xmm1
  4d: mov eax,[rbp+0x10]
  50: movd xmm1,eax
  55: pshufd xmm1,xmm1,0
  5b: vpaddd xmm0,xmm0,xmm1
  60: mov rax,[rbp+0x18]
  64: movq xmm1,rax
  69: punpcklqdq xmm1,xmm1
  6e: vpaddq xmm0,xmm0,xmm1
  73: movss xmm2,[rbp+0x20]
  78: pshufd xmm1,xmm2,0
  7e: vaddps xmm0,xmm0,xmm1
  83: movsd xmm2,[rbp+0x28]
  88: pshufd xmm1,xmm2,0x44
  8e: vaddpd xmm0,xmm0,xmm1
  93: pxor xmm1,xmm1
  98: vpor xmm0,xmm0,xmm1
  9d: pcmpeqd xmm1,xmm1
  a2: vpand xmm0,xmm0,xmm1
  a7: movdqu xmm1,[rel 0xD0]
  b0: vpxor xmm0,xmm0,xmm1
  b5: mov rsp,rbp
  b8: pop rbp
  b9: ret
  ba: mov eax,9
  bf: call 0xFFFFFFFFFFFFFFEF
  c4: int3
  c5: int3
  c6: int3
  c7: int3
  c8: int3
  c9: int3
  ca: int3
  cb: int3
  cc: int3
  cd: int3
  ce: int3
  cf: int3
  d0: add [rdx],eax
  d2: add eax,[rax*1+0x9080706]
  d9: or cl,[rbx]
  db: or al,0xD
  dd: (bad)
  df: (bad)

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x104
  1e: mov rsp,r11
  21: movdqu xmm9,[rbp+0x10]
  2a: pextrb eax,xmm9,1
  31: movsx eax,al
  35: pextrb ecx,xmm9,2
  3c: add eax,ecx
  3f: pextrw ecx,xmm9,3
  45: movsx ecx,cx
  49: add eax,ecx
  4c: pextrw ecx,xmm9,4
  52: add eax,ecx
  55: movd ecx,xmm9
  5a: add eax,ecx
  5d: pextrd ecx,xmm9,3
  64: add eax,ecx
  67: pextrq rcx,xmm9,1
  6e: add rax,rcx
  71: pshufd xmm0,xmm9,2
  77: mov r11,0xDF000000
  81: movq xmm15,r11
  86: ucomiss xmm0,xmm15
  8a: jp near 0x10E
  90: jb near 0x118
  96: mov r11,0x5F000000
  a0: movq xmm15,r11
  a5: ucomiss xmm0,xmm15
  a9: jae near 0x118
  af: cvttss2si rcx,xmm0
  b4: add rax,rcx
  b7: pshufd xmm0,xmm9,0xEE
  bd: mov r11,0xC3E0000000000000
  c7: movq xmm15,r11
  cc: ucomisd xmm0,xmm15
  d1: jp near 0x10E
  d7: jb near 0x118
  dd: mov r11,0x43E0000000000000
  e7: movq xmm15,r11
  ec: ucomisd xmm0,xmm15
  f1: jae near 0x118
  f7: cvttsd2si rcx,xmm0
  fc: add rax,rcx
  ff: mov rsp,rbp
 102: pop rbp
 103: ret
 104: mov eax,9
 109: call 0xFFFFFFFFFFFFFF0F
 10e: mov eax,8
 113: call 0xFFFFFFFFFFFFFF0F
 118: mov eax,6
 11d: call 0xFFFFFFFFFFFFFF0F

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x7A
  1e: mov rsp,r11
  21: mov eax,[rbp+0x20]
  24: movdqu xmm0,[rbp+0x10]
  2d: pinsrb xmm0,eax,5
  34: mov eax,[rbp+0x20]
  37: pinsrw xmm0,eax,6
  3d: mov eax,[rbp+0x20]
  40: pinsrd xmm0,eax,2
  47: mov rax,9
  4e: pinsrq xmm0,rax,0
  55: movss xmm1,[rbp+0x28]
  5a: insertps xmm0,xmm1,0x30
  61: movsd xmm1,[rbp+0x30]
  66: movsd xmm0,xmm1
  6b: movsd xmm1,[rbp+0x30]
  70: unpcklpd xmm0,xmm1
  75: mov rsp,rbp
  78: pop rbp
  79: ret
  7a: mov eax,9
  7f: call 0xFFFFFFFFFFFFFDED

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xA3
  1e: mov rsp,r11
  21: movdqu xmm0,[rbp+0x20]
  2a: movdqu xmm1,[rbp+0x10]
  33: movaps xmm2,xmm0
  37: movdqu xmm15,[rel 0xBA]
  40: pshufb xmm2,xmm15
  46: movdqu xmm15,[rel 0xCA]
  4f: pshufb xmm1,xmm15
  55: por xmm1,xmm2
  5a: movdqu xmm0,[rbp+0x10]
  63: movdqu xmm15,[rel 0xDA]
  6c: pshufb xmm1,xmm15
  72: movdqu xmm0,[rbp+0x20]
  7b: mov r11,0x7070707070707070
  85: movq xmm15,r11
  8a: punpcklqdq xmm15,xmm15
  8f: paddusb xmm15,xmm0
  94: pshufb xmm1,xmm15
  9a: movaps xmm0,xmm1
  9e: mov rsp,rbp
  a1: pop rbp
  a2: ret
  a3: mov eax,9
  a8: call 0xFFFFFFFFFFFFFD69
  ad: int3
  ae: int3
  af: int3
  b0: int3
  b1: int3
  b2: int3
  b3: int3
  b4: int3
  b5: int3
  b6: int3
  b7: int3
  b8: int3
  b9: int3
  ba: add byte [rcx],0x80
  bd: add eax,[rax-0x7FF87FFB]
  c3: or [rax-0x7FF27FF5],eax
  c9: sldt [rax-0x7FFB7FFE]
  d0: (bad)
  d2: or [rax-0x7FF37FF6],al
  d8: (bad)
  da: add eax,[rdx]
  dc: add [rax],eax
  de: (bad)
  e0: add eax,0x90A0B04
  e5: or [rdi],cl
  e7: (bad)
  e9: (bad)

