;; func 0 g
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x18]
   a: cmp edi,[esi+0xC]
  10: jb near 0x1F
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov esp,ebp
  1d: pop ebp
  1e: ret
  1f: mov eax,9
  24: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x44
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+0x34]
  28: cmp eax,[edi+4]
  2f: jae near 0x4E
  35: mov edi,[edi]
  3c: mov eax,[edi+eax*8]
  40: mov esp,ebp
  42: pop ebp
  43: ret
  44: mov eax,9
  49: call 0xFFFFFFC9
  4e: mov eax,0xC
  53: call 0xFFFFFFC9

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x53
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x18]
  22: mov ecx,[ebp+0x10]
  29: mov edi,[esi+0x38]
  2f: cmp ecx,[edi+4]
  36: jae near 0x5D
  3c: mov edi,[edi]
  43: mov [edi+ecx*8],eax
  47: mov dword [edi+ecx*8+4],0
  4f: mov esp,ebp
  51: pop ebp
  52: ret
  53: mov eax,9
  58: call 0xFFFFFF71
  5d: mov eax,0xC
  62: call 0xFFFFFF71

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x52
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[esi+0x18]
  21: mov ecx,[ebp+0x10]
  28: mov edi,[esi+0x34]
  2e: cmp ecx,[edi+4]
  35: jae near 0x5C
  3b: mov edi,[edi]
  42: mov [edi+ecx*8],eax
  46: mov dword [edi+ecx*8+4],0
  4e: mov esp,ebp
  50: pop ebp
  51: ret
  52: mov eax,9
  57: call 0xFFFFFF0A
  5c: mov eax,0xC
  61: call 0xFFFFFF0A

;; func 4 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2C
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[esi+0x38]
  21: mov eax,[eax+4]
  28: mov esp,ebp
  2a: pop ebp
  2b: ret
  2c: mov eax,9
  31: call 0xFFFFFEA4

;; func 5 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x50
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ecx,[ebp+0x10]
  22: mov edx,[ebp+0x18]
  29: mov eax,1
  2e: sub esp,8
  31: push edi
  32: push ebx
  33: push edx
  34: push ecx
  35: push eax
  36: push esi
  37: mov eax,[ebp-8]
  3a: mov eax,[eax+0x14]
  40: call dword [eax+8]
  46: add esp,0x20
  49: mov esi,[ebp-8]
  4c: mov esp,ebp
  4e: pop ebp
  4f: ret
  50: mov eax,9
  55: call 0xFFFFFE6E

;; func 6 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x5D
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ecx,[ebp+0x10]
  22: mov edx,0
  27: mov ebx,[ebp+0x18]
  2e: mov eax,0
  33: sub esp,8
  36: push edi
  37: push ebx
  38: push edx
  39: push ecx
  3a: push eax
  3b: push esi
  3c: mov eax,[ebp-8]
  3f: mov eax,[eax+0x14]
  45: call dword [eax+0xC]
  4b: add esp,0x20
  4e: mov esi,[ebp-8]
  51: test eax,eax
  53: jne near 0x67
  59: mov esp,ebp
  5b: pop ebp
  5c: ret
  5d: mov eax,9
  62: call 0xFFFFFE14
  67: call 0xFFFFFE14

