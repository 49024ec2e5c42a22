;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x8A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsd xmm6,[ebp+0x10]
  24: xorps xmm4,xmm4
  27: xorps xmm5,xmm5
  2a: cmp esp,[esi+0xC]
  30: jb near 0x8A
  36: movaps xmm0,xmm4
  39: mulsd xmm0,xmm6
  3d: mov edi,0x3FF00000
  42: movd xmm7,edi
  46: psllq xmm7,0x20
  4b: addsd xmm0,xmm7
  4f: movaps xmm4,xmm0
  52: mov edi,0x3F000000
  57: movd xmm7,edi
  5b: addss xmm5,xmm7
  5f: mov eax,[ebp+0x18]
  66: sub eax,1
  6c: mov [ebp+0x18],eax
  73: test eax,eax
  75: jne near 0x2A
  7b: movaps xmm0,xmm5
  7e: cvtss2sd xmm0,xmm0
  82: addsd xmm0,xmm4
  86: mov esp,ebp
  88: pop ebp
  89: ret
  8a: mov eax,9
  8f: call 0xFFFFFFF2

