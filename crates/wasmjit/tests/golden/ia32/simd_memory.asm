;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2A4
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: mov edi,[edi+4]
  2f: sub edi,0x20
  35: jb near 0x2AE
  3b: cmp eax,edi
  3d: ja near 0x2AE
  43: mov edi,[esi+8]
  49: mov edi,[edi]
  4d: movdqu xmm0,[edi+eax+0x10]
  56: mov eax,[ebp+0x10]
  5d: mov edi,[esi+8]
  63: mov edi,[edi+4]
  6a: sub edi,8
  70: jb near 0x2AE
  76: cmp eax,edi
  78: ja near 0x2AE
  7e: mov edi,[esi+8]
  84: mov edi,[edi]
  88: pmovsxbw xmm1,[edi+eax]
  92: paddw xmm0,xmm1
  96: mov eax,[ebp+0x10]
  9d: mov edi,[esi+8]
  a3: mov edi,[edi+4]
  aa: sub edi,8
  b0: jb near 0x2AE
  b6: cmp eax,edi
  b8: ja near 0x2AE
  be: mov edi,[esi+8]
  c4: mov edi,[edi]
  c8: pmovzxwd xmm1,[edi+eax]
  d2: paddd xmm0,xmm1
  d6: mov eax,[ebp+0x10]
  dd: mov edi,[esi+8]
  e3: mov edi,[edi+4]
  ea: sub edi,8
  f0: jb near 0x2AE
  f6: cmp eax,edi
  f8: ja near 0x2AE
  fe: mov edi,[esi+8]
 104: mov edi,[edi]
 108: pmovsxdq xmm1,[edi+eax]
 112: paddq xmm0,xmm1
 116: mov edi,[esi+8]
 11c: mov edi,[edi+4]
 123: sub edi,0x41
 129: jb near 0x2AE
 12f: mov edi,[esi+8]
 135: mov edi,[edi]
 139: pinsrb xmm1,[edi+0x40],0
 144: pxor xmm7,xmm7
 148: pshufb xmm1,xmm7
 14d: paddb xmm0,xmm1
 151: mov eax,[ebp+0x10]
 158: mov edi,[esi+8]
 15e: mov edi,[edi+4]
 165: sub edi,2
 16b: jb near 0x2AE
 171: cmp eax,edi
 173: ja near 0x2AE
 179: mov edi,[esi+8]
 17f: mov edi,[edi]
 183: pinsrw xmm1,[edi+eax],0
 18d: pshuflw xmm1,xmm1,0
 192: pshufd xmm1,xmm1,0
 197: paddw xmm0,xmm1
 19b: mov eax,[ebp+0x10]
 1a2: mov edi,[esi+8]
 1a8: mov edi,[edi+4]
 1af: sub edi,4
 1b5: jb near 0x2AE
 1bb: cmp eax,edi
 1bd: ja near 0x2AE
 1c3: mov edi,[esi+8]
 1c9: mov edi,[edi]
 1cd: movd xmm1,[edi+eax]
 1d6: pshufd xmm1,xmm1,0
 1db: paddd xmm0,xmm1
 1df: mov eax,[ebp+0x10]
 1e6: mov edi,[esi+8]
 1ec: mov edi,[edi+4]
 1f3: sub edi,8
 1f9: jb near 0x2AE
 1ff: cmp eax,edi
 201: ja near 0x2AE
 207: mov edi,[esi+8]
 20d: mov edi,[edi]
 211: movq xmm1,[edi+eax]
 21a: punpcklqdq xmm1,xmm1
 21e: paddq xmm0,xmm1
 222: mov eax,[ebp+0x10]
 229: mov edi,[esi+8]
 22f: mov edi,[edi+4]
 236: sub edi,4
 23c: jb near 0x2AE
 242: cmp eax,edi
 244: ja near 0x2AE
 24a: mov edi,[esi+8]
 250: mov edi,[edi]
 254: movd xmm1,[edi+eax]
 25d: por xmm0,xmm1
 261: mov eax,[ebp+0x10]
 268: mov edi,[esi+8]
 26e: mov edi,[edi+4]
 275: sub edi,8
 27b: jb near 0x2AE
 281: cmp eax,edi
 283: ja near 0x2AE
 289: mov edi,[esi+8]
 28f: mov edi,[edi]
 293: movq xmm1,[edi+eax]
 29c: por xmm0,xmm1
 2a0: mov esp,ebp
 2a2: pop ebp
 2a3: ret
 2a4: mov eax,9
 2a9: call 0xFFFFFFF2
 2ae: mov eax,2
 2b3: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x14E
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movdqu xmm0,[ebp+0x18]
  24: mov eax,[ebp+0x10]
  2b: mov edi,[esi+8]
  31: mov edi,[edi+4]
  38: sub edi,1
  3e: jb near 0x158
  44: cmp eax,edi
  46: ja near 0x158
  4c: mov edi,[esi+8]
  52: mov edi,[edi]
  56: pinsrb xmm0,[edi+eax],3
  61: movdqu [ebp+0x18],xmm0
  6a: movdqu xmm0,[ebp+0x18]
  73: mov eax,[ebp+0x10]
  7a: mov edi,[esi+8]
  80: mov edi,[edi+4]
  87: sub edi,2
  8d: jb near 0x158
  93: cmp eax,edi
  95: ja near 0x158
  9b: mov edi,[esi+8]
  a1: mov edi,[edi]
  a5: pinsrw xmm0,[edi+eax],7
  af: movdqu [ebp+0x18],xmm0
  b8: movdqu xmm0,[ebp+0x18]
  c1: mov eax,[ebp+0x10]
  c8: mov edi,[esi+8]
  ce: mov edi,[edi+4]
  d5: sub edi,4
  db: jb near 0x158
  e1: cmp eax,edi
  e3: ja near 0x158
  e9: mov edi,[esi+8]
  ef: mov edi,[edi]
  f3: pinsrd xmm0,[edi+eax],1
  fe: movdqu [ebp+0x18],xmm0
 107: movdqu xmm0,[ebp+0x18]
 110: mov eax,[ebp+0x10]
 117: mov edi,[esi+8]
 11d: mov edi,[edi+4]
 124: sub edi,8
 12a: jb near 0x158
 130: cmp eax,edi
 132: ja near 0x158
 138: mov edi,[esi+8]
 13e: mov edi,[edi]
 142: movhps xmm0,[edi+eax]
 14a: mov esp,ebp
 14c: pop ebp
 14d: ret
 14e: mov eax,9
 153: call 0xFFFFFD3A
 158: mov eax,2
 15d: call 0xFFFFFD3A

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x178
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movdqu xmm0,[ebp+0x18]
  24: mov eax,[ebp+0x10]
  2b: mov edi,[esi+8]
  31: mov edi,[edi+4]
  38: sub edi,0x30
  3e: jb near 0x182
  44: cmp eax,edi
  46: ja near 0x182
  4c: mov edi,[esi+8]
  52: mov edi,[edi]
  56: movdqu [edi+eax+0x20],xmm0
  5f: movdqu xmm0,[ebp+0x18]
  68: mov eax,[ebp+0x10]
  6f: mov edi,[esi+8]
  75: mov edi,[edi+4]
  7c: sub edi,1
  82: jb near 0x182
  88: cmp eax,edi
  8a: ja near 0x182
  90: mov edi,[esi+8]
  96: mov edi,[edi]
  9a: pextrb [edi+eax],xmm0,0xF
  a5: movdqu xmm0,[ebp+0x18]
  ae: mov eax,[ebp+0x10]
  b5: mov edi,[esi+8]
  bb: mov edi,[edi+4]
  c2: sub edi,2
  c8: jb near 0x182
  ce: cmp eax,edi
  d0: ja near 0x182
  d6: mov edi,[esi+8]
  dc: mov edi,[edi]
  e0: pextrw [edi+eax],xmm0,2
  eb: movdqu xmm0,[ebp+0x18]
  f4: mov eax,[ebp+0x10]
  fb: mov edi,[esi+8]
 101: mov edi,[edi+4]
 108: sub edi,4
 10e: jb near 0x182
 114: cmp eax,edi
 116: ja near 0x182
 11c: mov edi,[esi+8]
 122: mov edi,[edi]
 126: pextrd [edi+eax],xmm0,0
 131: movdqu xmm0,[ebp+0x18]
 13a: mov eax,[ebp+0x10]
 141: mov edi,[esi+8]
 147: mov edi,[edi+4]
 14e: sub edi,8
 154: jb near 0x182
 15a: cmp eax,edi
 15c: ja near 0x182
 162: mov edi,[esi+8]
 168: mov edi,[edi]
 16c: movhps [edi+eax],xmm0
 174: mov esp,ebp
 176: pop ebp
 177: ret
 178: mov eax,9
 17d: call 0xFFFFFBD8
 182: mov eax,2
 187: call 0xFFFFFBD8

