;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x98
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[esi+0x30]
  21: mov ecx,[ebp+0x10]
  28: cmp ecx,[eax+0x48]
  2f: jae near 0xA2
  35: mov eax,[eax]
  3c: mov ecx,[eax+ecx+8]
  43: mov edx,[esi+0x30]
  49: cmp dword [edx+4],0x41
  54: jb near 0xA2
  5a: mov edx,[edx]
  61: movzx eax,byte [edx+0x40]
  69: add ecx,eax
  6b: mov eax,[ebp+0x10]
  72: mov edi,[esi+8]
  78: cmp eax,[edi+0x28]
  7f: jae near 0xA2
  85: mov edi,[edi]
  89: mov eax,[edi+eax]
  90: add ecx,eax
  92: mov eax,ecx
  94: mov esp,ebp
  96: pop ebp
  97: ret
  98: mov eax,9
  9d: call 0xFFFFFFF2
  a2: mov eax,2
  a7: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0xCC
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x18]
  22: mov edx,[ebp+0x1C]
  29: mov ecx,[esi+0x30]
  2f: mov ebx,[ebp+0x10]
  36: cmp ebx,[ecx+0x78]
  3d: jae near 0xD6
  43: mov ecx,[ecx]
  4a: mov [ecx+ebx+0x10],eax
  51: mov [ecx+ebx+0x14],edx
  58: mov edi,0x3FF80000
  5d: movd xmm0,edi
  61: psllq xmm0,0x20
  66: mov eax,[esi+0x30]
  6c: mov ecx,[ebp+0x10]
  73: cmp ecx,[eax+0x38]
  7a: jae near 0xD6
  80: mov eax,[eax]
  87: movsd [eax+ecx],xmm0
  90: mov eax,[ebp+0x18]
  97: mov edx,[ebp+0x1C]
  9e: mov ecx,[esi+0x30]
  a4: cmp dword [ecx+4],0x80000004
  af: jb near 0xD6
  b5: mov ecx,[ecx]
  bc: mov edi,0x80000000
  c1: mov [ecx+edi],eax
  c8: mov esp,ebp
  ca: pop ebp
  cb: ret
  cc: mov eax,9
  d1: call 0xFFFFFF46
  d6: mov eax,2
  db: call 0xFFFFFF46

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x5C
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov esi,[esi+0x30]
  28: sub esp,8
  2b: push edi
  2c: push ebx
  2d: push edx
  2e: push ecx
  2f: push eax
  30: push esi
  31: mov eax,[ebp-8]
  34: mov eax,[eax+0x14]
  3a: call dword [eax+4]
  40: add esp,0x20
  43: mov esi,[ebp-8]
  46: mov ecx,[esi+0x30]
  4c: mov ecx,[ecx+4]
  53: shr ecx,0x10
  56: add eax,ecx
  58: mov esp,ebp
  5a: pop ebp
  5b: ret
  5c: mov eax,9
  61: call 0xFFFFFE66

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x64
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edx,[ebp+0x10]
  22: mov ebx,[ebp+0x18]
  29: mov edi,[ebp+0x20]
  30: mov eax,1
  35: mov ecx,0
  3a: sub esp,8
  3d: push edi
  3e: push ebx
  3f: push edx
  40: push ecx
  41: push eax
  42: push esi
  43: mov eax,[ebp-8]
  46: mov eax,[eax+0x14]
  4c: call dword [eax+0x20]
  52: add esp,0x20
  55: mov esi,[ebp-8]
  58: test eax,eax
  5a: jne near 0x6E
  60: mov esp,ebp
  62: pop ebp
  63: ret
  64: mov eax,9
  69: call 0xFFFFFE00
  6e: call 0xFFFFFE00

;; func 4 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x9C
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ecx,[ebp+0x10]
  22: mov edx,7
  27: mov ebx,3
  2c: mov eax,1
  31: sub esp,8
  34: push edi
  35: push ebx
  36: push edx
  37: push ecx
  38: push eax
  39: push esi
  3a: mov eax,[ebp-8]
  3d: mov eax,[eax+0x14]
  43: call dword [eax+0x1C]
  49: add esp,0x20
  4c: mov esi,[ebp-8]
  4f: test eax,eax
  51: jne near 0xA6
  57: mov edx,[ebp+0x10]
  5e: mov ebx,0
  63: mov edi,5
  68: mov eax,1
  6d: mov ecx,0
  72: sub esp,8
  75: push edi
  76: push ebx
  77: push edx
  78: push ecx
  79: push eax
  7a: push esi
  7b: mov eax,[ebp-8]
  7e: mov eax,[eax+0x14]
  84: call dword [eax+0x24]
  8a: add esp,0x20
  8d: mov esi,[ebp-8]
  90: test eax,eax
  92: jne near 0xA6
  98: mov esp,ebp
  9a: pop ebp
  9b: ret
  9c: mov eax,9
  a1: call 0xFFFFFD8D
  a6: call 0xFFFFFD8D

