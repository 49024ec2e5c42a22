;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x37
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ecx,0
  20: mov eax,[ebp+0x10]
  27: jmp 0x41
  2c: mov edx,0
  31: div ecx
  33: mov esp,ebp
  35: pop ebp
  36: ret
  37: mov eax,9
  3c: call 0xFFFFFFF2
  41: mov eax,7
  46: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x32
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: and eax,0
  28: add eax,[ebp+0x10]
  2e: mov esp,ebp
  30: pop ebp
  31: ret
  32: mov eax,9
  37: call 0xFFFFFFA7

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
  29: mov edx,0xFFFFFFFF
  2e: mov ebx,0xFFFFFFFF
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
  59: jne near 0xCB
  5f: mov eax,[ebp+0x10]
  66: mov ecx,[ebp+0x14]
  6d: mov edx,0xFFFFFFFF
  72: mov ebx,0xFFFFFFFF
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
  9d: jne near 0xCB
  a3: mov eax,[ebp-0x10]
  aa: mov edx,[ebp-0xC]
  b1: add eax,[ebp-0x18]
  b7: adc edx,[ebp-0x14]
  bd: mov esp,ebp
  bf: pop ebp
  c0: ret
  c1: mov eax,9
  c6: call 0xFFFFFF6B
  cb: call 0xFFFFFF6B

