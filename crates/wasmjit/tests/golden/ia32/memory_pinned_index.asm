;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xC2
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: cmp esp,[esi+0xC]
  2f: jb near 0xC2
  35: mov eax,[ebp-0x10]
  3c: mov edi,[esi+8]
  42: mov edi,[edi+4]
  49: sub edi,0x1004
  4f: jb near 0xCC
  55: cmp eax,edi
  57: ja near 0xCC
  5d: mov edi,[esi+8]
  63: mov edi,[edi]
  67: mov eax,[edi+eax+0x1000]
  6e: mov ecx,[ebp-0x10]
  75: mov edi,[esi+8]
  7b: cmp ecx,[edi+0x28]
  82: jae near 0xCC
  88: mov edi,[edi]
  8c: mov [edi+ecx],eax
  93: mov eax,[ebp-0x10]
  9a: add eax,4
  a0: mov [ebp-0x10],eax
  a7: mov dword [ebp-0xC],0
  b2: cmp eax,[ebp+0x10]
  b8: jb near 0x29
  be: mov esp,ebp
  c0: pop ebp
  c1: ret
  c2: mov eax,9
  c7: call 0xFFFFFFF2
  cc: mov eax,2
  d1: call 0xFFFFFFF2

