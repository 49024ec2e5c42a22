;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x96
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: mov edi,[edi+4]
  2f: sub edi,0x10
  35: jb near 0xA0
  3b: cmp eax,edi
  3d: ja near 0xA0
  43: mov edi,[esi+8]
  49: mov edi,[edi]
  4d: movdqu xmm0,[edi+eax]
  56: mov eax,[esi+0x28]
  5c: mov ecx,[ebp+0x10]
  63: mov edi,[eax+4]
  6a: sub edi,0x20
  70: jb near 0xA0
  76: cmp ecx,edi
  78: ja near 0xA0
  7e: mov eax,[eax]
  85: movdqu xmm1,[eax+ecx+0x10]
  8e: paddd xmm0,xmm1
  92: mov esp,ebp
  94: pop ebp
  95: ret
  96: mov eax,9
  9b: call 0xFFFFFFF2
  a0: mov eax,2
  a5: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xA3
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movdqu xmm0,[ebp+0x18]
  24: mov eax,[esi+0x28]
  2a: mov ecx,[ebp+0x10]
  31: mov edi,[eax+4]
  38: sub edi,0x10
  3e: jb near 0xAD
  44: cmp ecx,edi
  46: ja near 0xAD
  4c: mov eax,[eax]
  53: movdqu [eax+ecx],xmm0
  5c: movdqu xmm0,[ebp+0x18]
  65: mov eax,[esi+0x28]
  6b: mov ecx,[ebp+0x10]
  72: mov edi,[eax+4]
  79: sub edi,4
  7f: jb near 0xAD
  85: cmp ecx,edi
  87: ja near 0xAD
  8d: mov eax,[eax]
  94: pextrd [eax+ecx],xmm0,3
  9f: mov esp,ebp
  a1: pop ebp
  a2: ret
  a3: mov eax,9
  a8: call 0xFFFFFF48
  ad: mov eax,2
  b2: call 0xFFFFFF48

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x9C
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[esi+0x28]
  21: mov ecx,[ebp+0x10]
  28: mov edi,[eax+4]
  2f: sub edi,2
  35: jb near 0xA6
  3b: cmp ecx,edi
  3d: ja near 0xA6
  43: mov eax,[eax]
  4a: pinsrw xmm0,[eax+ecx],0
  54: pshuflw xmm0,xmm0,0
  59: pshufd xmm0,xmm0,0
  5e: mov eax,[esi+0x28]
  64: mov ecx,[ebp+0x10]
  6b: mov edi,[eax+4]
  72: sub edi,1
  78: jb near 0xA6
  7e: cmp ecx,edi
  80: ja near 0xA6
  86: mov eax,[eax]
  8d: pinsrb xmm0,[eax+ecx],7
  98: mov esp,ebp
  9a: pop ebp
  9b: ret
  9c: mov eax,9
  a1: call 0xFFFFFE91
  a6: mov eax,2
  ab: call 0xFFFFFE91

