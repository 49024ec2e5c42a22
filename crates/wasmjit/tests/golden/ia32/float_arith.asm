;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x52
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movss xmm0,[ebp+0x10]
  24: addss xmm0,[ebp+0x18]
  2c: movss xmm1,[ebp+0x10]
  35: subss xmm1,[ebp+0x18]
  3d: mulss xmm0,xmm1
  41: mov edi,0x40400000
  46: movd xmm7,edi
  4a: divss xmm0,xmm7
  4e: mov esp,ebp
  50: pop ebp
  51: ret
  52: mov eax,9
  57: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x57
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsd xmm0,[ebp+0x10]
  24: addsd xmm0,[ebp+0x18]
  2c: movsd xmm1,[ebp+0x10]
  35: subsd xmm1,[ebp+0x18]
  3d: mulsd xmm0,xmm1
  41: mov edi,0x40080000
  46: movd xmm7,edi
  4a: psllq xmm7,0x20
  4f: divsd xmm0,xmm7
  53: mov esp,ebp
  55: pop ebp
  56: ret
  57: mov eax,9
  5c: call 0xFFFFFF96

