;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xCB
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movss xmm0,[ebp+0x10]
  24: movss xmm7,[ebp+0x18]
  2d: ucomiss xmm0,xmm7
  30: jp near 0x4D
  36: jne near 0x44
  3c: orps xmm0,xmm7
  3f: jmp 0x51
  44: minss xmm0,xmm7
  48: jmp 0x51
  4d: addss xmm0,xmm7
  51: movss xmm1,[ebp+0x10]
  5a: movss xmm7,[ebp+0x18]
  63: ucomiss xmm1,xmm7
  66: jp near 0x83
  6c: jne near 0x7A
  72: andps xmm1,xmm7
  75: jmp 0x87
  7a: maxss xmm1,xmm7
  7e: jmp 0x87
  83: addss xmm1,xmm7
  87: addss xmm0,xmm1
  8b: movss xmm1,[ebp+0x10]
  94: movss xmm2,[ebp+0x18]
  9d: mov edi,0x7FFFFFFF
  a2: movd xmm7,edi
  a6: mov edi,0xFFFF
  ab: pinsrw xmm7,edi,2
  b0: mov edi,0xFFFF
  b5: pinsrw xmm7,edi,3
  ba: andps xmm1,xmm7
  bd: andnps xmm7,xmm2
  c0: orps xmm1,xmm7
  c3: addss xmm0,xmm1
  c7: mov esp,ebp
  c9: pop ebp
  ca: ret
  cb: mov eax,9
  d0: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xAF
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsd xmm0,[ebp+0x10]
  24: movsd xmm7,[ebp+0x18]
  2d: ucomisd xmm0,xmm7
  31: jp near 0x4E
  37: jne near 0x45
  3d: orps xmm0,xmm7
  40: jmp 0x52
  45: minsd xmm0,xmm7
  49: jmp 0x52
  4e: addsd xmm0,xmm7
  52: movsd xmm1,[ebp+0x10]
  5b: movsd xmm7,[ebp+0x18]
  64: ucomisd xmm1,xmm7
  68: jp near 0x85
  6e: jne near 0x7C
  74: andps xmm1,xmm7
  77: jmp 0x89
  7c: maxsd xmm1,xmm7
  80: jmp 0x89
  85: addsd xmm1,xmm7
  89: addsd xmm0,xmm1
  8d: movsd xmm1,[ebp+0x10]
  96: mov edi,0x80000000
  9b: movd xmm7,edi
  9f: psllq xmm7,0x20
  a4: orps xmm1,xmm7
  a7: addsd xmm0,xmm1
  ab: mov esp,ebp
  ad: pop ebp
  ae: ret
  af: mov eax,9
  b4: call 0xFFFFFF1D

