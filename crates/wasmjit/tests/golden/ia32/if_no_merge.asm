;; func 1 get
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x100
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: mov edi,[edi+4]
  2f: sub edi,8
  35: jb near 0x10A
  3b: cmp eax,edi
  3d: ja near 0x10A
  43: mov edi,[esi+8]
  49: mov edi,[edi]
  4d: mov eax,[edi+eax+4]
  54: cmp [ebp+0x18],eax
  5a: jb near 0x85
  60: mov dword [esp+8],7
  6b: mov eax,[esi+0x18]
  71: mov esi,[eax+4]
  77: call dword [eax]
  7d: mov esi,[ebp-8]
  80: jmp 0x114
  85: mov eax,[ebp+0x10]
  8c: mov edi,[esi+8]
  92: mov edi,[edi+4]
  99: sub edi,4
  9f: jb near 0x10A
  a5: cmp eax,edi
  a7: ja near 0x10A
  ad: mov edi,[esi+8]
  b3: mov edi,[edi]
  b7: mov eax,[edi+eax]
  be: mov ecx,[ebp+0x18]
  c5: shl ecx,2
  c8: add eax,ecx
  ca: mov edi,[esi+8]
  d0: mov edi,[edi+4]
  d7: sub edi,4
  dd: jb near 0x10A
  e3: cmp eax,edi
  e5: ja near 0x10A
  eb: mov edi,[esi+8]
  f1: mov edi,[edi]
  f5: mov eax,[edi+eax]
  fc: mov esp,ebp
  fe: pop ebp
  ff: ret
 100: mov eax,9
 105: call 0xFFFFFFF2
 10a: mov eax,2
 10f: call 0xFFFFFFF2
 114: mov eax,1
 119: call 0xFFFFFFF2

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2D8
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: mov edi,[edi+4]
  2f: sub edi,8
  35: jb near 0x2E2
  3b: cmp eax,edi
  3d: ja near 0x2E2
  43: mov edi,[esi+8]
  49: mov edi,[edi]
  4d: mov eax,[edi+eax+4]
  54: cmp eax,0
  5a: ja near 0x85
  60: mov dword [esp+8],7
  6b: mov eax,[esi+0x18]
  71: mov esi,[eax+4]
  77: call dword [eax]
  7d: mov esi,[ebp-8]
  80: jmp 0x2EC
  85: mov eax,[ebp+0x10]
  8c: mov edi,[esi+8]
  92: mov edi,[edi+4]
  99: sub edi,4
  9f: jb near 0x2E2
  a5: cmp eax,edi
  a7: ja near 0x2E2
  ad: mov edi,[esi+8]
  b3: mov edi,[edi]
  b7: mov eax,[edi+eax]
  be: add eax,0
  c4: mov edi,[esi+8]
  ca: mov edi,[edi+4]
  d1: sub edi,4
  d7: jb near 0x2E2
  dd: cmp eax,edi
  df: ja near 0x2E2
  e5: mov edi,[esi+8]
  eb: mov edi,[edi]
  ef: mov eax,[edi+eax]
  f6: mov ecx,[ebp+0x10]
  fd: mov edi,[esi+8]
 103: mov edi,[edi+4]
 10a: sub edi,8
 110: jb near 0x2F6
 116: cmp ecx,edi
 118: ja near 0x2F6
 11e: mov edi,[esi+8]
 124: mov edi,[edi]
 128: mov ecx,[edi+ecx+4]
 12f: cmp ecx,1
 135: ja near 0x172
 13b: mov [ebp-0x20],eax
 142: mov dword [ebp-0x1C],0
 14d: mov dword [esp+8],7
 158: mov eax,[esi+0x18]
 15e: mov esi,[eax+4]
 164: call dword [eax]
 16a: mov esi,[ebp-8]
 16d: jmp 0x300
 172: mov ecx,[ebp+0x10]
 179: mov edi,[esi+8]
 17f: mov edi,[edi+4]
 186: sub edi,4
 18c: jb near 0x2F6
 192: cmp ecx,edi
 194: ja near 0x2F6
 19a: mov edi,[esi+8]
 1a0: mov edi,[edi]
 1a4: mov ecx,[edi+ecx]
 1ab: add ecx,4
 1b1: mov edi,[esi+8]
 1b7: mov edi,[edi+4]
 1be: sub edi,4
 1c4: jb near 0x2F6
 1ca: cmp ecx,edi
 1cc: ja near 0x2F6
 1d2: mov edi,[esi+8]
 1d8: mov edi,[edi]
 1dc: mov ecx,[edi+ecx]
 1e3: add eax,ecx
 1e5: mov ecx,[ebp+0x10]
 1ec: mov edi,[esi+8]
 1f2: mov edi,[edi+4]
 1f9: sub edi,8
 1ff: jb near 0x30A
 205: cmp ecx,edi
 207: ja near 0x30A
 20d: mov edi,[esi+8]
 213: mov edi,[edi]
 217: mov ecx,[edi+ecx+4]
 21e: cmp ecx,2
 224: ja near 0x261
 22a: mov [ebp-0x20],eax
 231: mov dword [ebp-0x1C],0
 23c: mov dword [esp+8],7
 247: mov eax,[esi+0x18]
 24d: mov esi,[eax+4]
 253: call dword [eax]
 259: mov esi,[ebp-8]
 25c: jmp 0x314
 261: mov ecx,[ebp+0x10]
 268: mov edi,[esi+8]
 26e: mov edi,[edi+4]
 275: sub edi,4
 27b: jb near 0x30A
 281: cmp ecx,edi
 283: ja near 0x30A
 289: mov edi,[esi+8]
 28f: mov edi,[edi]
 293: mov ecx,[edi+ecx]
 29a: add ecx,8
 2a0: mov edi,[esi+8]
 2a6: mov edi,[edi+4]
 2ad: sub edi,4
 2b3: jb near 0x30A
 2b9: cmp ecx,edi
 2bb: ja near 0x30A
 2c1: mov edi,[esi+8]
 2c7: mov edi,[edi]
 2cb: mov ecx,[edi+ecx]
 2d2: add eax,ecx
 2d4: mov esp,ebp
 2d6: pop ebp
 2d7: ret
 2d8: mov eax,9
 2dd: call 0xFFFFFED4
 2e2: mov eax,2
 2e7: call 0xFFFFFED4
 2ec: mov eax,1
 2f1: call 0xFFFFFED4
 2f6: mov eax,2
 2fb: call 0xFFFFFED4
 300: mov eax,1
 305: call 0xFFFFFED4
 30a: mov eax,2
 30f: call 0xFFFFFED4
 314: mov eax,1
 319: call 0xFFFFFED4

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
  59: call 0xFFFFFBB6
  5e: mov eax,1
  63: call 0xFFFFFBB6

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
  7f: call 0xFFFFFB4E

