;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x9A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xorps xmm5,xmm5
  1e: xorps xmm6,xmm6
  21: cmp esp,[esi+0xC]
  27: jb near 0x9A
  2d: movaps xmm0,xmm5
  30: mulsd xmm0,[ebp+0x10]
  38: push 0x3FF00000
  3d: push 0
  42: movq xmm7,[esp]
  47: add esp,8
  4a: addsd xmm0,xmm7
  4e: movaps xmm5,xmm0
  51: movaps xmm0,xmm6
  54: mov edi,0x3F000000
  59: movd xmm7,edi
  5d: addss xmm0,xmm7
  61: movaps xmm6,xmm0
  64: mov eax,[ebp+0x18]
  6b: sub eax,1
  71: mov [ebp+0x18],eax
  78: mov dword [ebp+0x1C],0
  83: test eax,eax
  85: jne near 0x21
  8b: movaps xmm0,xmm6
  8e: cvtss2sd xmm0,xmm0
  92: addsd xmm0,xmm5
  96: mov esp,ebp
  98: pop ebp
  99: ret
  9a: mov eax,9
  9f: call 0xFFFFFFF2

