;; func 0 dist
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0x11B
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: mov ebx,[ebp+0x10]
  30: xorps xmm6,xmm6
  33: xorps xmm4,xmm4
  36: cmp esp,[esi+0xC]
  3c: jb near 0x11B
  42: mov edi,[esi+8]
  48: cmp ebx,[edi+0x38]
  4f: jae near 0x125
  55: mov edi,[edi]
  59: movsd xmm0,[edi+ebx]
  62: subsd xmm0,[ebp-0x10]
  6a: movaps xmm5,xmm0
  6d: mulsd xmm0,xmm5
  71: mov edi,[esi+8]
  77: cmp ebx,[edi+0x58]
  7e: jae near 0x125
  84: mov edi,[edi]
  88: movsd xmm1,[edi+ebx+8]
  91: subsd xmm1,xmm6
  95: movaps xmm6,xmm1
  98: movaps xmm1,xmm6
  9b: mulsd xmm1,xmm6
  9f: addsd xmm0,xmm1
  a3: movaps xmm5,xmm0
  a6: sqrtsd xmm0,xmm0
  aa: addsd xmm0,xmm4
  ae: movaps xmm4,xmm0
  b1: mov edi,0x3FE00000
  b6: movd xmm0,edi
  ba: psllq xmm0,0x20
  bf: divsd xmm0,xmm5
  c3: movsd [ebp-0x10],xmm0
  cc: movsd xmm0,[ebp-0x10]
  d5: mulsd xmm0,xmm5
  d9: addsd xmm0,xmm4
  dd: movaps xmm4,xmm0
  e0: mov edi,0x3FD00000
  e5: movd xmm7,edi
  e9: psllq xmm7,0x20
  ee: mulsd xmm4,xmm7
  f2: add ebx,0x10
  f8: mov eax,[ebp+0x18]
  ff: sub eax,1
 105: mov [ebp+0x18],eax
 10c: test eax,eax
 10e: jne near 0x36
 114: movaps xmm0,xmm4
 117: mov esp,ebp
 119: pop ebp
 11a: ret
 11b: mov eax,9
 120: call 0xFFFFFFF2
 125: mov eax,2
 12a: call 0xFFFFFFF2

