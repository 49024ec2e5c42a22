;; func 0 nop
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
  10: jb near 0x68
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[ebp+0x10]
  22: mov eax,[esi+0x24]
  28: cmp edi,[eax+4]
  2e: jae near 0x72
  34: mov eax,[eax]
  3a: mov eax,[eax+edi*8]
  3d: test eax,eax
  3f: je near 0x7C
  45: cmp dword [eax+8],0
  4f: jne near 0x86
  55: mov esi,[eax+4]
  5b: call dword [eax]
  61: mov esi,[ebp-8]
  64: mov esp,ebp
  66: pop ebp
  67: ret
  68: mov eax,9
  6d: call 0xFFFFFFC9
  72: mov eax,3
  77: call 0xFFFFFFC9
  7c: mov eax,4
  81: call 0xFFFFFFC9
  86: mov eax,5
  8b: call 0xFFFFFFC9

