;; func 0 pair
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0xD0
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[ebp+0x28]
  22: mov [ebp-0x20],edi
  29: mov edi,[ebp+0x2C]
  30: mov [ebp-0x1C],edi
  37: mov edi,[ebp+0x30]
  3e: mov [ebp-0x18],edi
  45: mov edi,[ebp+0x34]
  4c: mov [ebp-0x14],edi
  53: mov edi,[ebp+0x10]
  5a: mov [ebp-0x30],edi
  61: mov edi,[ebp+0x14]
  68: mov [ebp-0x2C],edi
  6f: mov edi,[ebp+0x18]
  76: mov [ebp-0x28],edi
  7d: mov edi,[ebp+0x1C]
  84: mov [ebp-0x24],edi
  8b: mov edi,[ebp-0x30]
  92: mov [ebp+0x20],edi
  99: mov edi,[ebp-0x2C]
  a0: mov [ebp+0x24],edi
  a7: mov edi,[ebp-0x28]
  ae: mov [ebp+0x28],edi
  b5: mov edi,[ebp-0x24]
  bc: mov [ebp+0x2C],edi
  c3: movdqu xmm0,[ebp-0x20]
  cc: mov esp,ebp
  ce: pop ebp
  cf: ret
  d0: mov eax,9
  d5: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x98]
   a: cmp edi,[esi+0xC]
  10: jb near 0x17A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,1
  20: movd xmm0,edi
  24: mov edi,0
  29: pinsrd xmm0,edi,1
  2f: mov edi,2
  34: pinsrd xmm0,edi,2
  3a: mov edi,0
  3f: pinsrd xmm0,edi,3
  45: mov edi,[ebp+0x10]
  4c: mov [esp+8],edi
  53: mov edi,[ebp+0x14]
  5a: mov [esp+0xC],edi
  61: mov edi,[ebp+0x18]
  68: mov [esp+0x10],edi
  6f: mov edi,[ebp+0x1C]
  76: mov [esp+0x14],edi
  7d: mov dword [esp+0x18],7
  88: movdqu [esp+0x20],xmm0
  91: call 0xFFFFFF26
  96: mov edi,[esp+0x18]
  9d: mov [ebp-0x40],edi
  a4: mov edi,[esp+0x1C]
  ab: mov [ebp-0x3C],edi
  b2: mov edi,[esp+0x20]
  b9: mov [ebp-0x38],edi
  c0: mov edi,[esp+0x24]
  c7: mov [ebp-0x34],edi
  ce: mov edi,[ebp-0x40]
  d5: mov [ebp-0x20],edi
  dc: mov edi,[ebp-0x3C]
  e3: mov [ebp-0x1C],edi
  ea: mov edi,[ebp-0x38]
  f1: mov [ebp-0x18],edi
  f8: mov edi,[ebp-0x34]
  ff: mov [ebp-0x14],edi
 106: movdqu xmm1,[esi+0x20]
 10e: movdqu xmm2,[ebp-0x20]
 117: pxor xmm1,xmm2
 11b: movdqu [esi+0x20],xmm1
 123: movdqu [ebp-0x30],xmm0
 12c: cmp dword [ebp+0x20],0
 136: movdqu xmm0,[ebp+0x10]
 13f: jne near 0x14D
 145: movdqu xmm0,[esi+0x20]
 14d: cmp dword [ebp+0x20],0
 157: jne near 0x166
 15d: movdqu xmm0,[ebp-0x20]
 166: movdqu xmm1,[ebp-0x30]
 16f: por xmm1,xmm0
 173: movaps xmm0,xmm1
 176: mov esp,ebp
 178: pop ebp
 179: ret
 17a: mov eax,9
 17f: call 0xFFFFFF18

