;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0xB2
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: pxor xmm15,xmm15
  21: movd xmm0,eax
  26: pshufb xmm0,xmm15
  2c: mov eax,[rbp+0x10]
  2f: movd xmm1,eax
  34: pshuflw xmm1,xmm1,0
  3a: pshufd xmm1,xmm1,0
  40: vpaddw xmm0,xmm0,xmm1
  45: mov eax,[rbp+0x10]
  48: movd xmm1,eax
  4d: pshufd xmm1,xmm1,0
  53: vpaddd xmm0,xmm0,xmm1
  58: mov rax,[rbp+0x18]
  5c: movq xmm1,rax
  61: punpcklqdq xmm1,xmm1
  66: vpaddq xmm0,xmm0,xmm1
  6b: movss xmm2,[rbp+0x20]
  70: pshufd xmm1,xmm2,0
  76: vaddps xmm0,xmm0,xmm1
  7b: movsd xmm2,[rbp+0x28]
  80: pshufd xmm1,xmm2,0x44
  86: vaddpd xmm0,xmm0,xmm1
  8b: pxor xmm1,xmm1
  90: vpor xmm0,xmm0,xmm1
  95: pcmpeqd xmm1,xmm1
  9a: vpand xmm0,xmm0,xmm1
  9f: movdqu xmm1,[rel 0xC0]
  a8: vpxor xmm0,xmm0,xmm1
  ad: mov rsp,rbp
  b0: pop rbp
  b1: ret
  b2: mov eax,9
  b7: call 0xFFFFFFFFFFFFFFEF
  bc: int3
  bd: int3
  be: int3
  bf: int3
  c0: add [rdx],eax
  c2: add eax,[rax*1+0x9080706]
  c9: or cl,[rbx]
  cb: or al,0xD
  cd: (bad)
  cf: (bad)

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0xFC
  16: mov rsp,r11
  19: movdqu xmm9,[rbp+0x10]
  22: pextrb eax,xmm9,1
  29: movsx eax,al
  2d: pextrb ecx,xmm9,2
  34: add eax,ecx
  37: pextrw ecx,xmm9,3
  3d: movsx ecx,cx
  41: add eax,ecx
  44: pextrw ecx,xmm9,4
  4a: add eax,ecx
  4d: movd ecx,xmm9
  52: add eax,ecx
  55: pextrd ecx,xmm9,3
  5c: add eax,ecx
  5f: pextrq rcx,xmm9,1
  66: add rax,rcx
  69: pshufd xmm0,xmm9,2
  6f: mov r11,0xDF000000
  79: movq xmm15,r11
  7e: ucomiss xmm0,xmm15
  82: jp near 0x106
  88: jb near 0x110
  8e: mov r11,0x5F000000
  98: movq xmm15,r11
  9d: ucomiss xmm0,xmm15
  a1: jae near 0x110
  a7: cvttss2si rcx,xmm0
  ac: add rax,rcx
  af: pshufd xmm0,xmm9,0xEE
  b5: mov r11,0xC3E0000000000000
  bf: movq xmm15,r11
  c4: ucomisd xmm0,xmm15
  c9: jp near 0x106
  cf: jb near 0x110
  d5: mov r11,0x43E0000000000000
  df: movq xmm15,r11
  e4: ucomisd xmm0,xmm15
  e9: jae near 0x110
  ef: cvttsd2si rcx,xmm0
  f4: add rax,rcx
  f7: mov rsp,rbp
  fa: pop rbp
  fb: ret
  fc: mov eax,9
 101: call 0xFFFFFFFFFFFFFF1F
 106: mov eax,8
 10b: call 0xFFFFFFFFFFFFFF1F
 110: mov eax,6
 115: call 0xFFFFFFFFFFFFFF1F

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0x72
  16: mov rsp,r11
  19: mov eax,[rbp+0x20]
  1c: movdqu xmm0,[rbp+0x10]
  25: pinsrb xmm0,eax,5
  2c: mov eax,[rbp+0x20]
  2f: pinsrw xmm0,eax,6
  35: mov eax,[rbp+0x20]
  38: pinsrd xmm0,eax,2
  3f: mov rax,9
  46: pinsrq xmm0,rax,0
  4d: movss xmm1,[rbp+0x28]
  52: insertps xmm0,xmm1,0x30
  59: movsd xmm1,[rbp+0x30]
  5e: movsd xmm0,xmm1
  63: movsd xmm1,[rbp+0x30]
  68: unpcklpd xmm0,xmm1
  6d: mov rsp,rbp
  70: pop rbp
  71: ret
  72: mov eax,9
  77: call 0xFFFFFFFFFFFFFE05

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0x85
  16: mov rsp,r11
  19: movdqu xmm0,[rbp+0x20]
  22: movdqu xmm1,[rbp+0x10]
  2b: vpshufb xmm2,xmm0,[rel 0x9A]
  34: vpshufb xmm1,xmm1,[rel 0xAA]
  3d: vpor xmm1,xmm1,xmm2
  42: movdqu xmm0,[rbp+0x10]
  4b: vpshufb xmm1,xmm1,[rel 0xBA]
  54: movdqu xmm0,[rbp+0x20]
  5d: mov r11,0x7070707070707070
  67: movq xmm15,r11
  6c: punpcklqdq xmm15,xmm15
  71: paddusb xmm15,xmm0
  76: pshufb xmm1,xmm15
  7c: movaps xmm0,xmm1
  80: mov rsp,rbp
  83: pop rbp
  84: ret
  85: mov eax,9
  8a: call 0xFFFFFFFFFFFFFD89
  8f: int3
  90: int3
  91: int3
  92: int3
  93: int3
  94: int3
  95: int3
  96: int3
  97: int3
  98: int3
  99: int3
  9a: add byte [rcx],0x80
  9d: add eax,[rax-0x7FF87FFB]
  a3: or [rax-0x7FF27FF5],eax
  a9: sldt [rax-0x7FFB7FFE]
  b0: (bad)
  b2: or [rax-0x7FF37FF6],al
  b8: (bad)
  ba: add eax,[rdx]
  bc: add [rax],eax
  be: (bad)
  c0: add eax,0x90A0B04
  c5: or [rdi],cl
  c7: (bad)
  c9: (bad)

