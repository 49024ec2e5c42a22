;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x96
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xorps xmm5,xmm5
  1e: xorps xmm6,xmm6
  21: cmp esp,[esi+0xC]
  27: jb near 0x96
  2d: movaps xmm0,xmm5
  30: mulsd xmm0,[ebp+0x10]
  38: mov edi,0x3FF00000
  3d: movd xmm7,edi
  41: psllq xmm7,0x20
  46: addsd xmm0,xmm7
  4a: movaps xmm5,xmm0
  4d: movaps xmm0,xmm6
  50: mov edi,0x3F000000
  55: movd xmm7,edi
  59: addss xmm0,xmm7
  5d: movaps xmm6,xmm0
  60: mov eax,[ebp+0x18]
  67: sub eax,1
  6d: mov [ebp+0x18],eax
  74: mov dword [ebp+0x1C],0
  7f: test eax,eax
  81: jne near 0x21
  87: movaps xmm0,xmm6
  8a: cvtss2sd xmm0,xmm0
  8e: addsd xmm0,xmm5
  92: mov esp,ebp
  94: pop ebp
  95: ret
  96: mov eax,9
  9b: call 0xFFFFFFF2

