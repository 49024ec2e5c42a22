;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0x22D
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: movsd xmm5,[ebp+0x20]
  32: cmp esp,[esi+0xC]
  38: jb near 0x22D
  3e: mov eax,[ebp+0x10]
  45: add eax,[ebp-0x10]
  4b: mov [ebp-0x18],eax
  52: mov dword [ebp-0x14],0
  5d: mov ecx,[ebp-0x18]
  64: mov edi,[esi+8]
  6a: mov edi,[edi+4]
  71: sub edi,8
  77: jb near 0x237
  7d: cmp ecx,edi
  7f: ja near 0x237
  85: mov edi,[esi+8]
  8b: mov edi,[edi]
  8f: movsd xmm0,[edi+ecx]
  98: mov ecx,[ebp+0x18]
  9f: add ecx,[ebp-0x10]
  a5: mov [ebp-0x20],ecx
  ac: mov dword [ebp-0x1C],0
  b7: mov edi,[esi+8]
  bd: mov edi,[edi+4]
  c4: sub edi,8
  ca: jb near 0x237
  d0: cmp ecx,edi
  d2: ja near 0x237
  d8: mov edi,[esi+8]
  de: mov edi,[edi]
  e2: movsd xmm1,[edi+ecx]
  eb: mulsd xmm1,xmm5
  ef: addsd xmm0,xmm1
  f3: mov edi,[esi+8]
  f9: mov edi,[edi+4]
 100: sub edi,8
 106: jb near 0x237
 10c: cmp eax,edi
 10e: ja near 0x237
 114: mov edi,[esi+8]
 11a: mov edi,[edi]
 11e: movsd [edi+eax],xmm0
 127: mov eax,[ebp-0x18]
 12e: add eax,8
 134: mov [ebp-0x18],eax
 13b: mov dword [ebp-0x14],0
 146: mov ecx,[ebp-0x18]
 14d: mov edi,[esi+8]
 153: mov edi,[edi+4]
 15a: sub edi,8
 160: jb near 0x237
 166: cmp ecx,edi
 168: ja near 0x237
 16e: mov edi,[esi+8]
 174: mov edi,[edi]
 178: movsd xmm0,[edi+ecx]
 181: mov ecx,[ebp-0x20]
 188: add ecx,8
 18e: mov edi,[esi+8]
 194: mov edi,[edi+4]
 19b: sub edi,8
 1a1: jb near 0x237
 1a7: cmp ecx,edi
 1a9: ja near 0x237
 1af: mov edi,[esi+8]
 1b5: mov edi,[edi]
 1b9: movsd xmm1,[edi+ecx]
 1c2: mulsd xmm1,xmm5
 1c6: addsd xmm0,xmm1
 1ca: mov edi,[esi+8]
 1d0: mov edi,[edi+4]
 1d7: sub edi,8
 1dd: jb near 0x237
 1e3: cmp eax,edi
 1e5: ja near 0x237
 1eb: mov edi,[esi+8]
 1f1: mov edi,[edi]
 1f5: movsd [edi+eax],xmm0
 1fe: mov eax,[ebp-0x10]
 205: add eax,0x10
 20b: mov [ebp-0x10],eax
 212: mov dword [ebp-0xC],0
 21d: cmp eax,0xA00
 223: jne near 0x32
 229: mov esp,ebp
 22b: pop ebp
 22c: ret
 22d: mov eax,9
 232: call 0xFFFFFFF2
 237: mov eax,2
 23c: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x12E
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: cmp esp,[esi+0xC]
  2f: jb near 0x12E
  35: mov eax,[ebp+0x18]
  3c: sub eax,[ebp-0x10]
  42: mov [ebp-0x18],eax
  49: mov dword [ebp-0x14],0
  54: mov eax,[ebp-0x18]
  5b: imul eax,0x140
  61: mov [ebp-0x18],eax
  68: mov dword [ebp-0x14],0
  73: mov eax,[ebp+0x18]
  7a: and eax,[ebp-0x18]
  80: mov [ebp-0x18],eax
  87: mov dword [ebp-0x14],0
  92: mov eax,[ebp-0x18]
  99: mov edi,[esi+8]
  9f: mov edi,[edi+4]
  a6: sub edi,8
  ac: jb near 0x138
  b2: cmp eax,edi
  b4: ja near 0x138
  ba: mov edi,[esi+8]
  c0: mov edi,[edi]
  c4: mov eax,[edi+eax+4]
  cb: mov [ebp-0x18],eax
  d2: mov dword [ebp-0x14],0
  dd: mov eax,[ebp+0x18]
  e4: sub eax,[ebp-0x18]
  ea: mov [ebp-0x18],eax
  f1: mov dword [ebp-0x14],0
  fc: mov eax,[ebp-0x10]
 103: sub eax,4
 109: mov [ebp-0x10],eax
 110: mov dword [ebp-0xC],0
 11b: test eax,eax
 11d: jne near 0x29
 123: mov eax,[ebp-0x18]
 12a: mov esp,ebp
 12c: pop ebp
 12d: ret
 12e: mov eax,9
 133: call 0xFFFFFDB1
 138: mov eax,2
 13d: call 0xFFFFFDB1

