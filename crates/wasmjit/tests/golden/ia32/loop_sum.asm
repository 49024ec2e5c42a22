;; func 0 sum
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xA1
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: mov ebx,[ebp+0x10]
  30: cmp esp,[esi+0xC]
  36: jb near 0xA1
  3c: cmp dword [ebp+0x18],0
  46: je near 0x96
  4c: mov edi,[esi+8]
  52: cmp ebx,[edi+0x28]
  59: jae near 0xAB
  5f: mov edi,[edi]
  63: mov eax,[edi+ebx]
  6a: add eax,[ebp-0x10]
  70: mov [ebp-0x10],eax
  77: add ebx,4
  7d: mov eax,[ebp+0x18]
  84: sub eax,1
  8a: mov [ebp+0x18],eax
  91: jmp 0x30
  96: mov eax,[ebp-0x10]
  9d: mov esp,ebp
  9f: pop ebp
  a0: ret
  a1: mov eax,9
  a6: call 0xFFFFFFF2
  ab: mov eax,2
  b0: call 0xFFFFFFF2

