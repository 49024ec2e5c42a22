;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2CD
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: cmp eax,[edi+0x28]
  2f: jae near 0x2D7
  35: mov edi,[edi]
  39: mov eax,[edi+eax]
  40: mov ecx,[ebp+0x10]
  47: mov edi,[esi+8]
  4d: cmp ecx,[edi+0x20]
  54: jae near 0x2D7
  5a: mov edi,[edi]
  5e: movsx ecx,byte [edi+ecx+1]
  66: add eax,ecx
  68: mov ecx,[ebp+0x10]
  6f: mov edi,[esi+8]
  75: cmp ecx,[edi+0x24]
  7c: jae near 0x2D7
  82: mov edi,[edi]
  86: movzx ecx,byte [edi+ecx+2]
  8e: add eax,ecx
  90: mov ecx,[ebp+0x10]
  97: mov edi,[esi+8]
  9d: cmp ecx,[edi+0x2C]
  a4: jae near 0x2D7
  aa: mov edi,[edi]
  ae: movsx ecx,word [edi+ecx+3]
  b6: add eax,ecx
  b8: mov ecx,[ebp+0x10]
  bf: mov edi,[esi+8]
  c5: cmp ecx,[edi+0x30]
  cc: jae near 0x2D7
  d2: mov edi,[edi]
  d6: movzx ecx,word [edi+ecx+4]
  de: add eax,ecx
  e0: mov ecx,eax
  e2: mov ebx,0
  e7: mov [ebp-0x10],ecx
  ee: mov [ebp-0xC],ebx
  f5: mov ecx,[ebp+0x10]
  fc: mov edi,[esi+8]
 102: cmp ecx,[edi+0x58]
 109: jae near 0x2D7
 10f: mov edi,[edi]
 113: mov edx,[edi+ecx+0xC]
 11a: mov eax,[edi+ecx+8]
 121: add eax,[ebp-0x10]
 127: adc edx,[ebp-0xC]
 12d: mov [ebp-0x10],eax
 134: mov [ebp-0xC],edx
 13b: mov eax,[ebp+0x10]
 142: mov edi,[esi+8]
 148: cmp eax,[edi+0x1C]
 14f: jae near 0x2D7
 155: mov edi,[edi]
 159: movsx ecx,byte [edi+eax]
 161: mov ebx,ecx
 163: sar ebx,0x1F
 166: add ecx,[ebp-0x10]
 16c: adc ebx,[ebp-0xC]
 172: mov [ebp-0x10],ecx
 179: mov [ebp-0xC],ebx
 180: mov ecx,[ebp+0x10]
 187: mov edi,[esi+8]
 18d: cmp ecx,[edi+0x1C]
 194: jae near 0x2D7
 19a: mov edi,[edi]
 19e: movzx eax,byte [edi+ecx]
 1a6: mov edx,0
 1ab: add eax,[ebp-0x10]
 1b1: adc edx,[ebp-0xC]
 1b7: mov [ebp-0x10],eax
 1be: mov [ebp-0xC],edx
 1c5: mov eax,[ebp+0x10]
 1cc: mov edi,[esi+8]
 1d2: cmp eax,[edi+0x20]
 1d9: jae near 0x2D7
 1df: mov edi,[edi]
 1e3: movsx ecx,word [edi+eax]
 1eb: mov ebx,ecx
 1ed: sar ebx,0x1F
 1f0: add ecx,[ebp-0x10]
 1f6: adc ebx,[ebp-0xC]
 1fc: mov [ebp-0x10],ecx
 203: mov [ebp-0xC],ebx
 20a: mov ecx,[ebp+0x10]
 211: mov edi,[esi+8]
 217: cmp ecx,[edi+0x20]
 21e: jae near 0x2D7
 224: mov edi,[edi]
 228: movzx eax,word [edi+ecx]
 230: mov edx,0
 235: add eax,[ebp-0x10]
 23b: adc edx,[ebp-0xC]
 241: mov [ebp-0x10],eax
 248: mov [ebp-0xC],edx
 24f: mov eax,[ebp+0x10]
 256: mov edi,[esi+8]
 25c: cmp eax,[edi+0x28]
 263: jae near 0x2D7
 269: mov edi,[edi]
 26d: mov ecx,[edi+eax]
 274: mov ebx,ecx
 276: sar ebx,0x1F
 279: add ecx,[ebp-0x10]
 27f: adc ebx,[ebp-0xC]
 285: mov [ebp-0x10],ecx
 28c: mov [ebp-0xC],ebx
 293: mov ecx,[ebp+0x10]
 29a: mov edi,[esi+8]
 2a0: cmp ecx,[edi+0x28]
 2a7: jae near 0x2D7
 2ad: mov edi,[edi]
 2b1: mov eax,[edi+ecx]
 2b8: mov edx,0
 2bd: add eax,[ebp-0x10]
 2c3: adc edx,[ebp-0xC]
 2c9: mov esp,ebp
 2cb: pop ebp
 2cc: ret
 2cd: mov eax,9
 2d2: call 0xFFFFFFF2
 2d7: mov eax,2
 2dc: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x75
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: cmp eax,[edi+0x28]
  2f: jae near 0x7F
  35: mov edi,[edi]
  39: movss xmm0,[edi+eax]
  42: cvtss2sd xmm0,xmm0
  46: mov eax,[ebp+0x10]
  4d: mov edi,[esi+8]
  53: cmp eax,[edi+0x78]
  5a: jae near 0x7F
  60: mov edi,[edi]
  64: movsd xmm1,[edi+eax+0x10]
  6d: addsd xmm0,xmm1
  71: mov esp,ebp
  73: pop ebp
  74: ret
  75: mov eax,9
  7a: call 0xFFFFFD11
  7f: mov eax,2
  84: call 0xFFFFFD11

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x91
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[esi+8]
  21: cmp dword [edi+4],0x44
  2c: jb near 0x9B
  32: mov edi,[edi]
  36: mov eax,[edi+0x40]
  3d: mov edi,[esi+8]
  43: cmp dword [edi+4],0x80000004
  4e: jb near 0x9B
  54: mov edi,[edi]
  58: mov edi,0x80000000
  5d: mov edi,[esi+8]
  63: mov edi,[edi]
  67: mov ecx,[edi+edi]
  6e: add eax,ecx
  70: jmp 0x9B
  75: mov edi,0xFFFFFFFE
  7a: mov edi,[esi+8]
  80: mov edi,[edi]
  84: mov ecx,[edi+edi]
  8b: add eax,ecx
  8d: mov esp,ebp
  8f: pop ebp
  90: ret
  91: mov eax,9
  96: call 0xFFFFFC88
  9b: mov eax,2
  a0: call 0xFFFFFC88

