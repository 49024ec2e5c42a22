;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x3BD
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: mov edi,[edi+4]
  2f: sub edi,4
  35: jb near 0x3C7
  3b: cmp eax,edi
  3d: ja near 0x3C7
  43: mov edi,[esi+8]
  49: mov edi,[edi]
  4d: mov eax,[edi+eax]
  54: mov ecx,[ebp+0x10]
  5b: mov edi,[esi+8]
  61: mov edi,[edi+4]
  68: sub edi,2
  6e: jb near 0x3C7
  74: cmp ecx,edi
  76: ja near 0x3C7
  7c: mov edi,[esi+8]
  82: mov edi,[edi]
  86: movsx ecx,byte [edi+ecx+1]
  8e: add eax,ecx
  90: mov ecx,[ebp+0x10]
  97: mov edi,[esi+8]
  9d: mov edi,[edi+4]
  a4: sub edi,3
  aa: jb near 0x3C7
  b0: cmp ecx,edi
  b2: ja near 0x3C7
  b8: mov edi,[esi+8]
  be: mov edi,[edi]
  c2: movzx ecx,byte [edi+ecx+2]
  ca: add eax,ecx
  cc: mov ecx,[ebp+0x10]
  d3: mov edi,[esi+8]
  d9: mov edi,[edi+4]
  e0: sub edi,5
  e6: jb near 0x3C7
  ec: cmp ecx,edi
  ee: ja near 0x3C7
  f4: mov edi,[esi+8]
  fa: mov edi,[edi]
  fe: movsx ecx,word [edi+ecx+3]
 106: add eax,ecx
 108: mov ecx,[ebp+0x10]
 10f: mov edi,[esi+8]
 115: mov edi,[edi+4]
 11c: sub edi,6
 122: jb near 0x3C7
 128: cmp ecx,edi
 12a: ja near 0x3C7
 130: mov edi,[esi+8]
 136: mov edi,[edi]
 13a: movzx ecx,word [edi+ecx+4]
 142: add eax,ecx
 144: mov ecx,eax
 146: mov ebx,0
 14b: mov [ebp-0x10],ecx
 152: mov [ebp-0xC],ebx
 159: mov ecx,[ebp+0x10]
 160: mov edi,[esi+8]
 166: mov edi,[edi+4]
 16d: sub edi,0x10
 173: jb near 0x3C7
 179: cmp ecx,edi
 17b: ja near 0x3C7
 181: mov edi,[esi+8]
 187: mov edi,[edi]
 18b: mov edx,[edi+ecx+0xC]
 192: mov eax,[edi+ecx+8]
 199: add eax,[ebp-0x10]
 19f: adc edx,[ebp-0xC]
 1a5: mov [ebp-0x10],eax
 1ac: mov [ebp-0xC],edx
 1b3: mov eax,[ebp+0x10]
 1ba: mov edi,[esi+8]
 1c0: mov edi,[edi+4]
 1c7: sub edi,1
 1cd: jb near 0x3C7
 1d3: cmp eax,edi
 1d5: ja near 0x3C7
 1db: mov edi,[esi+8]
 1e1: mov edi,[edi]
 1e5: movsx ecx,byte [edi+eax]
 1ed: mov ebx,ecx
 1ef: sar ebx,0x1F
 1f2: add ecx,[ebp-0x10]
 1f8: adc ebx,[ebp-0xC]
 1fe: mov [ebp-0x10],ecx
 205: mov [ebp-0xC],ebx
 20c: mov ecx,[ebp+0x10]
 213: mov edi,[esi+8]
 219: mov edi,[edi+4]
 220: sub edi,1
 226: jb near 0x3C7
 22c: cmp ecx,edi
 22e: ja near 0x3C7
 234: mov edi,[esi+8]
 23a: mov edi,[edi]
 23e: movzx eax,byte [edi+ecx]
 246: mov edx,0
 24b: add eax,[ebp-0x10]
 251: adc edx,[ebp-0xC]
 257: mov [ebp-0x10],eax
 25e: mov [ebp-0xC],edx
 265: mov eax,[ebp+0x10]
 26c: mov edi,[esi+8]
 272: mov edi,[edi+4]
 279: sub edi,2
 27f: jb near 0x3C7
 285: cmp eax,edi
 287: ja near 0x3C7
 28d: mov edi,[esi+8]
 293: mov edi,[edi]
 297: movsx ecx,word [edi+eax]
 29f: mov ebx,ecx
 2a1: sar ebx,0x1F
 2a4: add ecx,[ebp-0x10]
 2aa: adc ebx,[ebp-0xC]
 2b0: mov [ebp-0x10],ecx
 2b7: mov [ebp-0xC],ebx
 2be: mov ecx,[ebp+0x10]
 2c5: mov edi,[esi+8]
 2cb: mov edi,[edi+4]
 2d2: sub edi,2
 2d8: jb near 0x3C7
 2de: cmp ecx,edi
 2e0: ja near 0x3C7
 2e6: mov edi,[esi+8]
 2ec: mov edi,[edi]
 2f0: movzx eax,word [edi+ecx]
 2f8: mov edx,0
 2fd: add eax,[ebp-0x10]
 303: adc edx,[ebp-0xC]
 309: mov [ebp-0x10],eax
 310: mov [ebp-0xC],edx
 317: mov eax,[ebp+0x10]
 31e: mov edi,[esi+8]
 324: mov edi,[edi+4]
 32b: sub edi,4
 331: jb near 0x3C7
 337: cmp eax,edi
 339: ja near 0x3C7
 33f: mov edi,[esi+8]
 345: mov edi,[edi]
 349: mov ecx,[edi+eax]
 350: mov ebx,ecx
 352: sar ebx,0x1F
 355: add ecx,[ebp-0x10]
 35b: adc ebx,[ebp-0xC]
 361: mov [ebp-0x10],ecx
 368: mov [ebp-0xC],ebx
 36f: mov ecx,[ebp+0x10]
 376: mov edi,[esi+8]
 37c: mov edi,[edi+4]
 383: sub edi,4
 389: jb near 0x3C7
 38f: cmp ecx,edi
 391: ja near 0x3C7
 397: mov edi,[esi+8]
 39d: mov edi,[edi]
 3a1: mov eax,[edi+ecx]
 3a8: mov edx,0
 3ad: add eax,[ebp-0x10]
 3b3: adc edx,[ebp-0xC]
 3b9: mov esp,ebp
 3bb: pop ebp
 3bc: ret
 3bd: mov eax,9
 3c2: call 0xFFFFFFF2
 3c7: mov eax,2
 3cc: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x9D
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: mov edi,[edi+4]
  2f: sub edi,4
  35: jb near 0xA7
  3b: cmp eax,edi
  3d: ja near 0xA7
  43: mov edi,[esi+8]
  49: mov edi,[edi]
  4d: movss xmm0,[edi+eax]
  56: cvtss2sd xmm0,xmm0
  5a: mov eax,[ebp+0x10]
  61: mov edi,[esi+8]
  67: mov edi,[edi+4]
  6e: sub edi,0x18
  74: jb near 0xA7
  7a: cmp eax,edi
  7c: ja near 0xA7
  82: mov edi,[esi+8]
  88: mov edi,[edi]
  8c: movsd xmm1,[edi+eax+0x10]
  95: addsd xmm0,xmm1
  99: mov esp,ebp
  9b: pop ebp
  9c: ret
  9d: mov eax,9
  a2: call 0xFFFFFC21
  a7: mov eax,2
  ac: call 0xFFFFFC21

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x97
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[esi+8]
  21: mov edi,[edi+4]
  28: sub edi,0x44
  2e: jb near 0xA1
  34: mov edi,[esi+8]
  3a: mov edi,[edi]
  3e: mov eax,[edi+0x40]
  45: mov edi,[esi+8]
  4b: mov edi,[edi+4]
  52: sub edi,0x80000004
  58: jb near 0xA1
  5e: mov edi,0x80000000
  63: mov edi,[esi+8]
  69: mov edi,[edi]
  6d: mov ecx,[edi+edi]
  74: add eax,ecx
  76: jmp 0xA1
  7b: mov edi,0xFFFFFFFE
  80: mov edi,[esi+8]
  86: mov edi,[edi]
  8a: mov ecx,[edi+edi]
  91: add eax,ecx
  93: mov esp,ebp
  95: pop ebp
  96: ret
  97: mov eax,9
  9c: call 0xFFFFFB70
  a1: mov eax,2
  a6: call 0xFFFFFB70

