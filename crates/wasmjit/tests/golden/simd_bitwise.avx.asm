;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x50]
   c: cmp r11,[r15+0x18]
  10: jb near 0x8E
  16: mov rsp,r11
  19: movdqu xmm0,[rbp+0x20]
  22: movdqu xmm1,[rbp+0x10]
  2b: vpand xmm1,xmm1,xmm0
  30: movdqu xmm0,[rbp+0x30]
  39: vpor xmm1,xmm1,xmm0
  3e: movdqu xmm0,[rbp+0x10]
  47: vpxor xmm1,xmm1,xmm0
  4c: movdqu xmm0,[rbp+0x20]
  55: vpandn xmm1,xmm0,xmm1
  5a: pcmpeqd xmm15,xmm15
  5f: vpxor xmm1,xmm1,xmm15
  64: movdqu xmm0,[rbp+0x30]
  6d: movdqu xmm2,[rbp+0x20]
  76: vpxor xmm1,xmm1,xmm2
  7b: vpand xmm1,xmm1,xmm0
  80: vpxor xmm1,xmm1,xmm2
  85: movaps xmm0,xmm1
  89: mov rsp,rbp
  8c: pop rbp
  8d: ret
  8e: mov eax,9
  93: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0xFD
  16: mov rsp,r11
  19: movdqu xmm0,[rbp+0x10]
  22: ptest xmm0,xmm0
  28: jne near 0x39
  2e: mov eax,0xFFFFFFFF
  34: jmp 0xF8
  39: movdqu xmm0,[rbp+0x10]
  42: pxor xmm15,xmm15
  47: pcmpeqb xmm15,xmm0
  4c: ptest xmm15,xmm15
  52: sete al
  56: movzx eax,al
  5a: movdqu xmm0,[rbp+0x10]
  63: pxor xmm15,xmm15
  68: pcmpeqw xmm15,xmm0
  6d: ptest xmm15,xmm15
  73: sete cl
  77: movzx ecx,cl
  7b: add eax,ecx
  7e: movdqu xmm0,[rbp+0x10]
  87: pxor xmm15,xmm15
  8c: pcmpeqd xmm15,xmm0
  91: ptest xmm15,xmm15
  97: sete cl
  9b: movzx ecx,cl
  9f: add eax,ecx
  a2: movdqu xmm0,[rbp+0x10]
  ab: pxor xmm15,xmm15
  b0: pcmpeqq xmm15,xmm0
  b6: ptest xmm15,xmm15
  bc: sete cl
  c0: movzx ecx,cl
  c4: add eax,ecx
  c7: movdqu xmm0,[rbp+0x10]
  d0: ptest xmm0,xmm0
  d6: mov [rbp-0x20],rax
  da: je near 0xEB
  e0: mov eax,0
  e6: jmp 0xF1
  eb: mov eax,1
  f1: add eax,[rbp-0x20]
  f8: mov rsp,rbp
  fb: pop rbp
  fc: ret
  fd: mov eax,9
 102: call 0xFFFFFFFFFFFFFF57

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0x6E
  16: mov rsp,r11
  19: movdqu xmm0,[rbp+0x10]
  22: pmovmskb eax,xmm0
  27: movdqu xmm0,[rbp+0x10]
  30: movaps xmm15,xmm0
  34: packsswb xmm15,xmm15
  39: pmovmskb ecx,xmm15
  3e: and ecx,0xFF
  45: add eax,ecx
  48: movdqu xmm0,[rbp+0x10]
  51: movmskps ecx,xmm0
  55: add eax,ecx
  58: movdqu xmm0,[rbp+0x10]
  61: movmskpd ecx,xmm0
  66: add eax,ecx
  69: mov rsp,rbp
  6c: pop rbp
  6d: ret
  6e: mov eax,9
  73: call 0xFFFFFFFFFFFFFE50

