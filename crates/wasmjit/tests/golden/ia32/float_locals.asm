;; func 0 dist
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0x130
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: xorps xmm6,xmm6
  2c: xorps xmm4,xmm4
  2f: cmp esp,[esi+0xC]
  35: jb near 0x130
  3b: mov eax,[ebp+0x10]
  42: mov edi,[esi+8]
  48: cmp eax,[edi+0x38]
  4f: jae near 0x13A
  55: mov edi,[edi]
  59: movsd xmm0,[edi+eax]
  62: subsd xmm0,[ebp-0x10]
  6a: movaps xmm5,xmm0
  6d: mulsd xmm0,xmm5
  71: mov eax,[ebp+0x10]
  78: mov edi,[esi+8]
  7e: cmp eax,[edi+0x58]
  85: jae near 0x13A
  8b: mov edi,[edi]
  8f: movsd xmm1,[edi+eax+8]
  98: subsd xmm1,xmm6
  9c: movaps xmm6,xmm1
  9f: movaps xmm1,xmm6
  a2: mulsd xmm1,xmm6
  a6: addsd xmm0,xmm1
  aa: movaps xmm5,xmm0
  ad: sqrtsd xmm0,xmm0
  b1: addsd xmm0,xmm4
  b5: movaps xmm4,xmm0
  b8: mov edi,0x3FE00000
  bd: movd xmm0,edi
  c1: psllq xmm0,0x20
  c6: divsd xmm0,xmm5
  ca: movsd [ebp-0x10],xmm0
  d3: movsd xmm0,[ebp-0x10]
  dc: mulsd xmm0,xmm5
  e0: addsd xmm0,xmm4
  e4: movaps xmm4,xmm0
  e7: mov edi,0x3FD00000
  ec: movd xmm7,edi
  f0: psllq xmm7,0x20
  f5: mulsd xmm4,xmm7
  f9: mov eax,[ebp+0x10]
 100: add eax,0x10
 106: mov [ebp+0x10],eax
 10d: mov eax,[ebp+0x18]
 114: sub eax,1
 11a: mov [ebp+0x18],eax
 121: test eax,eax
 123: jne near 0x2F
 129: movaps xmm0,xmm4
 12c: mov esp,ebp
 12e: pop ebp
 12f: ret
 130: mov eax,9
 135: call 0xFFFFFFF2
 13a: mov eax,2
 13f: call 0xFFFFFFF2

