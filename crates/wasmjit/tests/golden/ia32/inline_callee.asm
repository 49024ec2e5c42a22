;; func 0 get
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x4F
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x18]
  22: shl eax,2
  25: add eax,[ebp+0x10]
  2b: mov edi,[esi+8]
  31: cmp eax,[edi+0x28]
  38: jae near 0x59
  3e: mov edi,[edi]
  42: movss xmm0,[edi+eax]
  4b: mov esp,ebp
  4d: pop ebp
  4e: ret
  4f: mov eax,9
  54: call 0xFFFFFFF2
  59: mov eax,2
  5e: call 0xFFFFFFF2

;; func 1 clamp
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x5B
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp dword [ebp+0x10],0
  25: jge near 0x35
  2b: mov eax,0
  30: jmp 0x57
  35: cmp dword [ebp+0x10],0x64
  3f: jle near 0x50
  45: mov dword [ebp+0x10],0x64
  50: mov eax,[ebp+0x10]
  57: mov esp,ebp
  59: pop ebp
  5a: ret
  5b: mov eax,9
  60: call 0xFFFFFF8F

;; func 2 center
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0xAE
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[ebp+0x10]
  22: mov [ebp-0x10],edi
  29: mov edi,[ebp+0x14]
  30: mov [ebp-0xC],edi
  37: cmp dword [ebp-0x10],0
  41: jge near 0x51
  47: mov eax,0
  4c: jmp 0x73
  51: cmp dword [ebp-0x10],0x64
  5b: jle near 0x6C
  61: mov dword [ebp-0x10],0x64
  6c: mov eax,[ebp-0x10]
  73: mov [ebp-0x18],eax
  7a: mov eax,[ebp-0x18]
  81: shl eax,2
  84: add eax,0x40
  8a: mov edi,[esi+8]
  90: cmp eax,[edi+0x28]
  97: jae near 0xB8
  9d: mov edi,[edi]
  a1: movss xmm0,[edi+eax]
  aa: mov esp,ebp
  ac: pop ebp
  ad: ret
  ae: mov eax,9
  b3: call 0xFFFFFF2A
  b8: mov eax,2
  bd: call 0xFFFFFF2A

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0x156
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[ebp+0x10]
  22: mov [ebp-0x18],edi
  29: mov edi,[ebp+0x14]
  30: mov [ebp-0x14],edi
  37: cmp dword [ebp-0x18],0
  41: jge near 0x51
  47: mov eax,0
  4c: jmp 0x73
  51: cmp dword [ebp-0x18],0x64
  5b: jle near 0x6C
  61: mov dword [ebp-0x18],0x64
  6c: mov eax,[ebp-0x18]
  73: mov [ebp-0x20],eax
  7a: mov eax,[ebp-0x20]
  81: shl eax,2
  84: add eax,0x40
  8a: mov edi,[esi+8]
  90: cmp eax,[edi+0x28]
  97: jae near 0x160
  9d: mov edi,[edi]
  a1: movss xmm0,[edi+eax]
  aa: mov edi,[ebp+0x18]
  b1: mov [ebp-0x18],edi
  b8: mov edi,[ebp+0x1C]
  bf: mov [ebp-0x14],edi
  c6: movsd [ebp-0x28],xmm0
  cf: cmp dword [ebp-0x18],0
  d9: jge near 0xE9
  df: mov eax,0
  e4: jmp 0x10B
  e9: cmp dword [ebp-0x18],0x64
  f3: jle near 0x104
  f9: mov dword [ebp-0x18],0x64
 104: mov eax,[ebp-0x18]
 10b: mov [ebp-0x20],eax
 112: mov eax,[ebp-0x20]
 119: shl eax,2
 11c: add eax,0x40
 122: mov edi,[esi+8]
 128: cmp eax,[edi+0x28]
 12f: jae near 0x16A
 135: mov edi,[edi]
 139: movss xmm0,[edi+eax]
 142: movss xmm1,[ebp-0x28]
 14b: subss xmm1,xmm0
 14f: movaps xmm0,xmm1
 152: mov esp,ebp
 154: pop ebp
 155: ret
 156: mov eax,9
 15b: call 0xFFFFFE68
 160: mov eax,2
 165: call 0xFFFFFE68
 16a: mov eax,2
 16f: call 0xFFFFFE68

