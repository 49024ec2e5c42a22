;; func 0 dist
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0x17D
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: mov [ebp-0x18],eax
  2f: mov [ebp-0x14],eax
  35: xorps xmm6,xmm6
  38: cmp esp,[esi+0xC]
  3e: jb near 0x17D
  44: mov eax,[ebp+0x10]
  4b: mov edi,[esi+8]
  51: mov edi,[edi+4]
  58: sub edi,8
  5e: jb near 0x187
  64: cmp eax,edi
  66: ja near 0x187
  6c: mov edi,[esi+8]
  72: mov edi,[edi]
  76: movsd xmm0,[edi+eax]
  7f: subsd xmm0,[ebp-0x10]
  87: movaps xmm5,xmm0
  8a: mulsd xmm0,xmm5
  8e: mov eax,[ebp+0x10]
  95: mov edi,[esi+8]
  9b: mov edi,[edi+4]
  a2: sub edi,0x10
  a8: jb near 0x187
  ae: cmp eax,edi
  b0: ja near 0x187
  b6: mov edi,[esi+8]
  bc: mov edi,[edi]
  c0: movsd xmm1,[edi+eax+8]
  c9: subsd xmm1,[ebp-0x18]
  d1: movsd [ebp-0x18],xmm1
  da: movsd xmm1,[ebp-0x18]
  e3: mulsd xmm1,[ebp-0x18]
  eb: addsd xmm0,xmm1
  ef: movaps xmm5,xmm0
  f2: sqrtsd xmm0,xmm0
  f6: addsd xmm0,xmm6
  fa: movaps xmm6,xmm0
  fd: push 0x3FE00000
 102: push 0
 107: movq xmm0,[esp]
 10c: add esp,8
 10f: divsd xmm0,xmm5
 113: movsd [ebp-0x10],xmm0
 11c: movsd xmm0,[ebp-0x10]
 125: mulsd xmm0,xmm5
 129: addsd xmm0,xmm6
 12d: movaps xmm6,xmm0
 130: mov eax,[ebp+0x10]
 137: add eax,0x10
 13d: mov [ebp+0x10],eax
 144: mov dword [ebp+0x14],0
 14f: mov eax,[ebp+0x18]
 156: sub eax,1
 15c: mov [ebp+0x18],eax
 163: mov dword [ebp+0x1C],0
 16e: test eax,eax
 170: jne near 0x38
 176: movaps xmm0,xmm6
 179: mov esp,ebp
 17b: pop ebp
 17c: ret
 17d: mov eax,9
 182: call 0xFFFFFFF2
 187: mov eax,2
 18c: call 0xFFFFFFF2

