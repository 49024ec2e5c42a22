;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x38
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: shr eax,3
  25: mov ecx,[ebp+0x10]
  2c: and ecx,7
  32: add eax,ecx
  34: mov esp,ebp
  36: pop ebp
  37: ret
  38: mov eax,9
  3d: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x68
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov ecx,eax
  24: sar ecx,0x1F
  27: shr ecx,0x1E
  2a: add ecx,eax
  2c: sar ecx,2
  2f: mov eax,[ebp+0x10]
  36: mov edx,eax
  38: sar edx,0x1F
  3b: shr edx,0x1C
  3e: add edx,eax
  40: and edx,0xFFFFFFF0
  46: sub eax,edx
  48: add ecx,eax
  4a: mov eax,[ebp+0x10]
  51: mov edx,eax
  53: sar edx,0x1F
  56: shr edx,0x1E
  59: add edx,eax
  5b: sar edx,2
  5e: neg edx
  60: add ecx,edx
  62: mov eax,ecx
  64: mov esp,ebp
  66: pop ebp
  67: ret
  68: mov eax,9
  6d: call 0xFFFFFFB0

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xC1
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov ecx,[ebp+0x14]
  29: mov edx,0x400
  2e: mov ebx,0
  33: lea edi,[ebp-0x10]
  39: sub esp,8
  3c: push edi
  3d: push ebx
  3e: push edx
  3f: push ecx
  40: push eax
  41: push esi
  42: mov eax,[ebp-8]
  45: mov eax,[eax+0x14]
  4b: call dword [eax+0x30]
  51: add esp,0x20
  54: mov esi,[ebp-8]
  57: test eax,eax
  59: jne near 0xCB
  5f: mov eax,[ebp+0x10]
  66: mov ecx,[ebp+0x14]
  6d: mov edx,2
  72: mov ebx,0
  77: lea edi,[ebp-0x18]
  7d: sub esp,8
  80: push edi
  81: push ebx
  82: push edx
  83: push ecx
  84: push eax
  85: push esi
  86: mov eax,[ebp-8]
  89: mov eax,[eax+0x14]
  8f: call dword [eax+0x38]
  95: add esp,0x20
  98: mov esi,[ebp-8]
  9b: test eax,eax
  9d: jne near 0xCB
  a3: mov eax,[ebp-0x10]
  aa: mov edx,[ebp-0xC]
  b1: add eax,[ebp-0x18]
  b7: adc edx,[ebp-0x14]
  bd: mov esp,ebp
  bf: pop ebp
  c0: ret
  c1: mov eax,9
  c6: call 0xFFFFFF3E
  cb: call 0xFFFFFF3E

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x12D
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov ecx,[ebp+0x14]
  29: mov edx,4
  2e: mov ebx,0
  33: lea edi,[ebp-0x10]
  39: sub esp,8
  3c: push edi
  3d: push ebx
  3e: push edx
  3f: push ecx
  40: push eax
  41: push esi
  42: mov eax,[ebp-8]
  45: mov eax,[eax+0x14]
  4b: call dword [eax+0x2C]
  51: add esp,0x20
  54: mov esi,[ebp-8]
  57: test eax,eax
  59: jne near 0x137
  5f: mov eax,[ebp+0x10]
  66: mov ecx,[ebp+0x14]
  6d: mov edx,0x10
  72: mov ebx,0
  77: lea edi,[ebp-0x18]
  7d: sub esp,8
  80: push edi
  81: push ebx
  82: push edx
  83: push ecx
  84: push eax
  85: push esi
  86: mov eax,[ebp-8]
  89: mov eax,[eax+0x14]
  8f: call dword [eax+0x34]
  95: add esp,0x20
  98: mov esi,[ebp-8]
  9b: test eax,eax
  9d: jne near 0x137
  a3: mov eax,[ebp-0x10]
  aa: mov edx,[ebp-0xC]
  b1: add eax,[ebp-0x18]
  b7: adc edx,[ebp-0x14]
  bd: mov [ebp-0x10],eax
  c4: mov [ebp-0xC],edx
  cb: mov eax,[ebp+0x10]
  d2: mov ecx,[ebp+0x14]
  d9: mov edx,0xFFFFFFF8
  de: mov ebx,0xFFFFFFFF
  e3: lea edi,[ebp-0x18]
  e9: sub esp,8
  ec: push edi
  ed: push ebx
  ee: push edx
  ef: push ecx
  f0: push eax
  f1: push esi
  f2: mov eax,[ebp-8]
  f5: mov eax,[eax+0x14]
  fb: call dword [eax+0x2C]
 101: add esp,0x20
 104: mov esi,[ebp-8]
 107: test eax,eax
 109: jne near 0x137
 10f: mov eax,[ebp-0x10]
 116: mov edx,[ebp-0xC]
 11d: add eax,[ebp-0x18]
 123: adc edx,[ebp-0x14]
 129: mov esp,ebp
 12b: pop ebp
 12c: ret
 12d: mov eax,9
 132: call 0xFFFFFE6E
 137: call 0xFFFFFE6E

