;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xC2
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ecx,[ebp+0x18]
  22: mov eax,[ebp+0x10]
  29: test ecx,ecx
  2b: je near 0xCC
  31: cmp ecx,0xFFFFFFFF
  37: jne near 0x48
  3d: cmp eax,0x80000000
  42: je near 0xD6
  48: cdq
  49: idiv ecx
  4b: mov ecx,eax
  4d: mov ebx,[ebp+0x18]
  54: mov eax,[ebp+0x10]
  5b: test ebx,ebx
  5d: je near 0xCC
  63: mov edx,0
  68: div ebx
  6a: add ecx,eax
  6c: mov ebx,[ebp+0x18]
  73: mov eax,[ebp+0x10]
  7a: test ebx,ebx
  7c: je near 0xCC
  82: cmp ebx,0xFFFFFFFF
  88: jne near 0x98
  8e: mov edx,0
  93: jmp 0x9B
  98: cdq
  99: idiv ebx
  9b: add ecx,edx
  9d: mov ebx,[ebp+0x18]
  a4: mov eax,[ebp+0x10]
  ab: test ebx,ebx
  ad: je near 0xCC
  b3: mov edx,0
  b8: div ebx
  ba: add ecx,edx
  bc: mov eax,ecx
  be: mov esp,ebp
  c0: pop ebp
  c1: ret
  c2: mov eax,9
  c7: call 0xFFFFFFF2
  cc: mov eax,7
  d1: call 0xFFFFFFF2
  d6: mov eax,6
  db: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x1A9
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov ecx,[ebp+0x14]
  29: mov edx,[ebp+0x18]
  30: mov ebx,[ebp+0x1C]
  37: lea edi,[ebp-0x10]
  3d: sub esp,8
  40: push edi
  41: push ebx
  42: push edx
  43: push ecx
  44: push eax
  45: push esi
  46: mov eax,[ebp-8]
  49: mov eax,[eax+0x14]
  4f: call dword [eax+0x2C]
  55: add esp,0x20
  58: mov esi,[ebp-8]
  5b: test eax,eax
  5d: jne near 0x1B3
  63: mov eax,[ebp+0x10]
  6a: mov ecx,[ebp+0x14]
  71: mov edx,[ebp+0x18]
  78: mov ebx,[ebp+0x1C]
  7f: lea edi,[ebp-0x18]
  85: sub esp,8
  88: push edi
  89: push ebx
  8a: push edx
  8b: push ecx
  8c: push eax
  8d: push esi
  8e: mov eax,[ebp-8]
  91: mov eax,[eax+0x14]
  97: call dword [eax+0x30]
  9d: add esp,0x20
  a0: mov esi,[ebp-8]
  a3: test eax,eax
  a5: jne near 0x1B3
  ab: mov eax,[ebp-0x10]
  b2: mov edx,[ebp-0xC]
  b9: add eax,[ebp-0x18]
  bf: adc edx,[ebp-0x14]
  c5: mov [ebp-0x10],eax
  cc: mov [ebp-0xC],edx
  d3: mov eax,[ebp+0x10]
  da: mov ecx,[ebp+0x14]
  e1: mov edx,[ebp+0x18]
  e8: mov ebx,[ebp+0x1C]
  ef: lea edi,[ebp-0x18]
  f5: sub esp,8
  f8: push edi
  f9: push ebx
  fa: push edx
  fb: push ecx
  fc: push eax
  fd: push esi
  fe: mov eax,[ebp-8]
 101: mov eax,[eax+0x14]
 107: call dword [eax+0x34]
 10d: add esp,0x20
 110: mov esi,[ebp-8]
 113: test eax,eax
 115: jne near 0x1B3
 11b: mov eax,[ebp-0x10]
 122: mov edx,[ebp-0xC]
 129: add eax,[ebp-0x18]
 12f: adc edx,[ebp-0x14]
 135: mov [ebp-0x10],eax
 13c: mov [ebp-0xC],edx
 143: mov eax,[ebp+0x10]
 14a: mov ecx,[ebp+0x14]
 151: mov edx,[ebp+0x18]
 158: mov ebx,[ebp+0x1C]
 15f: lea edi,[ebp-0x18]
 165: sub esp,8
 168: push edi
 169: push ebx
 16a: push edx
 16b: push ecx
 16c: push eax
 16d: push esi
 16e: mov eax,[ebp-8]
 171: mov eax,[eax+0x14]
 177: call dword [eax+0x38]
 17d: add esp,0x20
 180: mov esi,[ebp-8]
 183: test eax,eax
 185: jne near 0x1B3
 18b: mov eax,[ebp-0x10]
 192: mov edx,[ebp-0xC]
 199: add eax,[ebp-0x18]
 19f: adc edx,[ebp-0x14]
 1a5: mov esp,ebp
 1a7: pop ebp
 1a8: ret
 1a9: mov eax,9
 1ae: call 0xFFFFFF12
 1b3: call 0xFFFFFF12

