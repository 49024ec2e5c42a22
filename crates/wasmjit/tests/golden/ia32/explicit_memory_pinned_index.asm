;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xB7
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: cmp esp,[esi+0xC]
  2f: jb near 0xB7
  35: mov eax,[ebp-0x10]
  3c: mov edi,[esi+8]
  42: mov edi,[edi+4]
  49: sub edi,0x1004
  4f: jb near 0xC1
  55: cmp eax,edi
  57: ja near 0xC1
  5d: mov edi,[esi+8]
  63: mov edi,[edi]
  67: mov eax,[edi+eax+0x1000]
  6e: mov ecx,[ebp-0x10]
  75: mov edi,[esi+8]
  7b: cmp ecx,[edi+0x28]
  82: jae near 0xC1
  88: mov edi,[edi]
  8c: mov [edi+ecx],eax
  93: mov eax,[ebp-0x10]
  9a: add eax,4
  a0: mov [ebp-0x10],eax
  a7: cmp eax,[ebp+0x10]
  ad: jb near 0x29
  b3: mov esp,ebp
  b5: pop ebp
  b6: ret
  b7: mov eax,9
  bc: call 0xFFFFFFF2
  c1: mov eax,2
  c6: call 0xFFFFFFF2

