;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x1E8
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: cmp eax,[edi+0x98]
  2f: jae near 0x1F2
  35: mov edi,[edi]
  39: movdqu xmm0,[edi+eax+0x10]
  42: mov eax,[ebp+0x10]
  49: mov edi,[esi+8]
  4f: cmp eax,[edi+0x38]
  56: jae near 0x1F2
  5c: mov edi,[edi]
  60: pmovsxbw xmm1,[edi+eax]
  6a: paddw xmm0,xmm1
  6e: mov eax,[ebp+0x10]
  75: mov edi,[esi+8]
  7b: cmp eax,[edi+0x38]
  82: jae near 0x1F2
  88: mov edi,[edi]
  8c: pmovzxwd xmm1,[edi+eax]
  96: paddd xmm0,xmm1
  9a: mov eax,[ebp+0x10]
  a1: mov edi,[esi+8]
  a7: cmp eax,[edi+0x38]
  ae: jae near 0x1F2
  b4: mov edi,[edi]
  b8: pmovsxdq xmm1,[edi+eax]
  c2: paddq xmm0,xmm1
  c6: mov edi,[esi+8]
  cc: cmp dword [edi+4],0x41
  d7: jb near 0x1F2
  dd: mov edi,[edi]
  e1: pinsrb xmm1,[edi+0x40],0
  ec: pxor xmm7,xmm7
  f0: pshufb xmm1,xmm7
  f5: paddb xmm0,xmm1
  f9: mov eax,[ebp+0x10]
 100: mov edi,[esi+8]
 106: cmp eax,[edi+0x20]
 10d: jae near 0x1F2
 113: mov edi,[edi]
 117: pinsrw xmm1,[edi+eax],0
 121: pshuflw xmm1,xmm1,0
 126: pshufd xmm1,xmm1,0
 12b: paddw xmm0,xmm1
 12f: mov eax,[ebp+0x10]
 136: mov edi,[esi+8]
 13c: cmp eax,[edi+0x28]
 143: jae near 0x1F2
 149: mov edi,[edi]
 14d: movd xmm1,[edi+eax]
 156: pshufd xmm1,xmm1,0
 15b: paddd xmm0,xmm1
 15f: mov eax,[ebp+0x10]
 166: mov edi,[esi+8]
 16c: cmp eax,[edi+0x38]
 173: jae near 0x1F2
 179: mov edi,[edi]
 17d: movq xmm1,[edi+eax]
 186: punpcklqdq xmm1,xmm1
 18a: paddq xmm0,xmm1
 18e: mov eax,[ebp+0x10]
 195: mov edi,[esi+8]
 19b: cmp eax,[edi+0x28]
 1a2: jae near 0x1F2
 1a8: mov edi,[edi]
 1ac: movd xmm1,[edi+eax]
 1b5: por xmm0,xmm1
 1b9: mov eax,[ebp+0x10]
 1c0: mov edi,[esi+8]
 1c6: cmp eax,[edi+0x38]
 1cd: jae near 0x1F2
 1d3: mov edi,[edi]
 1d7: movq xmm1,[edi+eax]
 1e0: por xmm0,xmm1
 1e4: mov esp,ebp
 1e6: pop ebp
 1e7: ret
 1e8: mov eax,9
 1ed: call 0xFFFFFFF2
 1f2: mov eax,2
 1f7: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0xFE
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movdqu xmm0,[ebp+0x18]
  24: mov eax,[ebp+0x10]
  2b: mov edi,[esi+8]
  31: cmp eax,[edi+0x1C]
  38: jae near 0x108
  3e: mov edi,[edi]
  42: pinsrb xmm0,[edi+eax],3
  4d: movdqu [ebp+0x18],xmm0
  56: movdqu xmm0,[ebp+0x18]
  5f: mov eax,[ebp+0x10]
  66: mov edi,[esi+8]
  6c: cmp eax,[edi+0x20]
  73: jae near 0x108
  79: mov edi,[edi]
  7d: pinsrw xmm0,[edi+eax],7
  87: movdqu [ebp+0x18],xmm0
  90: movdqu xmm0,[ebp+0x18]
  99: mov eax,[ebp+0x10]
  a0: mov edi,[esi+8]
  a6: cmp eax,[edi+0x28]
  ad: jae near 0x108
  b3: mov edi,[edi]
  b7: pinsrd xmm0,[edi+eax],1
  c2: movdqu [ebp+0x18],xmm0
  cb: movdqu xmm0,[ebp+0x18]
  d4: mov eax,[ebp+0x10]
  db: mov edi,[esi+8]
  e1: cmp eax,[edi+0x38]
  e8: jae near 0x108
  ee: mov edi,[edi]
  f2: movhps xmm0,[edi+eax]
  fa: mov esp,ebp
  fc: pop ebp
  fd: ret
  fe: mov eax,9
 103: call 0xFFFFFDF6
 108: mov eax,2
 10d: call 0xFFFFFDF6

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x114
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movdqu xmm0,[ebp+0x18]
  24: mov eax,[ebp+0x10]
  2b: mov edi,[esi+8]
  31: cmp eax,[edi+0xD8]
  38: jae near 0x11E
  3e: mov edi,[edi]
  42: movdqu [edi+eax+0x20],xmm0
  4b: movdqu xmm0,[ebp+0x18]
  54: mov eax,[ebp+0x10]
  5b: mov edi,[esi+8]
  61: cmp eax,[edi+0x1C]
  68: jae near 0x11E
  6e: mov edi,[edi]
  72: pextrb [edi+eax],xmm0,0xF
  7d: movdqu xmm0,[ebp+0x18]
  86: mov eax,[ebp+0x10]
  8d: mov edi,[esi+8]
  93: cmp eax,[edi+0x20]
  9a: jae near 0x11E
  a0: mov edi,[edi]
  a4: pextrw [edi+eax],xmm0,2
  af: movdqu xmm0,[ebp+0x18]
  b8: mov eax,[ebp+0x10]
  bf: mov edi,[esi+8]
  c5: cmp eax,[edi+0x28]
  cc: jae near 0x11E
  d2: mov edi,[edi]
  d6: pextrd [edi+eax],xmm0,0
  e1: movdqu xmm0,[ebp+0x18]
  ea: mov eax,[ebp+0x10]
  f1: mov edi,[esi+8]
  f7: cmp eax,[edi+0x38]
  fe: jae near 0x11E
 104: mov edi,[edi]
 108: movhps [edi+eax],xmm0
 110: mov esp,ebp
 112: pop ebp
 113: ret
 114: mov eax,9
 119: call 0xFFFFFCE4
 11e: mov eax,2
 123: call 0xFFFFFCE4

