;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2C
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsd xmm0,[ebp+0x10]
  24: cvtsd2ss xmm0,xmm0
  28: mov esp,ebp
  2a: pop ebp
  2b: ret
  2c: mov eax,9
  31: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2C
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movss xmm0,[ebp+0x10]
  24: cvtss2sd xmm0,xmm0
  28: mov esp,ebp
  2a: pop ebp
  2b: ret
  2c: mov eax,9
  31: call 0xFFFFFFBC

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x26
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov esp,ebp
  24: pop ebp
  25: ret
  26: mov eax,9
  2b: call 0xFFFFFF86

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2D
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edx,[ebp+0x14]
  29: mov esp,ebp
  2b: pop ebp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFF56

;; func 4 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x28
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsd xmm0,[ebp+0x10]
  24: mov esp,ebp
  26: pop ebp
  27: ret
  28: mov eax,9
  2d: call 0xFFFFFF1F

;; func 5 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x28
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsd xmm0,[ebp+0x10]
  24: mov esp,ebp
  26: pop ebp
  27: ret
  28: mov eax,9
  2d: call 0xFFFFFEED

;; func 6 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x29
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,0
  20: mov edx,0x3FF00000
  25: mov esp,ebp
  27: pop ebp
  28: ret
  29: mov eax,9
  2e: call 0xFFFFFEBB

