;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x56
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[ebp+0x10]
  22: mov [esp+8],edi
  29: mov edi,[ebp+0x14]
  30: mov [esp+0xC],edi
  37: mov eax,[esi+0x18]
  3d: mov esi,[eax+4]
  43: call dword [eax]
  49: mov esi,[ebp-8]
  4c: add eax,1
  52: mov esp,ebp
  54: pop ebp
  55: ret
  56: mov eax,9
  5b: call 0xFFFFFFF2

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x50
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[ebp+0x10]
  22: mov [esp+8],edi
  29: mov edi,[ebp+0x14]
  30: mov [esp+0xC],edi
  37: mov eax,[esi+0x1C]
  3d: mov esi,[eax+4]
  43: call dword [eax]
  49: mov esi,[ebp-8]
  4c: mov esp,ebp
  4e: pop ebp
  4f: ret
  50: mov eax,9
  55: call 0xFFFFFF92

