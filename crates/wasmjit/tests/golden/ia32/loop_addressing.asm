;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0x166
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: movsd xmm4,[ebp+0x20]
  32: cmp esp,[esi+0xC]
  38: jb near 0x166
  3e: mov ebx,[ebp+0x10]
  45: add ebx,[ebp-0x10]
  4b: mov edi,[esi+8]
  51: cmp ebx,[edi+0x38]
  58: jae near 0x170
  5e: mov edi,[edi]
  62: movsd xmm0,[edi+ebx]
  6b: mov eax,[ebp+0x18]
  72: add eax,[ebp-0x10]
  78: mov [ebp-0x20],eax
  7f: mov edi,[esi+8]
  85: cmp eax,[edi+0x38]
  8c: jae near 0x170
  92: mov edi,[edi]
  96: movsd xmm1,[edi+eax]
  9f: mulsd xmm1,xmm4
  a3: addsd xmm0,xmm1
  a7: mov edi,[esi+8]
  ad: cmp ebx,[edi+0x38]
  b4: jae near 0x170
  ba: mov edi,[edi]
  be: movsd [edi+ebx],xmm0
  c7: add ebx,8
  cd: mov edi,[esi+8]
  d3: cmp ebx,[edi+0x38]
  da: jae near 0x170
  e0: mov edi,[edi]
  e4: movsd xmm0,[edi+ebx]
  ed: mov eax,[ebp-0x20]
  f4: add eax,8
  fa: mov edi,[esi+8]
 100: cmp eax,[edi+0x38]
 107: jae near 0x170
 10d: mov edi,[edi]
 111: movsd xmm1,[edi+eax]
 11a: mulsd xmm1,xmm4
 11e: addsd xmm0,xmm1
 122: mov edi,[esi+8]
 128: cmp ebx,[edi+0x38]
 12f: jae near 0x170
 135: mov edi,[edi]
 139: movsd [edi+ebx],xmm0
 142: mov eax,[ebp-0x10]
 149: add eax,0x10
 14f: mov [ebp-0x10],eax
 156: cmp eax,0xA00
 15c: jne near 0x32
 162: mov esp,ebp
 164: pop ebp
 165: ret
 166: mov eax,9
 16b: call 0xFFFFFFF2
 170: mov eax,2
 175: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x99
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: cmp esp,[esi+0xC]
  2f: jb near 0x99
  35: mov ebx,[ebp+0x18]
  3c: sub ebx,[ebp-0x10]
  42: imul ebx,0x140
  48: and ebx,[ebp+0x18]
  4e: mov edi,[esi+8]
  54: cmp ebx,[edi+0x38]
  5b: jae near 0xA3
  61: mov edi,[edi]
  65: mov ebx,[edi+ebx+4]
  6c: mov eax,[ebp+0x18]
  73: sub eax,ebx
  75: mov ebx,eax
  77: mov eax,[ebp-0x10]
  7e: sub eax,4
  84: mov [ebp-0x10],eax
  8b: test eax,eax
  8d: jne near 0x29
  93: mov eax,ebx
  95: mov esp,ebp
  97: pop ebp
  98: ret
  99: mov eax,9
  9e: call 0xFFFFFE78
  a3: mov eax,2
  a8: call 0xFFFFFE78

