;; func 0 f
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x38
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp esp,[esi+0xC]
  21: jb near 0x38
  27: mov eax,[ebp+0x10]
  2e: add eax,1
  34: mov esp,ebp
  36: pop ebp
  37: ret
  38: mov eax,9
  3d: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x179
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp esp,[esi+0xC]
  21: jb near 0x179
  27: mov edi,[ebp+0x18]
  2e: mov [esp+8],edi
  35: mov edi,[ebp+0x1C]
  3c: mov [esp+0xC],edi
  43: call 0xFFFFFFBE
  48: mov [ebp-0x10],eax
  4f: mov dword [ebp-0xC],0
  5a: mov edi,[ebp-0x10]
  61: mov [esp+8],edi
  68: mov edi,[ebp-0xC]
  6f: mov [esp+0xC],edi
  76: call 0xFFFFFFBE
  7b: add eax,[ebp-0x10]
  81: mov [ebp-0x10],eax
  88: mov dword [ebp-0xC],0
  93: mov edi,[ebp+0x10]
  9a: mov [esp+8],edi
  a1: mov edi,[ebp+0x14]
  a8: mov [esp+0xC],edi
  af: call 0xFFFFFFBE
  b4: mov eax,[ebp+0x10]
  bb: and eax,1
  c1: test eax,eax
  c3: je near 0x101
  c9: mov edi,[ebp-0x10]
  d0: mov [esp+8],edi
  d7: mov edi,[ebp-0xC]
  de: mov [esp+0xC],edi
  e5: call 0xFFFFFFBE
  ea: mov [ebp-0x10],eax
  f1: mov dword [ebp-0xC],0
  fc: jmp 0x120
 101: mov eax,[ebp+0x18]
 108: add eax,1
 10e: mov [ebp+0x18],eax
 115: mov dword [ebp+0x1C],0
 120: mov edi,[ebp+0x18]
 127: mov [esp+8],edi
 12e: mov edi,[ebp+0x1C]
 135: mov [esp+0xC],edi
 13c: call 0xFFFFFFBE
 141: mov eax,[ebp+0x10]
 148: sub eax,1
 14e: mov [ebp+0x10],eax
 155: mov dword [ebp+0x14],0
 160: test eax,eax
 162: jne near 0x1B
 168: mov eax,[ebp-0x10]
 16f: add eax,[ebp+0x18]
 175: mov esp,ebp
 177: pop ebp
 178: ret
 179: mov eax,9
 17e: call 0xFFFFFFB0

