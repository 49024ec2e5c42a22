;; func 0 get
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x63
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x18]
  22: shl eax,2
  25: add eax,[ebp+0x10]
  2b: mov edi,[esi+8]
  31: mov edi,[edi+4]
  38: sub edi,4
  3e: jb near 0x6D
  44: cmp eax,edi
  46: ja near 0x6D
  4c: mov edi,[esi+8]
  52: mov edi,[edi]
  56: movss xmm0,[edi+eax]
  5f: mov esp,ebp
  61: pop ebp
  62: ret
  63: mov eax,9
  68: call 0xFFFFFFF2
  6d: mov eax,2
  72: call 0xFFFFFFF2

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
  60: call 0xFFFFFF7B

;; func 2 center
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0xCD
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
  9b: mov edi,[edi+4]
  a2: sub edi,4
  a8: jb near 0xD7
  ae: cmp eax,edi
  b0: ja near 0xD7
  b6: mov edi,[esi+8]
  bc: mov edi,[edi]
  c0: movss xmm0,[edi+eax]
  c9: mov esp,ebp
  cb: pop ebp
  cc: ret
  cd: mov eax,9
  d2: call 0xFFFFFF16
  d7: mov eax,2
  dc: call 0xFFFFFF16

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0x194
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
  9b: mov edi,[edi+4]
  a2: sub edi,4
  a8: jb near 0x19E
  ae: cmp eax,edi
  b0: ja near 0x19E
  b6: mov edi,[esi+8]
  bc: mov edi,[edi]
  c0: movss xmm0,[edi+eax]
  c9: mov edi,[ebp+0x18]
  d0: mov [ebp-0x18],edi
  d7: mov edi,[ebp+0x1C]
  de: mov [ebp-0x14],edi
  e5: movsd [ebp-0x28],xmm0
  ee: cmp dword [ebp-0x18],0
  f8: jge near 0x108
  fe: mov eax,0
 103: jmp 0x12A
 108: cmp dword [ebp-0x18],0x64
 112: jle near 0x123
 118: mov dword [ebp-0x18],0x64
 123: mov eax,[ebp-0x18]
 12a: mov [ebp-0x20],eax
 131: mov dword [ebp-0x1C],0
 13c: mov eax,[ebp-0x20]
 143: shl eax,2
 146: add eax,0x40
 14c: mov edi,[esi+8]
 152: mov edi,[edi+4]
 159: sub edi,4
 15f: jb near 0x1A8
 165: cmp eax,edi
 167: ja near 0x1A8
 16d: mov edi,[esi+8]
 173: mov edi,[edi]
 177: movss xmm0,[edi+eax]
 180: movss xmm1,[ebp-0x28]
 189: subss xmm1,xmm0
 18d: movaps xmm0,xmm1
 190: mov esp,ebp
 192: pop ebp
 193: ret
 194: mov eax,9
 199: call 0xFFFFFE35
 19e: mov eax,2
 1a3: call 0xFFFFFE35
 1a8: mov eax,2
 1ad: call 0xFFFFFE35

