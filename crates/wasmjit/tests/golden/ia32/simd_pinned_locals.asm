;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x108]
   a: cmp edi,[esi+0xC]
  10: jb near 0x373
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
  bc: jb near 0x373
  c2: mov eax,[ebp+0x10]
  c9: mov edi,[esi+8]
  cf: cmp eax,[edi+0x58]
  d6: jae near 0x37D
  dc: mov edi,[edi]
  e0: movdqu xmm0,[edi+eax]
  e9: paddd xmm0,xmm4
  ed: movaps xmm4,xmm0
  f0: mov eax,[ebp+0x10]
  f7: mov edi,[esi+8]
  fd: cmp eax,[edi+0x98]
 104: jae near 0x37D
 10a: mov edi,[edi]
 10e: movdqu xmm0,[edi+eax+0x10]
 117: paddd xmm0,xmm5
 11b: movaps xmm5,xmm0
 11e: mov eax,[ebp+0x10]
 125: mov edi,[esi+8]
 12b: cmp eax,[edi+0xD8]
 132: jae near 0x37D
 138: mov edi,[edi]
 13c: movdqu xmm0,[edi+eax+0x20]
 145: paddd xmm0,xmm6
 149: movaps xmm6,xmm0
 14c: mov eax,[ebp+0x10]
 153: mov edi,[esi+8]
 159: cmp eax,[edi+0x118]
 160: jae near 0x37D
 166: mov edi,[edi]
 16a: movdqu xmm0,[edi+eax+0x30]
 173: movdqu xmm1,[ebp-0x50]
 17c: paddd xmm1,xmm0
 180: movdqu [ebp-0x50],xmm1
 189: mov eax,[ebp+0x10]
 190: mov edi,[esi+8]
 196: mov edi,[edi+4]
 19d: sub edi,0x50
 1a3: jb near 0x37D
 1a9: cmp eax,edi
 1ab: ja near 0x37D
 1b1: mov edi,[esi+8]
 1b7: mov edi,[edi]
 1bb: movdqu xmm0,[edi+eax+0x40]
 1c4: movdqu xmm1,[ebp-0x60]
 1cd: paddd xmm1,xmm0
 1d1: movdqu [ebp-0x60],xmm1
 1da: mov eax,[ebp+0x10]
 1e1: mov edi,[esi+8]
 1e7: mov edi,[edi+4]
 1ee: sub edi,0x60
 1f4: jb near 0x37D
 1fa: cmp eax,edi
 1fc: ja near 0x37D
 202: mov edi,[esi+8]
 208: mov edi,[edi]
 20c: movdqu xmm0,[edi+eax+0x50]
 215: movdqu xmm1,[ebp-0x70]
 21e: paddd xmm1,xmm0
 222: movdqu [ebp-0x70],xmm1
 22b: mov eax,[ebp+0x10]
 232: mov edi,[esi+8]
 238: mov edi,[edi+4]
 23f: sub edi,0x70
 245: jb near 0x37D
 24b: cmp eax,edi
 24d: ja near 0x37D
 253: mov edi,[esi+8]
 259: mov edi,[edi]
 25d: movdqu xmm0,[edi+eax+0x60]
 266: movdqu xmm1,[ebp-0x80]
 26f: paddd xmm1,xmm0
 273: movdqu [ebp-0x80],xmm1
 27c: mov eax,[ebp+0x10]
 283: mov edi,[esi+8]
 289: mov edi,[edi+4]
 290: sub edi,0x80
 296: jb near 0x37D
 29c: cmp eax,edi
 29e: ja near 0x37D
 2a4: mov edi,[esi+8]
 2aa: mov edi,[edi]
 2ae: movdqu xmm0,[edi+eax+0x70]
 2b7: movdqu xmm1,[ebp-0x90]
 2c0: paddd xmm1,xmm0
 2c4: movdqu [ebp-0x90],xmm1
 2cd: movdqu xmm0,[ebp-0xA0]
 2d6: paddq xmm0,xmm4
 2da: movdqu [ebp-0xA0],xmm0
 2e3: mov eax,[ebp+0x10]
 2ea: add eax,0x80
 2f0: mov [ebp+0x10],eax
 2f7: mov eax,[ebp+0x18]
 2fe: sub eax,1
 304: mov [ebp+0x18],eax
 30b: test eax,eax
 30d: jne near 0xB6
 313: movaps xmm0,xmm4
 316: paddd xmm0,xmm5
 31a: movdqu xmm1,[ebp-0x50]
 323: movaps xmm2,xmm6
 326: paddd xmm2,xmm1
 32a: paddd xmm0,xmm2
 32e: movdqu xmm1,[ebp-0x70]
 337: movdqu xmm2,[ebp-0x60]
 340: paddd xmm2,xmm1
 344: movdqu xmm1,[ebp-0xA0]
 34d: movdqu xmm3,[ebp-0x90]
 356: paddq xmm3,xmm1
 35a: movdqu xmm1,[ebp-0x80]
 363: paddd xmm1,xmm3
 367: paddd xmm2,xmm1
 36b: paddd xmm0,xmm2
 36f: mov esp,ebp
 371: pop ebp
 372: ret
 373: mov eax,9
 378: call 0xFFFFFFF2
 37d: mov eax,2
 382: call 0xFFFFFFF2

