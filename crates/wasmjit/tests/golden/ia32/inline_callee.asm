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
  10: jb near 0x7C
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ebx,[ebp+0x10]
  22: cmp ebx,0
  28: jge near 0x38
  2e: mov eax,0
  33: jmp 0x4B
  38: cmp ebx,0x64
  3e: jle near 0x49
  44: mov ebx,0x64
  49: mov eax,ebx
  4b: mov ebx,eax
  4d: mov eax,ebx
  4f: shl eax,2
  52: add eax,0x40
  58: mov edi,[esi+8]
  5e: cmp eax,[edi+0x28]
  65: jae near 0x86
  6b: mov edi,[edi]
  6f: movss xmm0,[edi+eax]
  78: mov esp,ebp
  7a: pop ebp
  7b: ret
  7c: mov eax,9
  81: call 0xFFFFFF2A
  86: mov eax,2
  8b: call 0xFFFFFF2A

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0xF2
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ebx,[ebp+0x10]
  22: cmp ebx,0
  28: jge near 0x38
  2e: mov eax,0
  33: jmp 0x4B
  38: cmp ebx,0x64
  3e: jle near 0x49
  44: mov ebx,0x64
  49: mov eax,ebx
  4b: mov ebx,eax
  4d: mov eax,ebx
  4f: shl eax,2
  52: add eax,0x40
  58: mov edi,[esi+8]
  5e: cmp eax,[edi+0x28]
  65: jae near 0xFC
  6b: mov edi,[edi]
  6f: movss xmm0,[edi+eax]
  78: mov ebx,[ebp+0x18]
  7f: movsd [ebp-0x28],xmm0
  88: cmp ebx,0
  8e: jge near 0x9E
  94: mov eax,0
  99: jmp 0xB1
  9e: cmp ebx,0x64
  a4: jle near 0xAF
  aa: mov ebx,0x64
  af: mov eax,ebx
  b1: mov ebx,eax
  b3: mov eax,ebx
  b5: shl eax,2
  b8: add eax,0x40
  be: mov edi,[esi+8]
  c4: cmp eax,[edi+0x28]
  cb: jae near 0x106
  d1: mov edi,[edi]
  d5: movss xmm0,[edi+eax]
  de: movss xmm1,[ebp-0x28]
  e7: subss xmm1,xmm0
  eb: movaps xmm0,xmm1
  ee: mov esp,ebp
  f0: pop ebp
  f1: ret
  f2: mov eax,9
  f7: call 0xFFFFFE9A
  fc: mov eax,2
 101: call 0xFFFFFE9A
 106: mov eax,2
 10b: call 0xFFFFFE9A

