;; func 0 
   0: mov edi,[rsp+8]
   4: mov rsi,[rsp+0x10]
   9: movss xmm1,[rsp+0x18]
   f: movsd xmm2,[rsp+0x20]
  15: push rbp
  16: mov rbp,rsp
  19: sub rsp,0x40
  20: pxor xmm15,xmm15
  25: movd xmm0,edi
  2a: pshufb xmm0,xmm15
  30: movd xmm3,edi
  35: pshuflw xmm3,xmm3,0
  3b: pshufd xmm3,xmm3,0
  41: paddw xmm0,xmm3
  46: movd xmm3,edi
  4b: pshufd xmm3,xmm3,0
  51: paddd xmm0,xmm3
  56: movq xmm3,rsi
  5b: punpcklqdq xmm3,xmm3
  60: paddq xmm0,xmm3
  65: pshufd xmm3,xmm1,0
  6b: addps xmm0,xmm3
  6f: pshufd xmm3,xmm2,0x44
  75: addpd xmm0,xmm3
  7a: pxor xmm3,xmm3
  7f: por xmm0,xmm3
  84: pcmpeqd xmm3,xmm3
  89: pand xmm0,xmm3
  8e: movdqu xmm3,[rel 0xB0]
  97: pxor xmm0,xmm3
  9c: mov rsp,rbp
  9f: pop rbp
  a0: ret
  a1: int3
  a2: int3
  a3: int3
  a4: int3
  a5: int3
  a6: int3
  a7: int3
  a8: int3
  a9: int3
  aa: int3
  ab: int3
  ac: int3
  ad: int3
  ae: int3
  af: int3
  b0: add [rdx],eax
  b2: add eax,[rax*1+0x9080706]
  b9: or cl,[rbx]
  bb: or al,0xD
  bd: (bad)
  bf: (bad)

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
  f3: call 0xFFFFFFFFFFFFFD91
  f8: mov eax,6
  fd: call 0xFFFFFFFFFFFFFD91

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
  1d: movaps xmm2,xmm0
  21: movdqu xmm15,[rel 0x93]
  2a: pshufb xmm2,xmm15
  30: movdqu xmm15,[rel 0xA3]
  39: pshufb xmm1,xmm15
  3f: por xmm1,xmm2
  44: movdqu xmm0,[rbp+0x10]
  4d: movdqu xmm15,[rel 0xB3]
  56: pshufb xmm1,xmm15
  5c: movdqu xmm0,[rbp+0x20]
  65: mov r11,0x7070707070707070
  6f: movq xmm15,r11
  74: punpcklqdq xmm15,xmm15
  79: paddusb xmm15,xmm0
  7e: pshufb xmm1,xmm15
  84: movaps xmm0,xmm1
  88: mov rsp,rbp
  8b: pop rbp
  8c: ret
  8d: int3
  8e: int3
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

