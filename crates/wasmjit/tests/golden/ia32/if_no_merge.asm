;; func 1 get
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xC4
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: cmp eax,[edi+0x38]
  2f: jae near 0xCE
  35: mov edi,[edi]
  39: mov eax,[edi+eax+4]
  40: cmp [ebp+0x18],eax
  46: jb near 0x71
  4c: mov dword [esp+8],7
  57: mov eax,[esi+0x18]
  5d: mov esi,[eax+4]
  63: call dword [eax]
  69: mov esi,[ebp-8]
  6c: jmp 0xD8
  71: mov eax,[ebp+0x10]
  78: mov edi,[esi+8]
  7e: cmp eax,[edi+0x28]
  85: jae near 0xCE
  8b: mov edi,[edi]
  8f: mov eax,[edi+eax]
  96: mov ecx,[ebp+0x18]
  9d: shl ecx,2
  a0: add eax,ecx
  a2: mov edi,[esi+8]
  a8: cmp eax,[edi+0x28]
  af: jae near 0xCE
  b5: mov edi,[edi]
  b9: mov eax,[edi+eax]
  c0: mov esp,ebp
  c2: pop ebp
  c3: ret
  c4: mov eax,9
  c9: call 0xFFFFFFF2
  ce: mov eax,2
  d3: call 0xFFFFFFF2
  d8: mov eax,1
  dd: call 0xFFFFFFF2

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0x224
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: cmp eax,[edi+0x38]
  2f: jae near 0x22E
  35: mov edi,[edi]
  39: mov eax,[edi+eax+4]
  40: cmp eax,0
  46: ja near 0x71
  4c: mov dword [esp+8],7
  57: mov eax,[esi+0x18]
  5d: mov esi,[eax+4]
  63: call dword [eax]
  69: mov esi,[ebp-8]
  6c: jmp 0x238
  71: mov eax,[ebp+0x10]
  78: mov edi,[esi+8]
  7e: cmp eax,[edi+0x28]
  85: jae near 0x22E
  8b: mov edi,[edi]
  8f: mov eax,[edi+eax]
  96: add eax,0
  9c: mov edi,[esi+8]
  a2: cmp eax,[edi+0x28]
  a9: jae near 0x22E
  af: mov edi,[edi]
  b3: mov eax,[edi+eax]
  ba: mov ecx,[ebp+0x10]
  c1: mov edi,[esi+8]
  c7: cmp ecx,[edi+0x38]
  ce: jae near 0x242
  d4: mov edi,[edi]
  d8: mov ecx,[edi+ecx+4]
  df: cmp ecx,1
  e5: ja near 0x122
  eb: mov [ebp-0x20],eax
  f2: mov dword [ebp-0x1C],0
  fd: mov dword [esp+8],7
 108: mov eax,[esi+0x18]
 10e: mov esi,[eax+4]
 114: call dword [eax]
 11a: mov esi,[ebp-8]
 11d: jmp 0x24C
 122: mov ecx,[ebp+0x10]
 129: mov edi,[esi+8]
 12f: cmp ecx,[edi+0x28]
 136: jae near 0x242
 13c: mov edi,[edi]
 140: mov ecx,[edi+ecx]
 147: add ecx,4
 14d: mov edi,[esi+8]
 153: cmp ecx,[edi+0x28]
 15a: jae near 0x242
 160: mov edi,[edi]
 164: mov ecx,[edi+ecx]
 16b: add eax,ecx
 16d: mov ecx,[ebp+0x10]
 174: mov edi,[esi+8]
 17a: cmp ecx,[edi+0x38]
 181: jae near 0x256
 187: mov edi,[edi]
 18b: mov ecx,[edi+ecx+4]
 192: cmp ecx,2
 198: ja near 0x1D5
 19e: mov [ebp-0x20],eax
 1a5: mov dword [ebp-0x1C],0
 1b0: mov dword [esp+8],7
 1bb: mov eax,[esi+0x18]
 1c1: mov esi,[eax+4]
 1c7: call dword [eax]
 1cd: mov esi,[ebp-8]
 1d0: jmp 0x260
 1d5: mov ecx,[ebp+0x10]
 1dc: mov edi,[esi+8]
 1e2: cmp ecx,[edi+0x28]
 1e9: jae near 0x256
 1ef: mov edi,[edi]
 1f3: mov ecx,[edi+ecx]
 1fa: add ecx,8
 200: mov edi,[esi+8]
 206: cmp ecx,[edi+0x28]
 20d: jae near 0x256
 213: mov edi,[edi]
 217: mov ecx,[edi+ecx]
 21e: add eax,ecx
 220: mov esp,ebp
 222: pop ebp
 223: ret
 224: mov eax,9
 229: call 0xFFFFFF10
 22e: mov eax,2
 233: call 0xFFFFFF10
 238: mov eax,1
 23d: call 0xFFFFFF10
 242: mov eax,2
 247: call 0xFFFFFF10
 24c: mov eax,1
 251: call 0xFFFFFF10
 256: mov eax,2
 25b: call 0xFFFFFF10
 260: mov eax,1
 265: call 0xFFFFFF10

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x54
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: imul eax,3
  28: cmp dword [ebp+0x18],0
  32: je near 0x3D
  38: jmp 0x5E
  3d: mov ecx,[ebp+0x10]
  44: add ecx,5
  4a: add eax,[ebp+0x18]
  50: mov esp,ebp
  52: pop ebp
  53: ret
  54: mov eax,9
  59: call 0xFFFFFCA6
  5e: mov eax,1
  63: call 0xFFFFFCA6

;; func 4 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x7A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: imul eax,3
  28: mov [ebp-0x10],eax
  2f: mov dword [ebp-0xC],0
  3a: cmp dword [ebp+0x18],0
  44: je near 0x69
  4a: mov eax,[ebp+0x18]
  51: add eax,1
  57: mov [ebp+0x18],eax
  5e: mov dword [ebp+0x1C],0
  69: mov eax,[ebp-0x10]
  70: add eax,[ebp+0x18]
  76: mov esp,ebp
  78: pop ebp
  79: ret
  7a: mov eax,9
  7f: call 0xFFFFFC3E

