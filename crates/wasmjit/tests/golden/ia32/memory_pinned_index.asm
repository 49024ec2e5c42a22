;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xD6
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: cmp esp,[esi+0xC]
  2f: jb near 0xD6
  35: mov eax,[ebp-0x10]
  3c: mov edi,[esi+8]
  42: mov edi,[edi+4]
  49: sub edi,0x1004
  4f: jb near 0xE0
  55: cmp eax,edi
  57: ja near 0xE0
  5d: mov edi,[esi+8]
  63: mov edi,[edi]
  67: mov eax,[edi+eax+0x1000]
  6e: mov ecx,[ebp-0x10]
  75: mov edi,[esi+8]
  7b: mov edi,[edi+4]
  82: sub edi,4
  88: jb near 0xE0
  8e: cmp ecx,edi
  90: ja near 0xE0
  96: mov edi,[esi+8]
  9c: mov edi,[edi]
  a0: mov [edi+ecx],eax
  a7: mov eax,[ebp-0x10]
  ae: add eax,4
  b4: mov [ebp-0x10],eax
  bb: mov dword [ebp-0xC],0
  c6: cmp eax,[ebp+0x10]
  cc: jb near 0x29
  d2: mov esp,ebp
  d4: pop ebp
  d5: ret
  d6: mov eax,9
  db: call 0xFFFFFFF2
  e0: mov eax,2
  e5: call 0xFFFFFFF2

