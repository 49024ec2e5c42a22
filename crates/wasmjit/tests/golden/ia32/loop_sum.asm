;; func 0 sum
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xE4
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: cmp esp,[esi+0xC]
  2f: jb near 0xE4
  35: cmp dword [ebp+0x18],0
  3f: je near 0xD9
  45: mov eax,[ebp+0x10]
  4c: mov edi,[esi+8]
  52: mov edi,[edi+4]
  59: sub edi,4
  5f: jb near 0xEE
  65: cmp eax,edi
  67: ja near 0xEE
  6d: mov edi,[esi+8]
  73: mov edi,[edi]
  77: mov eax,[edi+eax]
  7e: add eax,[ebp-0x10]
  84: mov [ebp-0x10],eax
  8b: mov dword [ebp-0xC],0
  96: mov eax,[ebp+0x10]
  9d: add eax,4
  a3: mov [ebp+0x10],eax
  aa: mov dword [ebp+0x14],0
  b5: mov eax,[ebp+0x18]
  bc: sub eax,1
  c2: mov [ebp+0x18],eax
  c9: mov dword [ebp+0x1C],0
  d4: jmp 0x29
  d9: mov eax,[ebp-0x10]
  e0: mov esp,ebp
  e2: pop ebp
  e3: ret
  e4: mov eax,9
  e9: call 0xFFFFFFF2
  ee: mov eax,2
  f3: call 0xFFFFFFF2

