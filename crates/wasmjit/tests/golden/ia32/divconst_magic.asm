;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x61
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ecx,[ebp+0x10]
  22: mov eax,0x24924925
  27: mul ecx
  29: mov eax,ecx
  2b: sub eax,edx
  2d: shr eax,1
  30: add eax,edx
  32: shr eax,2
  35: mov ecx,eax
  37: mov ebx,[ebp+0x10]
  3e: mov eax,0x9999999A
  43: mul ebx
  45: mov eax,ebx
  47: sub eax,edx
  49: shr eax,1
  4c: add eax,edx
  4e: shr eax,3
  51: imul eax,0xA
  57: sub ebx,eax
  59: add ecx,ebx
  5b: mov eax,ecx
  5d: mov esp,ebp
  5f: pop ebp
  60: ret
  61: mov eax,9
  66: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x7F
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ecx,[ebp+0x10]
  22: mov eax,0x92492493
  27: imul ecx
  29: add edx,ecx
  2b: sar edx,2
  2e: mov eax,ecx
  30: sar eax,0x1F
  33: sub edx,eax
  35: mov ecx,edx
  37: mov ebx,[ebp+0x10]
  3e: mov eax,0xCCCCCCCD
  43: imul ebx
  45: add edx,ebx
  47: sar edx,3
  4a: mov eax,ebx
  4c: sar eax,0x1F
  4f: sub edx,eax
  51: imul edx,0xA
  57: sub ebx,edx
  59: add ecx,ebx
  5b: mov ebx,[ebp+0x10]
  62: mov eax,0xAAAAAAAB
  67: imul ebx
  69: add edx,ebx
  6b: sar edx,1
  6e: mov eax,ebx
  70: sar eax,0x1F
  73: sub edx,eax
  75: neg edx
  77: add ecx,edx
  79: mov eax,ecx
  7b: mov esp,ebp
  7d: pop ebp
  7e: ret
  7f: mov eax,9
  84: call 0xFFFFFF87

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
  29: mov edx,7
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
  6d: mov edx,0x3E8
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
  c6: call 0xFFFFFEFE
  cb: call 0xFFFFFEFE

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
  29: mov edx,7
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
  6d: mov edx,0xA
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
  d9: mov edx,0xFFFFFFFD
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
 132: call 0xFFFFFE2E
 137: call 0xFFFFFE2E

