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
  10: jb near 0xB9
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
  7a: mov dword [ebp-0x14],0
  85: mov eax,[ebp-0x18]
  8c: shl eax,2
  8f: add eax,0x40
  95: mov edi,[esi+8]
  9b: cmp eax,[edi+0x28]
  a2: jae near 0xC3
  a8: mov edi,[edi]
  ac: movss xmm0,[edi+eax]
  b5: mov esp,ebp
  b7: pop ebp
  b8: ret
  b9: mov eax,9
  be: call 0xFFFFFF2A
  c3: mov eax,2
  c8: call 0xFFFFFF2A

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0x16C
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
  7a: mov dword [ebp-0x1C],0
  85: mov eax,[ebp-0x20]
  8c: shl eax,2
  8f: add eax,0x40
  95: mov edi,[esi+8]
  9b: cmp eax,[edi+0x28]
  a2: jae near 0x176
  a8: mov edi,[edi]
  ac: movss xmm0,[edi+eax]
  b5: mov edi,[ebp+0x18]
  bc: mov [ebp-0x18],edi
  c3: mov edi,[ebp+0x1C]
  ca: mov [ebp-0x14],edi
  d1: movsd [ebp-0x28],xmm0
  da: cmp dword [ebp-0x18],0
  e4: jge near 0xF4
  ea: mov eax,0
  ef: jmp 0x116
  f4: cmp dword [ebp-0x18],0x64
  fe: jle near 0x10F
 104: mov dword [ebp-0x18],0x64
 10f: mov eax,[ebp-0x18]
 116: mov [ebp-0x20],eax
 11d: mov dword [ebp-0x1C],0
 128: mov eax,[ebp-0x20]
 12f: shl eax,2
 132: add eax,0x40
 138: mov edi,[esi+8]
 13e: cmp eax,[edi+0x28]
 145: jae near 0x180
 14b: mov edi,[edi]
 14f: movss xmm0,[edi+eax]
 158: movss xmm1,[ebp-0x28]
 161: subss xmm1,xmm0
 165: movaps xmm0,xmm1
 168: mov esp,ebp
 16a: pop ebp
 16b: ret
 16c: mov eax,9
 171: call 0xFFFFFE5D
 176: mov eax,2
 17b: call 0xFFFFFE5D
 180: mov eax,2
 185: call 0xFFFFFE5D

