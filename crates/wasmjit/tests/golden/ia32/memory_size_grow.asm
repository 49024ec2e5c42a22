;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2F
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[esi+8]
  21: mov eax,[eax+4]
  28: shr eax,0x10
  2b: mov esp,ebp
  2d: pop ebp
  2e: ret
  2f: mov eax,9
  34: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x4A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov esi,[esi+8]
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
  46: mov esp,ebp
  48: pop ebp
  49: ret
  4a: mov eax,9
  4f: call 0xFFFFFFB9

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x5A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,1
  20: mov esi,[esi+8]
  26: sub esp,8
  29: push edi
  2a: push ebx
  2b: push edx
  2c: push ecx
  2d: push eax
  2e: push esi
  2f: mov eax,[ebp-8]
  32: mov eax,[eax+0x14]
  38: call dword [eax+4]
  3e: add esp,0x20
  41: mov esi,[ebp-8]
  44: mov ecx,[esi+8]
  4a: mov ecx,[ecx+4]
  51: shr ecx,0x10
  54: add eax,ecx
  56: mov esp,ebp
  58: pop ebp
  59: ret
  5a: mov eax,9
  5f: call 0xFFFFFF65

