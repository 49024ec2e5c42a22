;; func 0 
   0: mov edi,[rsp+8]
   4: mov rsi,[rsp+0x10]
   9: movss xmm1,[rsp+0x18]
   f: movsd xmm2,[rsp+0x20]
  15: push rbp
  16: mov rbp,rsp
  19: sub rsp,0x40
  20: vmovd xmm0,edi
  25: vpbroadcastb xmm0,xmm0
  2a: vmovd xmm3,edi
  2f: vpbroadcastw xmm3,xmm3
  34: vpaddw xmm0,xmm0,xmm3
  39: movd xmm3,edi
  3e: pshufd xmm3,xmm3,0
  44: vpaddd xmm0,xmm0,xmm3
  49: movq xmm3,rsi
  4e: punpcklqdq xmm3,xmm3
  53: vpaddq xmm0,xmm0,xmm3
  58: pshufd xmm3,xmm1,0
  5e: vaddps xmm0,xmm0,xmm3
  63: pshufd xmm3,xmm2,0x44
  69: vaddpd xmm0,xmm0,xmm3
  6e: pxor xmm3,xmm3
  73: vpor xmm0,xmm0,xmm3
  78: pcmpeqd xmm3,xmm3
  7d: vpand xmm0,xmm0,xmm3
  82: movdqu xmm3,[rel 0xA0]
  8b: vpxor xmm0,xmm0,xmm3
  90: mov rsp,rbp
  93: pop rbp
  94: ret
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
  a0: add [rdx],eax
  a2: add eax,[rax*1+0x9080706]
  a9: or cl,[rbx]
  ab: or al,0xD
  ad: (bad)
  af: (bad)

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x40
   b: movdqu xmm9,[rbp+0x10]
  14: pextrb eax,xmm9,1
  1b: movsx eax,al
  1f: pextrb ecx,xmm9,2
  26: add eax,ecx
  29: pextrw ecx,xmm9,3
  2f: movsx ecx,cx
  33: add eax,ecx
  36: pextrw ecx,xmm9,4
  3c: add eax,ecx
  3f: movd ecx,xmm9
  44: add eax,ecx
  47: pextrd ecx,xmm9,3
  4e: add eax,ecx
  51: pextrq rcx,xmm9,1
  58: add rax,rcx
  5b: pshufd xmm0,xmm9,2
  61: mov r11,0xDF000000
  6b: movq xmm15,r11
  70: ucomiss xmm0,xmm15
  74: jp near 0xEE
  7a: jb near 0xF8
  80: mov r11,0x5F000000
  8a: movq xmm15,r11
  8f: ucomiss xmm0,xmm15
  93: jae near 0xF8
  99: cvttss2si rcx,xmm0
  9e: add rax,rcx
  a1: pshufd xmm0,xmm9,0xEE
  a7: mov r11,0xC3E0000000000000
  b1: movq xmm15,r11
  b6: ucomisd xmm0,xmm15
  bb: jp near 0xEE
  c1: jb near 0xF8
  c7: mov r11,0x43E0000000000000
  d1: movq xmm15,r11
  d6: ucomisd xmm0,xmm15
  db: jae near 0xF8
  e1: cvttsd2si rcx,xmm0
  e6: add rax,rcx
  e9: mov rsp,rbp
  ec: pop rbp
  ed: ret
  ee: mov eax,8
  f3: call 0xFFFFFFFFFFFFFDA1
  f8: mov eax,6
  fd: call 0xFFFFFFFFFFFFFDA1

;; func 2 
   0: mov edi,[rsp+0x18]
   4: movss xmm1,[rsp+0x20]
   a: movsd xmm2,[rsp+0x28]
  10: push rbp
  11: mov rbp,rsp
  14: sub rsp,0x40
  1b: movdqu xmm0,[rbp+0x10]
  24: pinsrb xmm0,edi,5
  2b: pinsrw xmm0,edi,6
  31: pinsrd xmm0,edi,2
  38: mov eax,9
  3e: pinsrq xmm0,rax,0
  45: insertps xmm0,xmm1,0x30
  4c: movsd xmm0,xmm2
  51: unpcklpd xmm0,xmm2
  56: mov rsp,rbp
  59: pop rbp
  5a: ret

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x40
   b: movdqu xmm0,[rbp+0x20]
  14: movdqu xmm1,[rbp+0x10]
  1d: vpshufb xmm2,xmm0,[rel 0x83]
  26: vpshufb xmm1,xmm1,[rel 0x93]
  2f: vpor xmm1,xmm1,xmm2
  34: movdqu xmm0,[rbp+0x10]
  3d: vpshufb xmm1,xmm1,[rel 0xA3]
  46: movdqu xmm0,[rbp+0x20]
  4f: mov r11,0x7070707070707070
  59: movq xmm15,r11
  5e: punpcklqdq xmm15,xmm15
  63: paddusb xmm15,xmm0
  68: pshufb xmm1,xmm15
  6e: movaps xmm0,xmm1
  72: mov rsp,rbp
  75: pop rbp
  76: ret
  77: int3
  78: int3
  79: int3
  7a: int3
  7b: int3
  7c: int3
  7d: int3
  7e: int3
  7f: int3
  80: int3
  81: int3
  82: int3
  83: add byte [rcx],0x80
  86: add eax,[rax-0x7FF87FFB]
  8c: or [rax-0x7FF27FF5],eax
  92: sldt [rax-0x7FFB7FFE]
  99: (bad)
  9b: or [rax-0x7FF37FF6],al
  a1: (bad)
  a3: add eax,[rdx]
  a5: add [rax],eax
  a7: (bad)
  a9: add eax,0x90A0B04
  ae: or [rdi],cl
  b0: (bad)
  b2: (bad)

