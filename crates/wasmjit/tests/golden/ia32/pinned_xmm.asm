;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x81
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsd xmm6,[ebp+0x10]
  24: mov ebx,[ebp+0x18]
  2b: xorps xmm4,xmm4
  2e: xorps xmm5,xmm5
  31: cmp esp,[esi+0xC]
  37: jb near 0x81
  3d: movaps xmm0,xmm4
  40: mulsd xmm0,xmm6
  44: mov edi,0x3FF00000
  49: movd xmm7,edi
  4d: psllq xmm7,0x20
  52: addsd xmm0,xmm7
  56: movaps xmm4,xmm0
  59: mov edi,0x3F000000
  5e: movd xmm7,edi
  62: addss xmm5,xmm7
  66: sub ebx,1
  6c: jne near 0x31
  72: movaps xmm0,xmm5
  75: cvtss2sd xmm0,xmm0
  79: addsd xmm0,xmm4
  7d: mov esp,ebp
  7f: pop ebp
  80: ret
  81: mov eax,9
  86: call 0xFFFFFFF2

