;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0xE0
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ebx,[ebp+0x10]
  22: movdqu xmm4,[ebp+0x28]
  2b: cmp esp,[esi+0xC]
  31: jb near 0xE0
  37: mov edi,[esi+8]
  3d: cmp ebx,[edi+0x58]
  44: jae near 0xEA
  4a: mov edi,[edi]
  4e: movdqu xmm0,[edi+ebx]
  57: mov eax,[ebp+0x18]
  5e: mov edi,[esi+8]
  64: cmp eax,[edi+0x58]
  6b: jae near 0xEA
  71: mov edi,[edi]
  75: movdqu xmm1,[edi+eax]
  7e: mulpd xmm1,xmm4
  82: addpd xmm0,xmm1
  86: mov edi,[esi+8]
  8c: cmp ebx,[edi+0x58]
  93: jae near 0xEA
  99: mov edi,[edi]
  9d: movdqu [edi+ebx],xmm0
  a6: add ebx,0x10
  ac: mov eax,[ebp+0x18]
  b3: add eax,0x10
  b9: mov [ebp+0x18],eax
  c0: mov eax,[ebp+0x20]
  c7: sub eax,1
  cd: mov [ebp+0x20],eax
  d4: test eax,eax
  d6: jne near 0x2B
  dc: mov esp,ebp
  de: pop ebp
  df: ret
  e0: mov eax,9
  e5: call 0xFFFFFFF2
  ea: mov eax,2
  ef: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x14E
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: cmp eax,[edi+0x98]
  2f: jae near 0x158
  35: mov edi,[edi]
  39: movdqu xmm0,[edi+eax+0x10]
  42: movdqu xmm1,[ebp+0x18]
  4b: paddd xmm1,xmm0
  4f: mov eax,[ebp+0x10]
  56: mov edi,[esi+8]
  5c: cmp eax,[edi+0xD8]
  63: jae near 0x158
  69: mov edi,[edi]
  6d: movdqu xmm0,[edi+eax+0x20]
  76: psubw xmm1,xmm0
  7a: mov edi,[esi+8]
  80: cmp dword [edi+4],0x50
  8b: jb near 0x158
  91: mov edi,[edi]
  95: movdqu xmm0,[edi+0x40]
  9e: pxor xmm1,xmm0
  a2: mov eax,[ebp+0x10]
  a9: mov edi,[esi+8]
  af: cmp eax,[edi+0x58]
  b6: jae near 0x158
  bc: mov edi,[edi]
  c0: movdqu xmm0,[edi+eax]
  c9: divps xmm1,xmm0
  cc: mov eax,[ebp+0x10]
  d3: mov edi,[esi+8]
  d9: cmp eax,[edi+0x58]
  e0: jae near 0x158
  e6: mov edi,[edi]
  ea: movdqu xmm0,[edi+eax]
  f3: pminub xmm1,xmm0
  f7: mov eax,[ebp+0x10]
  fe: mov edi,[esi+8]
 104: cmp eax,[edi+0x58]
 10b: jae near 0x158
 111: mov edi,[edi]
 115: movdqu xmm0,[edi+eax]
 11e: movaps xmm7,xmm1
 121: psrlq xmm7,0x20
 126: pmuludq xmm7,xmm0
 12a: movaps xmm2,xmm0
 12d: psrlq xmm2,0x20
 132: pmuludq xmm2,xmm1
 136: paddq xmm7,xmm2
 13a: psllq xmm7,0x20
 13f: pmuludq xmm1,xmm0
 143: paddq xmm1,xmm7
 147: movaps xmm0,xmm1
 14a: mov esp,ebp
 14c: pop ebp
 14d: ret
 14e: mov eax,9
 153: call 0xFFFFFEFE
 158: mov eax,2
 15d: call 0xFFFFFEFE

