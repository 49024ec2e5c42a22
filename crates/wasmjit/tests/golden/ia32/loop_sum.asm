;; func 0 sum
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xD0
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: cmp esp,[esi+0xC]
  2f: jb near 0xD0
  35: cmp dword [ebp+0x18],0
  3f: je near 0xC5
  45: mov eax,[ebp+0x10]
  4c: mov edi,[esi+8]
  52: cmp eax,[edi+0x28]
  59: jae near 0xDA
  5f: mov edi,[edi]
  63: mov eax,[edi+eax]
  6a: add eax,[ebp-0x10]
  70: mov [ebp-0x10],eax
  77: mov dword [ebp-0xC],0
  82: mov eax,[ebp+0x10]
  89: add eax,4
  8f: mov [ebp+0x10],eax
  96: mov dword [ebp+0x14],0
  a1: mov eax,[ebp+0x18]
  a8: sub eax,1
  ae: mov [ebp+0x18],eax
  b5: mov dword [ebp+0x1C],0
  c0: jmp 0x29
  c5: mov eax,[ebp-0x10]
  cc: mov esp,ebp
  ce: pop ebp
  cf: ret
  d0: mov eax,9
  d5: call 0xFFFFFFF2
  da: mov eax,2
  df: call 0xFFFFFFF2

