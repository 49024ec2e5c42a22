;; func 0 sum
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xAF
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: cmp esp,[esi+0xC]
  2f: jb near 0xAF
  35: cmp dword [ebp+0x18],0
  3f: je near 0xA4
  45: mov eax,[ebp+0x10]
  4c: mov edi,[esi+8]
  52: cmp eax,[edi+0x28]
  59: jae near 0xB9
  5f: mov edi,[edi]
  63: mov eax,[edi+eax]
  6a: add eax,[ebp-0x10]
  70: mov [ebp-0x10],eax
  77: mov eax,[ebp+0x10]
  7e: add eax,4
  84: mov [ebp+0x10],eax
  8b: mov eax,[ebp+0x18]
  92: sub eax,1
  98: mov [ebp+0x18],eax
  9f: jmp 0x29
  a4: mov eax,[ebp-0x10]
  ab: mov esp,ebp
  ad: pop ebp
  ae: ret
  af: mov eax,9
  b4: call 0xFFFFFFF2
  b9: mov eax,2
  be: call 0xFFFFFFF2

