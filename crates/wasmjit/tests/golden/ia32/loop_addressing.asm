;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0x189
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: movsd xmm4,[ebp+0x20]
  32: cmp esp,[esi+0xC]
  38: jb near 0x189
  3e: mov eax,[ebp+0x10]
  45: add eax,[ebp-0x10]
  4b: mov [ebp-0x18],eax
  52: mov ecx,[ebp-0x18]
  59: mov edi,[esi+8]
  5f: cmp ecx,[edi+0x38]
  66: jae near 0x193
  6c: mov edi,[edi]
  70: movsd xmm0,[edi+ecx]
  79: mov ecx,[ebp+0x18]
  80: add ecx,[ebp-0x10]
  86: mov [ebp-0x20],ecx
  8d: mov edi,[esi+8]
  93: cmp ecx,[edi+0x38]
  9a: jae near 0x193
  a0: mov edi,[edi]
  a4: movsd xmm1,[edi+ecx]
  ad: mulsd xmm1,xmm4
  b1: addsd xmm0,xmm1
  b5: mov edi,[esi+8]
  bb: cmp eax,[edi+0x38]
  c2: jae near 0x193
  c8: mov edi,[edi]
  cc: movsd [edi+eax],xmm0
  d5: mov eax,[ebp-0x18]
  dc: add eax,8
  e2: mov [ebp-0x18],eax
  e9: mov ecx,[ebp-0x18]
  f0: mov edi,[esi+8]
  f6: cmp ecx,[edi+0x38]
  fd: jae near 0x193
 103: mov edi,[edi]
 107: movsd xmm0,[edi+ecx]
 110: mov ecx,[ebp-0x20]
 117: add ecx,8
 11d: mov edi,[esi+8]
 123: cmp ecx,[edi+0x38]
 12a: jae near 0x193
 130: mov edi,[edi]
 134: movsd xmm1,[edi+ecx]
 13d: mulsd xmm1,xmm4
 141: addsd xmm0,xmm1
 145: mov edi,[esi+8]
 14b: cmp eax,[edi+0x38]
 152: jae near 0x193
 158: mov edi,[edi]
 15c: movsd [edi+eax],xmm0
 165: mov eax,[ebp-0x10]
 16c: add eax,0x10
 172: mov [ebp-0x10],eax
 179: cmp eax,0xA00
 17f: jne near 0x32
 185: mov esp,ebp
 187: pop ebp
 188: ret
 189: mov eax,9
 18e: call 0xFFFFFFF2
 193: mov eax,2
 198: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0xD8
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: cmp esp,[esi+0xC]
  2f: jb near 0xD8
  35: mov eax,[ebp+0x18]
  3c: sub eax,[ebp-0x10]
  42: mov [ebp-0x18],eax
  49: mov eax,[ebp-0x18]
  50: imul eax,0x140
  56: mov [ebp-0x18],eax
  5d: mov eax,[ebp+0x18]
  64: and eax,[ebp-0x18]
  6a: mov [ebp-0x18],eax
  71: mov eax,[ebp-0x18]
  78: mov edi,[esi+8]
  7e: cmp eax,[edi+0x38]
  85: jae near 0xE2
  8b: mov edi,[edi]
  8f: mov eax,[edi+eax+4]
  96: mov [ebp-0x18],eax
  9d: mov eax,[ebp+0x18]
  a4: sub eax,[ebp-0x18]
  aa: mov [ebp-0x18],eax
  b1: mov eax,[ebp-0x10]
  b8: sub eax,4
  be: mov [ebp-0x10],eax
  c5: test eax,eax
  c7: jne near 0x29
  cd: mov eax,[ebp-0x18]
  d4: mov esp,ebp
  d6: pop ebp
  d7: ret
  d8: mov eax,9
  dd: call 0xFFFFFE55
  e2: mov eax,2
  e7: call 0xFFFFFE55

