;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xC0
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
  9d: push 0xFFFFFFFF
  a2: push 0x7FFFFFFF
  a7: movq xmm7,[esp]
  ac: add esp,8
  af: andps xmm1,xmm7
  b2: andnps xmm7,xmm2
  b5: orps xmm1,xmm7
  b8: addss xmm0,xmm1
  bc: mov esp,ebp
  be: pop ebp
  bf: ret
  c0: mov eax,9
  c5: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xB3
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
  96: push 0x80000000
  9b: push 0
  a0: movq xmm7,[esp]
  a5: add esp,8
  a8: orps xmm1,xmm7
  ab: addsd xmm0,xmm1
  af: mov esp,ebp
  b1: pop ebp
  b2: ret
  b3: mov eax,9
  b8: call 0xFFFFFF28

