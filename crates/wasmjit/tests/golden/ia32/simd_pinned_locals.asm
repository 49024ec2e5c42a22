;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x108]
   a: cmp edi,[esi+0xC]
  10: jb near 0x36A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x50],eax
  23: mov [ebp-0x4C],eax
  29: mov [ebp-0x48],eax
  2f: mov [ebp-0x44],eax
  35: mov [ebp-0x60],eax
  3b: mov [ebp-0x5C],eax
  41: mov [ebp-0x58],eax
  47: mov [ebp-0x54],eax
  4d: mov [ebp-0x70],eax
  53: mov [ebp-0x6C],eax
  59: mov [ebp-0x68],eax
  5f: mov [ebp-0x64],eax
  65: mov [ebp-0x80],eax
  6b: mov [ebp-0x7C],eax
  71: mov [ebp-0x78],eax
  77: mov [ebp-0x74],eax
  7d: mov [ebp-0x90],eax
  83: mov [ebp-0x8C],eax
  89: mov [ebp-0x88],eax
  8f: mov [ebp-0x84],eax
  95: mov [ebp-0xA0],eax
  9b: mov [ebp-0x9C],eax
  a1: mov [ebp-0x98],eax
  a7: mov [ebp-0x94],eax
  ad: xorps xmm4,xmm4
  b0: xorps xmm5,xmm5
  b3: xorps xmm6,xmm6
  b6: cmp esp,[esi+0xC]
  bc: jb near 0x36A
  c2: mov eax,[ebp+0x10]
  c9: mov edi,[esi+8]
  cf: cmp eax,[edi+0x58]
  d6: jae near 0x374
  dc: mov edi,[edi]
  e0: movdqu xmm0,[edi+eax]
  e9: paddd xmm4,xmm0
  ed: mov eax,[ebp+0x10]
  f4: mov edi,[esi+8]
  fa: cmp eax,[edi+0x98]
 101: jae near 0x374
 107: mov edi,[edi]
 10b: movdqu xmm0,[edi+eax+0x10]
 114: paddd xmm5,xmm0
 118: mov eax,[ebp+0x10]
 11f: mov edi,[esi+8]
 125: cmp eax,[edi+0xD8]
 12c: jae near 0x374
 132: mov edi,[edi]
 136: movdqu xmm0,[edi+eax+0x20]
 13f: paddd xmm6,xmm0
 143: mov eax,[ebp+0x10]
 14a: mov edi,[esi+8]
 150: cmp eax,[edi+0x118]
 157: jae near 0x374
 15d: mov edi,[edi]
 161: movdqu xmm0,[edi+eax+0x30]
 16a: movdqu xmm1,[ebp-0x50]
 173: paddd xmm1,xmm0
 177: movdqu [ebp-0x50],xmm1
 180: mov eax,[ebp+0x10]
 187: mov edi,[esi+8]
 18d: mov edi,[edi+4]
 194: sub edi,0x50
 19a: jb near 0x374
 1a0: cmp eax,edi
 1a2: ja near 0x374
 1a8: mov edi,[esi+8]
 1ae: mov edi,[edi]
 1b2: movdqu xmm0,[edi+eax+0x40]
 1bb: movdqu xmm1,[ebp-0x60]
 1c4: paddd xmm1,xmm0
 1c8: movdqu [ebp-0x60],xmm1
 1d1: mov eax,[ebp+0x10]
 1d8: mov edi,[esi+8]
 1de: mov edi,[edi+4]
 1e5: sub edi,0x60
 1eb: jb near 0x374
 1f1: cmp eax,edi
 1f3: ja near 0x374
 1f9: mov edi,[esi+8]
 1ff: mov edi,[edi]
 203: movdqu xmm0,[edi+eax+0x50]
 20c: movdqu xmm1,[ebp-0x70]
 215: paddd xmm1,xmm0
 219: movdqu [ebp-0x70],xmm1
 222: mov eax,[ebp+0x10]
 229: mov edi,[esi+8]
 22f: mov edi,[edi+4]
 236: sub edi,0x70
 23c: jb near 0x374
 242: cmp eax,edi
 244: ja near 0x374
 24a: mov edi,[esi+8]
 250: mov edi,[edi]
 254: movdqu xmm0,[edi+eax+0x60]
 25d: movdqu xmm1,[ebp-0x80]
 266: paddd xmm1,xmm0
 26a: movdqu [ebp-0x80],xmm1
 273: mov eax,[ebp+0x10]
 27a: mov edi,[esi+8]
 280: mov edi,[edi+4]
 287: sub edi,0x80
 28d: jb near 0x374
 293: cmp eax,edi
 295: ja near 0x374
 29b: mov edi,[esi+8]
 2a1: mov edi,[edi]
 2a5: movdqu xmm0,[edi+eax+0x70]
 2ae: movdqu xmm1,[ebp-0x90]
 2b7: paddd xmm1,xmm0
 2bb: movdqu [ebp-0x90],xmm1
 2c4: movdqu xmm0,[ebp-0xA0]
 2cd: paddq xmm0,xmm4
 2d1: movdqu [ebp-0xA0],xmm0
 2da: mov eax,[ebp+0x10]
 2e1: add eax,0x80
 2e7: mov [ebp+0x10],eax
 2ee: mov eax,[ebp+0x18]
 2f5: sub eax,1
 2fb: mov [ebp+0x18],eax
 302: test eax,eax
 304: jne near 0xB6
 30a: movaps xmm0,xmm4
 30d: paddd xmm0,xmm5
 311: movdqu xmm1,[ebp-0x50]
 31a: movaps xmm2,xmm6
 31d: paddd xmm2,xmm1
 321: paddd xmm0,xmm2
 325: movdqu xmm1,[ebp-0x70]
 32e: movdqu xmm2,[ebp-0x60]
 337: paddd xmm2,xmm1
 33b: movdqu xmm1,[ebp-0xA0]
 344: movdqu xmm3,[ebp-0x90]
 34d: paddq xmm3,xmm1
 351: movdqu xmm1,[ebp-0x80]
 35a: paddd xmm1,xmm3
 35e: paddd xmm2,xmm1
 362: paddd xmm0,xmm2
 366: mov esp,ebp
 368: pop ebp
 369: ret
 36a: mov eax,9
 36f: call 0xFFFFFFF2
 374: mov eax,2
 379: call 0xFFFFFFF2

