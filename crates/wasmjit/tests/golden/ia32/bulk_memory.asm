;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x5A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov ecx,[ebp+0x18]
  29: mov edx,[ebp+0x20]
  30: sub esp,8
  33: push edi
  34: push ebx
  35: push edx
  36: push ecx
  37: push eax
  38: push esi
  39: mov eax,[ebp-8]
  3c: mov eax,[eax+0x14]
  42: call dword [eax+0x1C]
  48: add esp,0x20
  4b: mov esi,[ebp-8]
  4e: test eax,eax
  50: jne near 0x64
  56: mov esp,ebp
  58: pop ebp
  59: ret
  5a: mov eax,9
  5f: call 0xFFFFFFF2
  64: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x5A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov ecx,[ebp+0x18]
  29: mov edx,[ebp+0x20]
  30: sub esp,8
  33: push edi
  34: push ebx
  35: push edx
  36: push ecx
  37: push eax
  38: push esi
  39: mov eax,[ebp-8]
  3c: mov eax,[eax+0x14]
  42: call dword [eax+0x20]
  48: add esp,0x20
  4b: mov esi,[ebp-8]
  4e: test eax,eax
  50: jne near 0x64
  56: mov esp,ebp
  58: pop ebp
  59: ret
  5a: mov eax,9
  5f: call 0xFFFFFF89
  64: call 0xFFFFFF89

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x5B
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ecx,[ebp+0x10]
  22: mov edx,0
  27: mov ebx,5
  2c: mov eax,0
  31: sub esp,8
  34: push edi
  35: push ebx
  36: push edx
  37: push ecx
  38: push eax
  39: push esi
  3a: mov eax,[ebp-8]
  3d: mov eax,[eax+0x14]
  43: call dword [eax+0x24]
  49: add esp,0x20
  4c: mov esi,[ebp-8]
  4f: test eax,eax
  51: jne near 0x65
  57: mov esp,ebp
  59: pop ebp
  5a: ret
  5b: mov eax,9
  60: call 0xFFFFFF20
  65: call 0xFFFFFF20

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x18]
   a: cmp edi,[esi+0xC]
  10: jb near 0x42
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,0
  20: sub esp,8
  23: push edi
  24: push ebx
  25: push edx
  26: push ecx
  27: push eax
  28: push esi
  29: mov eax,[ebp-8]
  2c: mov eax,[eax+0x14]
  32: call dword [eax+0x28]
  38: add esp,0x20
  3b: mov esi,[ebp-8]
  3e: mov esp,ebp
  40: pop ebp
  41: ret
  42: mov eax,9
  47: call 0xFFFFFEB6

