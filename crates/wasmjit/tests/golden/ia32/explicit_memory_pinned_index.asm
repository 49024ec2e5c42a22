;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x8F
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor ebx,ebx
  1d: cmp esp,[esi+0xC]
  23: jb near 0x8F
  29: mov edi,[esi+8]
  2f: mov edi,[edi+4]
  36: sub edi,0x1004
  3c: jb near 0x99
  42: cmp ebx,edi
  44: ja near 0x99
  4a: mov edi,[esi+8]
  50: mov edi,[edi]
  54: mov eax,[edi+ebx+0x1000]
  5b: mov edi,[esi+8]
  61: cmp ebx,[edi+0x28]
  68: jae near 0x99
  6e: mov edi,[edi]
  72: mov [edi+ebx],eax
  79: add ebx,4
  7f: cmp ebx,[ebp+0x10]
  85: jb near 0x1D
  8b: mov esp,ebp
  8d: pop ebp
  8e: ret
  8f: mov eax,9
  94: call 0xFFFFFFF2
  99: mov eax,2
  9e: call 0xFFFFFFF2

