;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0xD8]
   a: cmp edi,[esi+0xC]
  10: jb near 0x1ED
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movdqu xmm4,[ebp+0x10]
  24: movdqu xmm6,[ebp+0x20]
  2d: cmp esp,[esi+0xC]
  33: jb near 0x1ED
  39: movdqu [ebp-0x60],xmm4
  42: paddd xmm4,xmm6
  46: mov edi,[ebp-0x60]
  4d: mov [ebp-0x50],edi
  54: mov edi,[ebp-0x5C]
  5b: mov [ebp-0x4C],edi
  62: mov edi,[ebp-0x58]
  69: mov [ebp-0x48],edi
  70: mov edi,[ebp-0x54]
  77: mov [ebp-0x44],edi
  7e: movaps xmm0,xmm6
  81: psubd xmm0,xmm4
  85: movaps xmm4,xmm0
  88: pmulld xmm6,xmm4
  8d: pxor xmm7,xmm7
  91: psubd xmm7,xmm6
  95: movaps xmm6,xmm7
  98: pslld xmm4,1
  9d: mov edi,[esi+8]
  a3: cmp dword [edi+4],2
  ae: jb near 0x1F7
  b4: mov edi,[edi]
  b8: pinsrw xmm5,[edi],0
  c2: pshuflw xmm5,xmm5,0
  c7: pshufd xmm5,xmm5,0
  cc: mov edi,[esi+8]
  d2: cmp dword [edi+4],8
  dd: jb near 0x1F7
  e3: mov edi,[edi]
  e7: movd xmm0,[edi+4]
  f0: pshufd xmm0,xmm0,0
  f5: paddd xmm5,xmm0
  f9: mov edi,[esi+8]
  ff: cmp dword [edi+4],0x10
 10a: jb near 0x1F7
 110: mov edi,[edi]
 114: movq xmm0,[edi+8]
 11d: punpcklqdq xmm0,xmm0
 121: paddq xmm5,xmm0
 125: mov edi,[esi+8]
 12b: cmp dword [edi+4],1
 136: jb near 0x1F7
 13c: mov edi,[edi]
 140: pinsrb xmm0,[edi],0
 14b: pxor xmm7,xmm7
 14f: pshufb xmm0,xmm7
 154: paddb xmm5,xmm0
 158: mov edi,[esi+8]
 15e: cmp dword [edi+4],0x10
 169: jb near 0x1F7
 16f: mov edi,[edi]
 173: movdqu xmm0,[edi]
 17c: paddd xmm5,xmm0
 180: mov eax,[ebp+0x30]
 187: sub eax,1
 18d: mov [ebp+0x30],eax
 194: test eax,eax
 196: jne near 0x2D
 19c: movdqu [ebp+0x20],xmm6
 1a5: movdqu [ebp+0x30],xmm5
 1ae: mov edi,[ebp-0x50]
 1b5: mov [ebp+0x40],edi
 1bc: mov edi,[ebp-0x4C]
 1c3: mov [ebp+0x44],edi
 1ca: mov edi,[ebp-0x48]
 1d1: mov [ebp+0x48],edi
 1d8: mov edi,[ebp-0x44]
 1df: mov [ebp+0x4C],edi
 1e6: movaps xmm0,xmm4
 1e9: mov esp,ebp
 1eb: pop ebp
 1ec: ret
 1ed: mov eax,9
 1f2: call 0xFFFFFFF2
 1f7: mov eax,2
 1fc: call 0xFFFFFFF2

