;; func 1 fail
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x18]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2B
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp esp,[esi+0xC]
  21: jb near 0x2B
  27: mov esp,ebp
  29: pop ebp
  2a: ret
  2b: mov eax,9
  30: call 0xFFFFFFF2

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0xDC
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: cmp eax,[edi+0x28]
  2f: jae near 0xE6
  35: mov edi,[edi]
  39: mov eax,[edi+eax]
  40: cmp [ebp+0x18],eax
  46: jb near 0xA3
  4c: mov dword [esp+8],1
  57: mov dword [esp+0x10],2
  62: mov edi,[ebp+0x18]
  69: mov [esp+0x18],edi
  70: mov edi,[ebp+0x1C]
  77: mov [esp+0x1C],edi
  7e: mov dword [esp+0x20],4
  89: mov eax,[esi+0x18]
  8f: mov esi,[eax+4]
  95: call dword [eax]
  9b: mov esi,[ebp-8]
  9e: jmp 0xF0
  a3: mov eax,[ebp+0x18]
  aa: shl eax,2
  ad: add eax,[ebp+0x10]
  b3: mov ecx,[ebp+0x20]
  ba: mov edi,[esi+8]
  c0: cmp eax,[edi+0x28]
  c7: jae near 0xE6
  cd: mov edi,[edi]
  d1: mov [edi+eax],ecx
  d8: mov esp,ebp
  da: pop ebp
  db: ret
  dc: mov eax,9
  e1: call 0xFFFFFFBD
  e6: mov eax,2
  eb: call 0xFFFFFFBD
  f0: mov eax,1
  f5: call 0xFFFFFFBD

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xA4
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp dword [ebp+0x10],0
  25: jne near 0x35
  2b: call 0xFFFFFED1
  30: jmp 0xAE
  35: cmp dword [ebp+0x10],7
  3f: jne near 0x93
  45: mov edi,[ebp+0x10]
  4c: mov eax,[esi+0x2C]
  52: cmp edi,[eax+4]
  58: jae near 0xB8
  5e: mov eax,[eax]
  64: mov eax,[eax+edi*8]
  67: test eax,eax
  69: je near 0xC2
  6f: cmp dword [eax+8],0
  79: jne near 0xCC
  7f: mov esi,[eax+4]
  85: call dword [eax]
  8b: mov esi,[ebp-8]
  8e: jmp 0xAE
  93: mov eax,[ebp+0x10]
  9a: add eax,1
  a0: mov esp,ebp
  a2: pop ebp
  a3: ret
  a4: mov eax,9
  a9: call 0xFFFFFEC3
  ae: mov eax,1
  b3: call 0xFFFFFEC3
  b8: mov eax,3
  bd: call 0xFFFFFEC3
  c2: mov eax,4
  c7: call 0xFFFFFEC3
  cc: mov eax,5
  d1: call 0xFFFFFEC3

;; func 4 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x68]
   a: cmp edi,[esi+0xC]
  10: jb near 0xD3
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: mov ebx,[ebp+0x10]
  30: cmp esp,[esi+0xC]
  36: jb near 0xD3
  3c: cmp ebx,0x64
  42: jbe near 0x8E
  48: mov dword [esp+8],0
  53: mov dword [esp+0x10],0
  5e: mov dword [esp+0x18],0
  69: mov dword [esp+0x20],0
  74: mov eax,[esi+0x18]
  7a: mov esi,[eax+4]
  80: call dword [eax]
  86: mov esi,[ebp-8]
  89: jmp 0xDD
  8e: mov [ebp+0x10],ebx
  95: mov dword [ebp+0x14],0
  a0: call 0xFFFFFDFB
  a5: mov ebx,[ebp+0x10]
  ac: mov eax,[ebp-0x10]
  b3: add eax,ebx
  b5: mov [ebp-0x10],eax
  bc: sub ebx,1
  c2: jne near 0x30
  c8: mov eax,[ebp-0x10]
  cf: mov esp,ebp
  d1: pop ebp
  d2: ret
  d3: mov eax,9
  d8: call 0xFFFFFDED
  dd: mov eax,1
  e2: call 0xFFFFFDED

