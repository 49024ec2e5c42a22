;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0x8B
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movdqu xmm0,[ebp+0x20]
  24: movdqu xmm1,[ebp+0x10]
  2d: pand xmm1,xmm0
  31: movdqu xmm0,[ebp+0x30]
  3a: por xmm1,xmm0
  3e: movdqu xmm0,[ebp+0x10]
  47: pxor xmm1,xmm0
  4b: movdqu xmm0,[ebp+0x20]
  54: movaps xmm7,xmm0
  57: pandn xmm7,xmm1
  5b: movaps xmm1,xmm7
  5e: pcmpeqd xmm7,xmm7
  62: pxor xmm1,xmm7
  66: movdqu xmm0,[ebp+0x30]
  6f: movdqu xmm2,[ebp+0x20]
  78: pxor xmm1,xmm2
  7c: pand xmm1,xmm0
  80: pxor xmm1,xmm2
  84: movaps xmm0,xmm1
  87: mov esp,ebp
  89: pop ebp
  8a: ret
  8b: mov eax,9
  90: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0xE4
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movdqu xmm0,[ebp+0x10]
  24: ptest xmm0,xmm0
  29: jne near 0x39
  2f: mov eax,0xFFFFFFFF
  34: jmp 0xE0
  39: movdqu xmm0,[ebp+0x10]
  42: pxor xmm7,xmm7
  46: pcmpeqb xmm7,xmm0
  4a: ptest xmm7,xmm7
  4f: sete al
  52: movzx eax,al
  55: movdqu xmm0,[ebp+0x10]
  5e: pxor xmm7,xmm7
  62: pcmpeqw xmm7,xmm0
  66: ptest xmm7,xmm7
  6b: sete cl
  6e: movzx ecx,cl
  71: add eax,ecx
  73: movdqu xmm0,[ebp+0x10]
  7c: pxor xmm7,xmm7
  80: pcmpeqd xmm7,xmm0
  84: ptest xmm7,xmm7
  89: sete cl
  8c: movzx ecx,cl
  8f: add eax,ecx
  91: movdqu xmm0,[ebp+0x10]
  9a: pxor xmm7,xmm7
  9e: pcmpeqq xmm7,xmm0
  a3: ptest xmm7,xmm7
  a8: sete cl
  ab: movzx ecx,cl
  ae: add eax,ecx
  b0: movdqu xmm0,[ebp+0x10]
  b9: ptest xmm0,xmm0
  be: mov [ebp-0x20],eax
  c5: je near 0xD5
  cb: mov eax,0
  d0: jmp 0xDA
  d5: mov eax,1
  da: add eax,[ebp-0x20]
  e0: mov esp,ebp
  e2: pop ebp
  e3: ret
  e4: mov eax,9
  e9: call 0xFFFFFF5D

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x65
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movdqu xmm0,[ebp+0x10]
  24: pmovmskb eax,xmm0
  28: movdqu xmm0,[ebp+0x10]
  31: movaps xmm7,xmm0
  34: packsswb xmm7,xmm7
  38: pmovmskb ecx,xmm7
  3c: and ecx,0xFF
  42: add eax,ecx
  44: movdqu xmm0,[ebp+0x10]
  4d: movmskps ecx,xmm0
  50: add eax,ecx
  52: movdqu xmm0,[ebp+0x10]
  5b: movmskpd ecx,xmm0
  5f: add eax,ecx
  61: mov esp,ebp
  63: pop ebp
  64: ret
  65: mov eax,9
  6a: call 0xFFFFFE6F

