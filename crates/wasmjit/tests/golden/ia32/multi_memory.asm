;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xBC
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[esi+0x30]
  21: mov ecx,[ebp+0x10]
  28: mov edi,[eax+4]
  2f: sub edi,0xC
  35: jb near 0xC6
  3b: cmp ecx,edi
  3d: ja near 0xC6
  43: mov eax,[eax]
  4a: mov ecx,[eax+ecx+8]
  51: mov edx,[esi+0x30]
  57: mov edi,[edx+4]
  5e: sub edi,0x41
  64: jb near 0xC6
  6a: mov edx,[edx]
  71: movzx eax,byte [edx+0x40]
  79: add ecx,eax
  7b: mov eax,[ebp+0x10]
  82: mov edi,[esi+8]
  88: mov edi,[edi+4]
  8f: sub edi,4
  95: jb near 0xC6
  9b: cmp eax,edi
  9d: ja near 0xC6
  a3: mov edi,[esi+8]
  a9: mov edi,[edi]
  ad: mov eax,[edi+eax]
  b4: add ecx,eax
  b6: mov eax,ecx
  b8: mov esp,ebp
  ba: pop ebp
  bb: ret
  bc: mov eax,9
  c1: call 0xFFFFFFF2
  c6: mov eax,2
  cb: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0xEE
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x18]
  22: mov edx,[ebp+0x1C]
  29: mov ecx,[esi+0x30]
  2f: mov ebx,[ebp+0x10]
  36: mov edi,[ecx+4]
  3d: sub edi,0x18
  43: jb near 0xF8
  49: cmp ebx,edi
  4b: ja near 0xF8
  51: mov ecx,[ecx]
  58: mov [ecx+ebx+0x10],eax
  5f: mov [ecx+ebx+0x14],edx
  66: push 0x3FF80000
  6b: push 0
  70: movq xmm0,[esp]
  75: add esp,8
  78: mov eax,[esi+0x30]
  7e: mov ecx,[ebp+0x10]
  85: mov edi,[eax+4]
  8c: sub edi,8
  92: jb near 0xF8
  98: cmp ecx,edi
  9a: ja near 0xF8
  a0: mov eax,[eax]
  a7: movsd [eax+ecx],xmm0
  b0: mov eax,[ebp+0x18]
  b7: mov edx,[ebp+0x1C]
  be: mov ecx,[esi+0x30]
  c4: mov edi,[ecx+4]
  cb: sub edi,0x80000004
  d1: jb near 0xF8
  d7: mov ecx,[ecx]
  de: mov edi,0x80000000
  e3: mov [ecx+edi],eax
  ea: mov esp,ebp
  ec: pop ebp
  ed: ret
  ee: mov eax,9
  f3: call 0xFFFFFF22
  f8: mov eax,2
  fd: call 0xFFFFFF22

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
  61: call 0xFFFFFE20

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
  69: call 0xFFFFFDBA
  6e: call 0xFFFFFDBA

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
  a1: call 0xFFFFFD47
  a6: call 0xFFFFFD47

