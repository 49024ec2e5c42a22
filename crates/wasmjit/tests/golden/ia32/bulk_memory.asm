;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x5F
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ecx,[ebp+0x10]
  22: mov edx,[ebp+0x18]
  29: mov ebx,[ebp+0x20]
  30: mov eax,0
  35: sub esp,8
  38: push edi
  39: push ebx
  3a: push edx
  3b: push ecx
  3c: push eax
  3d: push esi
  3e: mov eax,[ebp-8]
  41: mov eax,[eax+0x14]
  47: call dword [eax+0x1C]
  4d: add esp,0x20
  50: mov esi,[ebp-8]
  53: test eax,eax
  55: jne near 0x69
  5b: mov esp,ebp
  5d: pop ebp
  5e: ret
  5f: mov eax,9
  64: call 0xFFFFFFF2
  69: call 0xFFFFFFF2

;; func 1 
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
  30: mov eax,0
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
  69: call 0xFFFFFF84
  6e: call 0xFFFFFF84

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x60
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edx,[ebp+0x10]
  22: mov ebx,0
  27: mov edi,5
  2c: mov eax,0
  31: mov ecx,0
  36: sub esp,8
  39: push edi
  3a: push ebx
  3b: push edx
  3c: push ecx
  3d: push eax
  3e: push esi
  3f: mov eax,[ebp-8]
  42: mov eax,[eax+0x14]
  48: call dword [eax+0x24]
  4e: add esp,0x20
  51: mov esi,[ebp-8]
  54: test eax,eax
  56: jne near 0x6A
  5c: mov esp,ebp
  5e: pop ebp
  5f: ret
  60: mov eax,9
  65: call 0xFFFFFF11
  6a: call 0xFFFFFF11

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
  47: call 0xFFFFFEA2

