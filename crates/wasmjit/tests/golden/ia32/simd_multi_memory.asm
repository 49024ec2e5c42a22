;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x74
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: cmp eax,[edi+0x58]
  2f: jae near 0x7E
  35: mov edi,[edi]
  39: movdqu xmm0,[edi+eax]
  42: mov eax,[esi+0x28]
  48: mov ecx,[ebp+0x10]
  4f: cmp ecx,[eax+0x98]
  56: jae near 0x7E
  5c: mov eax,[eax]
  63: movdqu xmm1,[eax+ecx+0x10]
  6c: paddd xmm0,xmm1
  70: mov esp,ebp
  72: pop ebp
  73: ret
  74: mov eax,9
  79: call 0xFFFFFFF2
  7e: mov eax,2
  83: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x87
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movdqu xmm0,[ebp+0x18]
  24: mov eax,[esi+0x28]
  2a: mov ecx,[ebp+0x10]
  31: cmp ecx,[eax+0x58]
  38: jae near 0x91
  3e: mov eax,[eax]
  45: movdqu [eax+ecx],xmm0
  4e: movdqu xmm0,[ebp+0x18]
  57: mov eax,[esi+0x28]
  5d: mov ecx,[ebp+0x10]
  64: cmp ecx,[eax+0x28]
  6b: jae near 0x91
  71: mov eax,[eax]
  78: pextrd [eax+ecx],xmm0,3
  83: mov esp,ebp
  85: pop ebp
  86: ret
  87: mov eax,9
  8c: call 0xFFFFFF6A
  91: mov eax,2
  96: call 0xFFFFFF6A

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x80
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[esi+0x28]
  21: mov ecx,[ebp+0x10]
  28: cmp ecx,[eax+0x20]
  2f: jae near 0x8A
  35: mov eax,[eax]
  3c: pinsrw xmm0,[eax+ecx],0
  46: pshuflw xmm0,xmm0,0
  4b: pshufd xmm0,xmm0,0
  50: mov eax,[esi+0x28]
  56: mov ecx,[ebp+0x10]
  5d: cmp ecx,[eax+0x1C]
  64: jae near 0x8A
  6a: mov eax,[eax]
  71: pinsrb xmm0,[eax+ecx],7
  7c: mov esp,ebp
  7e: pop ebp
  7f: ret
  80: mov eax,9
  85: call 0xFFFFFECF
  8a: mov eax,2
  8f: call 0xFFFFFECF

