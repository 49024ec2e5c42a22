;; func 0 
   0: mov edi,[rsp+8]
   4: mov rsi,[rsp+0x10]
   9: movss xmm1,[rsp+0x18]
   f: movsd xmm2,[rsp+0x20]
  15: push rbp
  16: mov rbp,rsp
  19: lea r11,[rsp-0x40]
  21: cmp r11,[r15+0x18]
  25: jb near 0xB0
  2b: mov rsp,r11
  2e: pxor xmm15,xmm15
  33: movd xmm0,edi
  38: pshufb xmm0,xmm15
  3e: movd xmm3,edi
  43: pshuflw xmm3,xmm3,0
  49: pshufd xmm3,xmm3,0
  4f: vpaddw xmm0,xmm0,xmm3
  54: movd xmm3,edi
  59: pshufd xmm3,xmm3,0
  5f: vpaddd xmm0,xmm0,xmm3
  64: movq xmm3,rsi
  69: punpcklqdq xmm3,xmm3
  6e: vpaddq xmm0,xmm0,xmm3
  73: pshufd xmm3,xmm1,0
  79: vaddps xmm0,xmm0,xmm3
  7e: pshufd xmm3,xmm2,0x44
  84: vaddpd xmm0,xmm0,xmm3
  89: pxor xmm3,xmm3
  8e: vpor xmm0,xmm0,xmm3
  93: pcmpeqd xmm3,xmm3
  98: vpand xmm0,xmm0,xmm3
  9d: movdqu xmm3,[rel 0xC0]
  a6: vpxor xmm0,xmm0,xmm3
  ab: mov rsp,rbp
  ae: pop rbp
  af: ret
  b0: mov eax,9
  b5: call 0xFFFFFFFFFFFFFFEF
  ba: int3
  bb: int3
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
   0: mov edi,[rsp+0x18]
   4: movss xmm1,[rsp+0x20]
   a: movsd xmm2,[rsp+0x28]
  10: push rbp
  11: mov rbp,rsp
  14: lea r11,[rsp-0x40]
  1c: cmp r11,[r15+0x18]
  20: jb near 0x69
  26: mov rsp,r11
  29: movdqu xmm0,[rbp+0x10]
  32: pinsrb xmm0,edi,5
  39: pinsrw xmm0,edi,6
  3f: pinsrd xmm0,edi,2
  46: mov eax,9
  4c: pinsrq xmm0,rax,0
  53: insertps xmm0,xmm1,0x30
  5a: movsd xmm0,xmm2
  5f: unpcklpd xmm0,xmm2
  64: mov rsp,rbp
  67: pop rbp
  68: ret
  69: mov eax,9
  6e: call 0xFFFFFFFFFFFFFE05

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0x85
  16: mov rsp,r11
  19: movdqu xmm0,[rbp+0x20]
  22: movdqu xmm1,[rbp+0x10]
  2b: vpshufb xmm2,xmm0,[rel 0x93]
  34: vpshufb xmm1,xmm1,[rel 0xA3]
  3d: vpor xmm1,xmm1,xmm2
  42: movdqu xmm0,[rbp+0x10]
  4b: vpshufb xmm1,xmm1,[rel 0xB3]
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
  8a: call 0xFFFFFFFFFFFFFD92
  8f: int3
  90: int3
  91: int3
  92: int3
  93: add byte [rcx],0x80
  96: add eax,[rax-0x7FF87FFB]
  9c: or [rax-0x7FF27FF5],eax
  a2: sldt [rax-0x7FFB7FFE]
  a9: (bad)
  ab: or [rax-0x7FF37FF6],al
  b1: (bad)
  b3: add eax,[rdx]
  b5: add [rax],eax
  b7: (bad)
  b9: add eax,0x90A0B04
  be: or [rdi],cl
  c0: (bad)
  c2: (bad)

