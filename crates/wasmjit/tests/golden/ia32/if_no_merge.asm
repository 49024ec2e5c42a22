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
  10: jb near 0x20E
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: cmp eax,[edi+0x38]
  2f: jae near 0x218
  35: mov edi,[edi]
  39: mov eax,[edi+eax+4]
  40: cmp eax,0
  46: ja near 0x71
  4c: mov dword [esp+8],7
  57: mov eax,[esi+0x18]
  5d: mov esi,[eax+4]
  63: call dword [eax]
  69: mov esi,[ebp-8]
  6c: jmp 0x222
  71: mov eax,[ebp+0x10]
  78: mov edi,[esi+8]
  7e: cmp eax,[edi+0x28]
  85: jae near 0x218
  8b: mov edi,[edi]
  8f: mov eax,[edi+eax]
  96: add eax,0
  9c: mov edi,[esi+8]
  a2: cmp eax,[edi+0x28]
  a9: jae near 0x218
  af: mov edi,[edi]
  b3: mov eax,[edi+eax]
  ba: mov ecx,[ebp+0x10]
  c1: mov edi,[esi+8]
  c7: cmp ecx,[edi+0x38]
  ce: jae near 0x22C
  d4: mov edi,[edi]
  d8: mov ecx,[edi+ecx+4]
  df: cmp ecx,1
  e5: ja near 0x117
  eb: mov [ebp-0x20],eax
  f2: mov dword [esp+8],7
  fd: mov eax,[esi+0x18]
 103: mov esi,[eax+4]
 109: call dword [eax]
 10f: mov esi,[ebp-8]
 112: jmp 0x236
 117: mov ecx,[ebp+0x10]
 11e: mov edi,[esi+8]
 124: cmp ecx,[edi+0x28]
 12b: jae near 0x22C
 131: mov edi,[edi]
 135: mov ecx,[edi+ecx]
 13c: add ecx,4
 142: mov edi,[esi+8]
 148: cmp ecx,[edi+0x28]
 14f: jae near 0x22C
 155: mov edi,[edi]
 159: mov ecx,[edi+ecx]
 160: add eax,ecx
 162: mov ecx,[ebp+0x10]
 169: mov edi,[esi+8]
 16f: cmp ecx,[edi+0x38]
 176: jae near 0x240
 17c: mov edi,[edi]
 180: mov ecx,[edi+ecx+4]
 187: cmp ecx,2
 18d: ja near 0x1BF
 193: mov [ebp-0x20],eax
 19a: mov dword [esp+8],7
 1a5: mov eax,[esi+0x18]
 1ab: mov esi,[eax+4]
 1b1: call dword [eax]
 1b7: mov esi,[ebp-8]
 1ba: jmp 0x24A
 1bf: mov ecx,[ebp+0x10]
 1c6: mov edi,[esi+8]
 1cc: cmp ecx,[edi+0x28]
 1d3: jae near 0x240
 1d9: mov edi,[edi]
 1dd: mov ecx,[edi+ecx]
 1e4: add ecx,8
 1ea: mov edi,[esi+8]
 1f0: cmp ecx,[edi+0x28]
 1f7: jae near 0x240
 1fd: mov edi,[edi]
 201: mov ecx,[edi+ecx]
 208: add eax,ecx
 20a: mov esp,ebp
 20c: pop ebp
 20d: ret
 20e: mov eax,9
 213: call 0xFFFFFF10
 218: mov eax,2
 21d: call 0xFFFFFF10
 222: mov eax,1
 227: call 0xFFFFFF10
 22c: mov eax,2
 231: call 0xFFFFFF10
 236: mov eax,1
 23b: call 0xFFFFFF10
 240: mov eax,2
 245: call 0xFFFFFF10
 24a: mov eax,1
 24f: call 0xFFFFFF10

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
  59: call 0xFFFFFCBC
  5e: mov eax,1
  63: call 0xFFFFFCBC

;; func 4 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x64
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: imul eax,3
  28: mov [ebp-0x10],eax
  2f: cmp dword [ebp+0x18],0
  39: je near 0x53
  3f: mov eax,[ebp+0x18]
  46: add eax,1
  4c: mov [ebp+0x18],eax
  53: mov eax,[ebp-0x10]
  5a: add eax,[ebp+0x18]
  60: mov esp,ebp
  62: pop ebp
  63: ret
  64: mov eax,9
  69: call 0xFFFFFC54

