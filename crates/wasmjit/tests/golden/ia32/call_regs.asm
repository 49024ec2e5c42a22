;; func 0 g
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x38
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: add eax,[ebp+0x18]
  28: add eax,[ebp+0x20]
  2e: sub eax,[ebp+0x28]
  34: mov esp,ebp
  36: pop ebp
  37: ret
  38: mov eax,9
  3d: call 0xFFFFFFF2

;; func 1 seven
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x6A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x40]
  22: add eax,[ebp+0x10]
  28: add eax,[ebp+0x38]
  2e: mov edi,[ebp+0x28]
  35: mov [ebp-0x18],edi
  3c: mov edi,[ebp+0x2C]
  43: mov [ebp-0x14],edi
  4a: mov edi,[ebp-0x18]
  51: mov [ebp+0x18],edi
  58: mov edi,[ebp-0x14]
  5f: mov [ebp+0x1C],edi
  66: mov esp,ebp
  68: pop ebp
  69: ret
  6a: mov eax,9
  6f: call 0xFFFFFFB0

;; func 2 floats
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x41
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsd xmm0,[ebp+0x18]
  24: addsd xmm0,[ebp+0x38]
  2c: movss xmm1,[ebp+0x40]
  35: cvtss2sd xmm1,xmm1
  39: addsd xmm0,xmm1
  3d: mov esp,ebp
  3f: pop ebp
  40: ret
  41: mov eax,9
  46: call 0xFFFFFF3C

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x88]
   a: cmp edi,[esi+0xC]
  10: jb near 0x126
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp esp,[esi+0xC]
  21: jb near 0x126
  27: mov eax,[ebp+0x10]
  2e: add eax,[ebp+0x18]
  34: add eax,[ebp+0x28]
  3a: sub eax,[ebp+0x20]
  40: mov ebx,eax
  42: mov edi,[ebp+0x10]
  49: mov [esp+8],edi
  50: mov edi,[ebp+0x14]
  57: mov [esp+0xC],edi
  5e: mov edi,[ebp+0x18]
  65: mov [esp+0x10],edi
  6c: mov edi,[ebp+0x1C]
  73: mov [esp+0x14],edi
  7a: mov edi,[ebp+0x20]
  81: mov [esp+0x18],edi
  88: mov edi,[ebp+0x24]
  8f: mov [esp+0x1C],edi
  96: mov edi,[ebp+0x28]
  9d: mov [esp+0x20],edi
  a4: mov edi,[ebp+0x2C]
  ab: mov [esp+0x24],edi
  b2: mov edi,0
  b7: mov [ebp-0x10],ebx
  be: mov dword [ebp-0xC],0
  c9: mov eax,[esi+0x30]
  cf: cmp edi,[eax+4]
  d5: jae near 0x130
  db: mov eax,[eax]
  e1: mov eax,[eax+edi*8]
  e4: test eax,eax
  e6: je near 0x13A
  ec: cmp dword [eax+8],0
  f6: jne near 0x144
  fc: mov esi,[eax+4]
 102: call dword [eax]
 108: mov esi,[ebp-8]
 10b: mov ebx,[ebp-0x10]
 112: add ebx,eax
 114: cmp ebx,0x64
 11a: jl near 0x1B
 120: mov eax,ebx
 122: mov esp,ebp
 124: pop ebp
 125: ret
 126: mov eax,9
 12b: call 0xFFFFFEF1
 130: mov eax,3
 135: call 0xFFFFFEF1
 13a: mov eax,4
 13f: call 0xFFFFFEF1
 144: mov eax,5
 149: call 0xFFFFFEF1

;; func 4 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x88]
   a: cmp edi,[esi+0xC]
  10: jb near 0xD0
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[ebp+0x10]
  22: mov [esp+8],edi
  29: mov edi,[ebp+0x14]
  30: mov [esp+0xC],edi
  37: mov dword [esp+0x10],1
  42: mov dword [esp+0x14],0
  4d: mov dword [esp+0x18],2
  58: mov dword [esp+0x20],3
  63: mov dword [esp+0x24],0
  6e: mov dword [esp+0x28],4
  79: mov dword [esp+0x30],5
  84: mov dword [esp+0x38],6
  8f: call 0xFFFFFDF3
  94: mov edi,[esp+0x10]
  9b: mov [ebp-0x18],edi
  a2: mov edi,[esp+0x14]
  a9: mov [ebp-0x14],edi
  b0: mov edi,[ebp-0x18]
  b7: mov [ebp+0x18],edi
  be: mov edi,[ebp-0x14]
  c5: mov [ebp+0x1C],edi
  cc: mov esp,ebp
  ce: pop ebp
  cf: ret
  d0: mov eax,9
  d5: call 0xFFFFFDA3

;; func 5 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x98]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2D
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,0x402E0000
  20: movd xmm0,edi
  24: psllq xmm0,0x20
  29: mov esp,ebp
  2b: pop ebp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFCC9

