;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x78]
   a: cmp edi,[esi+0xC]
  10: jb near 0x1CA
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: mov [ebp-0x18],eax
  2f: mov [ebp-0x14],eax
  35: mov [ebp-0x20],eax
  3b: mov [ebp-0x1C],eax
  41: mov [ebp-0x28],eax
  47: mov [ebp-0x24],eax
  4d: mov [ebp-0x30],eax
  53: mov [ebp-0x2C],eax
  59: mov [ebp-0x38],eax
  5f: mov [ebp-0x34],eax
  65: mov [ebp-0x40],eax
  6b: mov [ebp-0x3C],eax
  71: mov [ebp-0x48],eax
  77: mov [ebp-0x44],eax
  7d: mov [ebp-0x50],eax
  83: mov [ebp-0x4C],eax
  89: cmp esp,[esi+0xC]
  8f: jb near 0x1CA
  95: mov eax,[ebp-0x10]
  9c: add eax,1
  a2: mov [ebp-0x10],eax
  a9: mov dword [ebp-0xC],0
  b4: mov eax,[ebp-0x18]
  bb: add eax,[ebp-0x10]
  c1: mov [ebp-0x18],eax
  c8: mov dword [ebp-0x14],0
  d3: mov eax,[ebp-0x20]
  da: add eax,[ebp-0x18]
  e0: mov [ebp-0x20],eax
  e7: mov dword [ebp-0x1C],0
  f2: mov eax,[ebp-0x28]
  f9: add eax,[ebp-0x20]
  ff: mov [ebp-0x28],eax
 106: mov dword [ebp-0x24],0
 111: mov eax,[ebp-0x30]
 118: add eax,[ebp-0x28]
 11e: mov [ebp-0x30],eax
 125: mov dword [ebp-0x2C],0
 130: mov eax,[ebp-0x38]
 137: add eax,[ebp-0x30]
 13d: mov [ebp-0x38],eax
 144: mov dword [ebp-0x34],0
 14f: mov eax,[ebp-0x40]
 156: add eax,[ebp-0x38]
 15c: mov [ebp-0x40],eax
 163: mov dword [ebp-0x3C],0
 16e: mov eax,[ebp-0x48]
 175: add eax,[ebp-0x40]
 17b: mov [ebp-0x48],eax
 182: mov dword [ebp-0x44],0
 18d: mov eax,[ebp-0x50]
 194: add eax,[ebp-0x48]
 19a: mov [ebp-0x50],eax
 1a1: mov dword [ebp-0x4C],0
 1ac: mov eax,[ebp-0x10]
 1b3: cmp eax,[ebp+0x10]
 1b9: jne near 0x89
 1bf: mov eax,[ebp-0x50]
 1c6: mov esp,ebp
 1c8: pop ebp
 1c9: ret
 1ca: mov eax,9
 1cf: call 0xFFFFFFF2

