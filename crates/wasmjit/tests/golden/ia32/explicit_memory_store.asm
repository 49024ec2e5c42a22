;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x28B
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x18]
  22: mov ecx,[ebp+0x10]
  29: mov edi,[esi+8]
  2f: mov edi,[edi+4]
  36: sub edi,4
  3c: jb near 0x295
  42: cmp ecx,edi
  44: ja near 0x295
  4a: mov edi,[esi+8]
  50: mov edi,[edi]
  54: mov [edi+ecx],eax
  5b: mov eax,[ebp+0x18]
  62: mov ecx,[ebp+0x10]
  69: mov edi,[esi+8]
  6f: mov edi,[edi+4]
  76: sub edi,2
  7c: jb near 0x295
  82: cmp ecx,edi
  84: ja near 0x295
  8a: mov edi,[esi+8]
  90: mov edi,[edi]
  94: mov [edi+ecx+1],al
  9b: mov eax,[ebp+0x18]
  a2: mov ecx,[ebp+0x10]
  a9: mov edi,[esi+8]
  af: mov edi,[edi+4]
  b6: sub edi,4
  bc: jb near 0x295
  c2: cmp ecx,edi
  c4: ja near 0x295
  ca: mov edi,[esi+8]
  d0: mov edi,[edi]
  d4: mov [edi+ecx+2],ax
  dc: mov eax,[ebp+0x18]
  e3: mov edx,[ebp+0x1C]
  ea: mov ecx,[ebp+0x10]
  f1: mov edi,[esi+8]
  f7: mov edi,[edi+4]
  fe: sub edi,0x10
 104: jb near 0x295
 10a: cmp ecx,edi
 10c: ja near 0x295
 112: mov edi,[esi+8]
 118: mov edi,[edi]
 11c: mov [edi+ecx+8],eax
 123: mov [edi+ecx+0xC],edx
 12a: mov eax,[ebp+0x18]
 131: mov edx,[ebp+0x1C]
 138: mov ecx,[ebp+0x10]
 13f: mov edi,[esi+8]
 145: mov edi,[edi+4]
 14c: sub edi,1
 152: jb near 0x295
 158: cmp ecx,edi
 15a: ja near 0x295
 160: mov edi,[esi+8]
 166: mov edi,[edi]
 16a: mov [edi+ecx],al
 171: mov eax,[ebp+0x18]
 178: mov edx,[ebp+0x1C]
 17f: mov ecx,[ebp+0x10]
 186: mov edi,[esi+8]
 18c: mov edi,[edi+4]
 193: sub edi,2
 199: jb near 0x295
 19f: cmp ecx,edi
 1a1: ja near 0x295
 1a7: mov edi,[esi+8]
 1ad: mov edi,[edi]
 1b1: mov [edi+ecx],ax
 1b9: mov eax,[ebp+0x18]
 1c0: mov edx,[ebp+0x1C]
 1c7: mov ecx,[ebp+0x10]
 1ce: mov edi,[esi+8]
 1d4: mov edi,[edi+4]
 1db: sub edi,4
 1e1: jb near 0x295
 1e7: cmp ecx,edi
 1e9: ja near 0x295
 1ef: mov edi,[esi+8]
 1f5: mov edi,[edi]
 1f9: mov [edi+ecx],eax
 200: mov eax,[ebp+0x10]
 207: mov edi,[esi+8]
 20d: mov edi,[edi+4]
 214: sub edi,8
 21a: jb near 0x295
 220: cmp eax,edi
 222: ja near 0x295
 228: mov edi,[esi+8]
 22e: mov edi,[edi]
 232: mov dword [edi+eax+4],0x4D
 23d: mov eax,0x3456789A
 242: mov edx,0x12
 247: mov ecx,[ebp+0x10]
 24e: mov edi,[esi+8]
 254: mov edi,[edi+4]
 25b: sub edi,8
 261: jb near 0x295
 267: cmp ecx,edi
 269: ja near 0x295
 26f: mov edi,[esi+8]
 275: mov edi,[edi]
 279: mov [edi+ecx],eax
 280: mov [edi+ecx+4],edx
 287: mov esp,ebp
 289: pop ebp
 28a: ret
 28b: mov eax,9
 290: call 0xFFFFFFF2
 295: mov eax,2
 29a: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0xE9
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsd xmm0,[ebp+0x18]
  24: mov eax,[ebp+0x10]
  2b: mov edi,[esi+8]
  31: mov edi,[edi+4]
  38: sub edi,8
  3e: jb near 0xF3
  44: cmp eax,edi
  46: ja near 0xF3
  4c: mov edi,[esi+8]
  52: mov edi,[edi]
  56: movsd [edi+eax],xmm0
  5f: movsd xmm0,[ebp+0x18]
  68: cvtsd2ss xmm0,xmm0
  6c: mov eax,[ebp+0x10]
  73: mov edi,[esi+8]
  79: mov edi,[edi+4]
  80: sub edi,0xC
  86: jb near 0xF3
  8c: cmp eax,edi
  8e: ja near 0xF3
  94: mov edi,[esi+8]
  9a: mov edi,[edi]
  9e: movss [edi+eax+8],xmm0
  a7: push 0x3FF80000
  ac: push 0
  b1: movq xmm0,[esp]
  b6: add esp,8
  b9: mov edi,[esi+8]
  bf: mov edi,[edi+4]
  c6: sub edi,0x18
  cc: jb near 0xF3
  d2: mov edi,[esi+8]
  d8: mov edi,[edi]
  dc: movsd [edi+0x10],xmm0
  e5: mov esp,ebp
  e7: pop ebp
  e8: ret
  e9: mov eax,9
  ee: call 0xFFFFFD53
  f3: mov eax,2
  f8: call 0xFFFFFD53

