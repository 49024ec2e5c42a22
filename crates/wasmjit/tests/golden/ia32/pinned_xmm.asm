;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x90
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsd xmm6,[ebp+0x10]
  24: xorps xmm4,xmm4
  27: xorps xmm5,xmm5
  2a: cmp esp,[esi+0xC]
  30: jb near 0x90
  36: movaps xmm0,xmm4
  39: mulsd xmm0,xmm6
  3d: mov edi,0x3FF00000
  42: movd xmm7,edi
  46: psllq xmm7,0x20
  4b: addsd xmm0,xmm7
  4f: movaps xmm4,xmm0
  52: movaps xmm0,xmm5
  55: mov edi,0x3F000000
  5a: movd xmm7,edi
  5e: addss xmm0,xmm7
  62: movaps xmm5,xmm0
  65: mov eax,[ebp+0x18]
  6c: sub eax,1
  72: mov [ebp+0x18],eax
  79: test eax,eax
  7b: jne near 0x2A
  81: movaps xmm0,xmm5
  84: cvtss2sd xmm0,xmm0
  88: addsd xmm0,xmm4
  8c: mov esp,ebp
  8e: pop ebp
  8f: ret
  90: mov eax,9
  95: call 0xFFFFFFF2

