;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0x1B5
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: movsd xmm4,[ebp+0x20]
  32: cmp esp,[esi+0xC]
  38: jb near 0x1B5
  3e: mov eax,[ebp+0x10]
  45: add eax,[ebp-0x10]
  4b: mov [ebp-0x18],eax
  52: mov dword [ebp-0x14],0
  5d: mov ecx,[ebp-0x18]
  64: mov edi,[esi+8]
  6a: cmp ecx,[edi+0x38]
  71: jae near 0x1BF
  77: mov edi,[edi]
  7b: movsd xmm0,[edi+ecx]
  84: mov ecx,[ebp+0x18]
  8b: add ecx,[ebp-0x10]
  91: mov [ebp-0x20],ecx
  98: mov dword [ebp-0x1C],0
  a3: mov edi,[esi+8]
  a9: cmp ecx,[edi+0x38]
  b0: jae near 0x1BF
  b6: mov edi,[edi]
  ba: movsd xmm1,[edi+ecx]
  c3: mulsd xmm1,xmm4
  c7: addsd xmm0,xmm1
  cb: mov edi,[esi+8]
  d1: cmp eax,[edi+0x38]
  d8: jae near 0x1BF
  de: mov edi,[edi]
  e2: movsd [edi+eax],xmm0
  eb: mov eax,[ebp-0x18]
  f2: add eax,8
  f8: mov [ebp-0x18],eax
  ff: mov dword [ebp-0x14],0
 10a: mov ecx,[ebp-0x18]
 111: mov edi,[esi+8]
 117: cmp ecx,[edi+0x38]
 11e: jae near 0x1BF
 124: mov edi,[edi]
 128: movsd xmm0,[edi+ecx]
 131: mov ecx,[ebp-0x20]
 138: add ecx,8
 13e: mov edi,[esi+8]
 144: cmp ecx,[edi+0x38]
 14b: jae near 0x1BF
 151: mov edi,[edi]
 155: movsd xmm1,[edi+ecx]
 15e: mulsd xmm1,xmm4
 162: addsd xmm0,xmm1
 166: mov edi,[esi+8]
 16c: cmp eax,[edi+0x38]
 173: jae near 0x1BF
 179: mov edi,[edi]
 17d: movsd [edi+eax],xmm0
 186: mov eax,[ebp-0x10]
 18d: add eax,0x10
 193: mov [ebp-0x10],eax
 19a: mov dword [ebp-0xC],0
 1a5: cmp eax,0xA00
 1ab: jne near 0x32
 1b1: mov esp,ebp
 1b3: pop ebp
 1b4: ret
 1b5: mov eax,9
 1ba: call 0xFFFFFFF2
 1bf: mov eax,2
 1c4: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x11A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: cmp esp,[esi+0xC]
  2f: jb near 0x11A
  35: mov eax,[ebp+0x18]
  3c: sub eax,[ebp-0x10]
  42: mov [ebp-0x18],eax
  49: mov dword [ebp-0x14],0
  54: mov eax,[ebp-0x18]
  5b: imul eax,0x140
  61: mov [ebp-0x18],eax
  68: mov dword [ebp-0x14],0
  73: mov eax,[ebp+0x18]
  7a: and eax,[ebp-0x18]
  80: mov [ebp-0x18],eax
  87: mov dword [ebp-0x14],0
  92: mov eax,[ebp-0x18]
  99: mov edi,[esi+8]
  9f: cmp eax,[edi+0x38]
  a6: jae near 0x124
  ac: mov edi,[edi]
  b0: mov eax,[edi+eax+4]
  b7: mov [ebp-0x18],eax
  be: mov dword [ebp-0x14],0
  c9: mov eax,[ebp+0x18]
  d0: sub eax,[ebp-0x18]
  d6: mov [ebp-0x18],eax
  dd: mov dword [ebp-0x14],0
  e8: mov eax,[ebp-0x10]
  ef: sub eax,4
  f5: mov [ebp-0x10],eax
  fc: mov dword [ebp-0xC],0
 107: test eax,eax
 109: jne near 0x29
 10f: mov eax,[ebp-0x18]
 116: mov esp,ebp
 118: pop ebp
 119: ret
 11a: mov eax,9
 11f: call 0xFFFFFE29
 124: mov eax,2
 129: call 0xFFFFFE29

