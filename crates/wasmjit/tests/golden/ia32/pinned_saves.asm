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
  10: jb near 0x142
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp esp,[esi+0xC]
  21: jb near 0x142
  27: mov edi,[ebp+0x18]
  2e: mov [esp+8],edi
  35: mov edi,[ebp+0x1C]
  3c: mov [esp+0xC],edi
  43: call 0xFFFFFFBE
  48: mov [ebp-0x10],eax
  4f: mov edi,[ebp-0x10]
  56: mov [esp+8],edi
  5d: mov edi,[ebp-0xC]
  64: mov [esp+0xC],edi
  6b: call 0xFFFFFFBE
  70: add eax,[ebp-0x10]
  76: mov [ebp-0x10],eax
  7d: mov edi,[ebp+0x10]
  84: mov [esp+8],edi
  8b: mov edi,[ebp+0x14]
  92: mov [esp+0xC],edi
  99: call 0xFFFFFFBE
  9e: mov eax,[ebp+0x10]
  a5: and eax,1
  ab: test eax,eax
  ad: je near 0xE0
  b3: mov edi,[ebp-0x10]
  ba: mov [esp+8],edi
  c1: mov edi,[ebp-0xC]
  c8: mov [esp+0xC],edi
  cf: call 0xFFFFFFBE
  d4: mov [ebp-0x10],eax
  db: jmp 0xF4
  e0: mov eax,[ebp+0x18]
  e7: add eax,1
  ed: mov [ebp+0x18],eax
  f4: mov edi,[ebp+0x18]
  fb: mov [esp+8],edi
 102: mov edi,[ebp+0x1C]
 109: mov [esp+0xC],edi
 110: call 0xFFFFFFBE
 115: mov eax,[ebp+0x10]
 11c: sub eax,1
 122: mov [ebp+0x10],eax
 129: test eax,eax
 12b: jne near 0x1B
 131: mov eax,[ebp-0x10]
 138: add eax,[ebp+0x18]
 13e: mov esp,ebp
 140: pop ebp
 141: ret
 142: mov eax,9
 147: call 0xFFFFFFB0

