;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0x152
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movdqu xmm5,[ebp+0x28]
  24: cmp esp,[esi+0xC]
  2a: jb near 0x152
  30: mov eax,[ebp+0x10]
  37: mov edi,[esi+8]
  3d: mov edi,[edi+4]
  44: sub edi,0x10
  4a: jb near 0x15C
  50: cmp eax,edi
  52: ja near 0x15C
  58: mov edi,[esi+8]
  5e: mov edi,[edi]
  62: movdqu xmm0,[edi+eax]
  6b: mov eax,[ebp+0x18]
  72: mov edi,[esi+8]
  78: mov edi,[edi+4]
  7f: sub edi,0x10
  85: jb near 0x15C
  8b: cmp eax,edi
  8d: ja near 0x15C
  93: mov edi,[esi+8]
  99: mov edi,[edi]
  9d: movdqu xmm1,[edi+eax]
  a6: mulpd xmm1,xmm5
  aa: addpd xmm0,xmm1
  ae: mov eax,[ebp+0x10]
  b5: mov edi,[esi+8]
  bb: mov edi,[edi+4]
  c2: sub edi,0x10
  c8: jb near 0x15C
  ce: cmp eax,edi
  d0: ja near 0x15C
  d6: mov edi,[esi+8]
  dc: mov edi,[edi]
  e0: movdqu [edi+eax],xmm0
  e9: mov eax,[ebp+0x10]
  f0: add eax,0x10
  f6: mov [ebp+0x10],eax
  fd: mov dword [ebp+0x14],0
 108: mov eax,[ebp+0x18]
 10f: add eax,0x10
 115: mov [ebp+0x18],eax
 11c: mov dword [ebp+0x1C],0
 127: mov eax,[ebp+0x20]
 12e: sub eax,1
 134: mov [ebp+0x20],eax
 13b: mov dword [ebp+0x24],0
 146: test eax,eax
 148: jne near 0x24
 14e: mov esp,ebp
 150: pop ebp
 151: ret
 152: mov eax,9
 157: call 0xFFFFFFF2
 15c: mov eax,2
 161: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x1BA
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: mov edi,[edi+4]
  2f: sub edi,0x20
  35: jb near 0x1C4
  3b: cmp eax,edi
  3d: ja near 0x1C4
  43: mov edi,[esi+8]
  49: mov edi,[edi]
  4d: movdqu xmm0,[edi+eax+0x10]
  56: movdqu xmm1,[ebp+0x18]
  5f: paddd xmm1,xmm0
  63: mov eax,[ebp+0x10]
  6a: mov edi,[esi+8]
  70: mov edi,[edi+4]
  77: sub edi,0x30
  7d: jb near 0x1C4
  83: cmp eax,edi
  85: ja near 0x1C4
  8b: mov edi,[esi+8]
  91: mov edi,[edi]
  95: movdqu xmm0,[edi+eax+0x20]
  9e: psubw xmm1,xmm0
  a2: mov edi,[esi+8]
  a8: mov edi,[edi+4]
  af: sub edi,0x50
  b5: jb near 0x1C4
  bb: mov edi,[esi+8]
  c1: mov edi,[edi]
  c5: movdqu xmm0,[edi+0x40]
  ce: pxor xmm1,xmm0
  d2: mov eax,[ebp+0x10]
  d9: mov edi,[esi+8]
  df: mov edi,[edi+4]
  e6: sub edi,0x10
  ec: jb near 0x1C4
  f2: cmp eax,edi
  f4: ja near 0x1C4
  fa: mov edi,[esi+8]
 100: mov edi,[edi]
 104: movdqu xmm0,[edi+eax]
 10d: divps xmm1,xmm0
 110: mov eax,[ebp+0x10]
 117: mov edi,[esi+8]
 11d: mov edi,[edi+4]
 124: sub edi,0x10
 12a: jb near 0x1C4
 130: cmp eax,edi
 132: ja near 0x1C4
 138: mov edi,[esi+8]
 13e: mov edi,[edi]
 142: movdqu xmm0,[edi+eax]
 14b: pminub xmm1,xmm0
 14f: mov eax,[ebp+0x10]
 156: mov edi,[esi+8]
 15c: mov edi,[edi+4]
 163: sub edi,0x10
 169: jb near 0x1C4
 16f: cmp eax,edi
 171: ja near 0x1C4
 177: mov edi,[esi+8]
 17d: mov edi,[edi]
 181: movdqu xmm0,[edi+eax]
 18a: movaps xmm7,xmm1
 18d: psrlq xmm7,0x20
 192: pmuludq xmm7,xmm0
 196: movaps xmm2,xmm0
 199: psrlq xmm2,0x20
 19e: pmuludq xmm2,xmm1
 1a2: paddq xmm7,xmm2
 1a6: psllq xmm7,0x20
 1ab: pmuludq xmm1,xmm0
 1af: paddq xmm1,xmm7
 1b3: movaps xmm0,xmm1
 1b6: mov esp,ebp
 1b8: pop ebp
 1b9: ret
 1ba: mov eax,9
 1bf: call 0xFFFFFE8C
 1c4: mov eax,2
 1c9: call 0xFFFFFE8C

