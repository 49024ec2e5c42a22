;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x1D7
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x18]
  22: mov ecx,[ebp+0x10]
  29: mov edi,[esi+8]
  2f: cmp ecx,[edi+0x28]
  36: jae near 0x1E1
  3c: mov edi,[edi]
  40: mov [edi+ecx],eax
  47: mov eax,[ebp+0x18]
  4e: mov ecx,[ebp+0x10]
  55: mov edi,[esi+8]
  5b: cmp ecx,[edi+0x20]
  62: jae near 0x1E1
  68: mov edi,[edi]
  6c: mov [edi+ecx+1],al
  73: mov eax,[ebp+0x18]
  7a: mov ecx,[ebp+0x10]
  81: mov edi,[esi+8]
  87: cmp ecx,[edi+0x28]
  8e: jae near 0x1E1
  94: mov edi,[edi]
  98: mov [edi+ecx+2],ax
  a0: mov eax,[ebp+0x18]
  a7: mov edx,[ebp+0x1C]
  ae: mov ecx,[ebp+0x10]
  b5: mov edi,[esi+8]
  bb: cmp ecx,[edi+0x58]
  c2: jae near 0x1E1
  c8: mov edi,[edi]
  cc: mov [edi+ecx+8],eax
  d3: mov [edi+ecx+0xC],edx
  da: mov eax,[ebp+0x18]
  e1: mov edx,[ebp+0x1C]
  e8: mov ecx,[ebp+0x10]
  ef: mov edi,[esi+8]
  f5: cmp ecx,[edi+0x1C]
  fc: jae near 0x1E1
 102: mov edi,[edi]
 106: mov [edi+ecx],al
 10d: mov eax,[ebp+0x18]
 114: mov edx,[ebp+0x1C]
 11b: mov ecx,[ebp+0x10]
 122: mov edi,[esi+8]
 128: cmp ecx,[edi+0x20]
 12f: jae near 0x1E1
 135: mov edi,[edi]
 139: mov [edi+ecx],ax
 141: mov eax,[ebp+0x18]
 148: mov edx,[ebp+0x1C]
 14f: mov ecx,[ebp+0x10]
 156: mov edi,[esi+8]
 15c: cmp ecx,[edi+0x28]
 163: jae near 0x1E1
 169: mov edi,[edi]
 16d: mov [edi+ecx],eax
 174: mov eax,[ebp+0x10]
 17b: mov edi,[esi+8]
 181: cmp eax,[edi+0x38]
 188: jae near 0x1E1
 18e: mov edi,[edi]
 192: mov dword [edi+eax+4],0x4D
 19d: mov eax,0x3456789A
 1a2: mov edx,0x12
 1a7: mov ecx,[ebp+0x10]
 1ae: mov edi,[esi+8]
 1b4: cmp ecx,[edi+0x38]
 1bb: jae near 0x1E1
 1c1: mov edi,[edi]
 1c5: mov [edi+ecx],eax
 1cc: mov [edi+ecx+4],edx
 1d3: mov esp,ebp
 1d5: pop ebp
 1d6: ret
 1d7: mov eax,9
 1dc: call 0xFFFFFFF2
 1e1: mov eax,2
 1e6: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0xB5
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsd xmm0,[ebp+0x18]
  24: mov eax,[ebp+0x10]
  2b: mov edi,[esi+8]
  31: cmp eax,[edi+0x38]
  38: jae near 0xBF
  3e: mov edi,[edi]
  42: movsd [edi+eax],xmm0
  4b: movsd xmm0,[ebp+0x18]
  54: cvtsd2ss xmm0,xmm0
  58: mov eax,[ebp+0x10]
  5f: mov edi,[esi+8]
  65: cmp eax,[edi+0x48]
  6c: jae near 0xBF
  72: mov edi,[edi]
  76: movss [edi+eax+8],xmm0
  7f: mov edi,0x3FF80000
  84: movd xmm0,edi
  88: psllq xmm0,0x20
  8d: mov edi,[esi+8]
  93: cmp dword [edi+4],0x18
  9e: jb near 0xBF
  a4: mov edi,[edi]
  a8: movsd [edi+0x10],xmm0
  b1: mov esp,ebp
  b3: pop ebp
  b4: ret
  b5: mov eax,9
  ba: call 0xFFFFFE07
  bf: mov eax,2
  c4: call 0xFFFFFE07

