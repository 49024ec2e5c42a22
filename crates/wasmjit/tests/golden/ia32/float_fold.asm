;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x35
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,0x1E0DB1C6
  20: movd xmm0,edi
  24: mov edi,0xBFFD64D5
  29: movd xmm7,edi
  2d: punpckldq xmm0,xmm7
  31: mov esp,ebp
  33: pop ebp
  34: ret
  35: mov eax,9
  3a: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x28
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,0x40400000
  20: movd xmm0,edi
  24: mov esp,ebp
  26: pop ebp
  27: ret
  28: mov eax,9
  2d: call 0xFFFFFFB3

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x29
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xorps xmm0,xmm0
  1e: xorps xmm7,xmm7
  21: divsd xmm0,xmm7
  25: mov esp,ebp
  27: pop ebp
  28: ret
  29: mov eax,9
  2e: call 0xFFFFFF81

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x24
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,1
  20: mov esp,ebp
  22: pop ebp
  23: ret
  24: mov eax,9
  29: call 0xFFFFFF4E

