;; func 0 inc
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2C
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: add eax,1
  28: mov esp,ebp
  2a: pop ebp
  2b: ret
  2c: mov eax,9
  31: call 0xFFFFFFF2

;; func 1 dbl
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x29
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: shl eax,1
  25: mov esp,ebp
  27: pop ebp
  28: ret
  29: mov eax,9
  2e: call 0xFFFFFFBC

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x84
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[ebp+0x18]
  22: mov [esp+8],edi
  29: mov edi,[ebp+0x1C]
  30: mov [esp+0xC],edi
  37: mov edi,[ebp+0x10]
  3e: mov eax,[esi+0x28]
  44: cmp edi,[eax+4]
  4a: jae near 0x8E
  50: mov eax,[eax]
  56: mov eax,[eax+edi*8]
  59: test eax,eax
  5b: je near 0x98
  61: cmp dword [eax+8],0
  6b: jne near 0xA2
  71: mov esi,[eax+4]
  77: call dword [eax]
  7d: mov esi,[ebp-8]
  80: mov esp,ebp
  82: pop ebp
  83: ret
  84: mov eax,9
  89: call 0xFFFFFF89
  8e: mov eax,3
  93: call 0xFFFFFF89
  98: mov eax,4
  9d: call 0xFFFFFF89
  a2: mov eax,5
  a7: call 0xFFFFFF89

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x82
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[ebp+0x10]
  22: mov [esp+8],edi
  29: mov edi,[ebp+0x14]
  30: mov [esp+0xC],edi
  37: mov edi,1
  3c: mov eax,[esi+0x28]
  42: cmp edi,[eax+4]
  48: jae near 0x8C
  4e: mov eax,[eax]
  54: mov eax,[eax+edi*8]
  57: test eax,eax
  59: je near 0x96
  5f: cmp dword [eax+8],0
  69: jne near 0xA0
  6f: mov esi,[eax+4]
  75: call dword [eax]
  7b: mov esi,[ebp-8]
  7e: mov esp,ebp
  80: pop ebp
  81: ret
  82: mov eax,9
  87: call 0xFFFFFEDD
  8c: mov eax,3
  91: call 0xFFFFFEDD
  96: mov eax,4
  9b: call 0xFFFFFEDD
  a0: mov eax,5
  a5: call 0xFFFFFEDD

