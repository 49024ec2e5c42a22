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
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0x1FA
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x18],eax
  23: mov [ebp-0x14],eax
  29: mov [ebp-0x20],eax
  2f: mov [ebp-0x1C],eax
  35: mov [ebp-0x28],eax
  3b: mov [ebp-0x24],eax
  41: cmp esp,[esi+0xC]
  47: jb near 0x1FA
  4d: mov edi,[ebp+0x18]
  54: mov [esp+8],edi
  5b: mov edi,[ebp+0x1C]
  62: mov [esp+0xC],edi
  69: call 0xFFFFFFBE
  6e: mov [ebp-0x10],eax
  75: mov edi,[ebp-0x10]
  7c: mov [esp+8],edi
  83: mov edi,[ebp-0xC]
  8a: mov [esp+0xC],edi
  91: call 0xFFFFFFBE
  96: add eax,[ebp-0x10]
  9c: mov [ebp-0x10],eax
  a3: mov edi,[ebp+0x10]
  aa: mov [esp+8],edi
  b1: mov edi,[ebp+0x14]
  b8: mov [esp+0xC],edi
  bf: call 0xFFFFFFBE
  c4: mov eax,[ebp+0x10]
  cb: and eax,1
  d1: test eax,eax
  d3: je near 0x106
  d9: mov edi,[ebp-0x10]
  e0: mov [esp+8],edi
  e7: mov edi,[ebp-0xC]
  ee: mov [esp+0xC],edi
  f5: call 0xFFFFFFBE
  fa: mov [ebp-0x10],eax
 101: jmp 0x11A
 106: mov eax,[ebp+0x18]
 10d: add eax,1
 113: mov [ebp+0x18],eax
 11a: mov edi,[ebp+0x18]
 121: mov [esp+8],edi
 128: mov edi,[ebp+0x1C]
 12f: mov [esp+0xC],edi
 136: call 0xFFFFFFBE
 13b: mov eax,[ebp-0x18]
 142: add eax,[ebp-0x20]
 148: mov [ebp-0x28],eax
 14f: mov eax,[ebp-0x28]
 156: xor eax,[ebp-0x18]
 15c: mov [ebp-0x20],eax
 163: mov eax,[ebp-0x20]
 16a: add eax,[ebp-0x28]
 170: mov [ebp-0x18],eax
 177: mov eax,[ebp-0x18]
 17e: sub eax,[ebp-0x20]
 184: mov [ebp-0x28],eax
 18b: mov eax,[ebp-0x28]
 192: or eax,[ebp-0x18]
 198: mov [ebp-0x20],eax
 19f: mov eax,[ebp-0x20]
 1a6: and eax,[ebp-0x28]
 1ac: mov [ebp-0x18],eax
 1b3: mov eax,[ebp-0x18]
 1ba: add eax,[ebp-0x20]
 1c0: mov [ebp-0x28],eax
 1c7: mov eax,[ebp+0x10]
 1ce: sub eax,1
 1d4: mov [ebp+0x10],eax
 1db: test eax,eax
 1dd: jne near 0x41
 1e3: mov eax,[ebp-0x10]
 1ea: add eax,[ebp+0x18]
 1f0: add eax,[ebp-0x28]
 1f6: mov esp,ebp
 1f8: pop ebp
 1f9: ret
 1fa: mov eax,9
 1ff: call 0xFFFFFFB0

