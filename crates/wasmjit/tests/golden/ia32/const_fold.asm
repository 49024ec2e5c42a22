;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x24
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,0x2A
  20: mov esp,ebp
  22: pop ebp
  23: ret
  24: mov eax,9
  29: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x29
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,0xA8
  20: mov edx,0
  25: mov esp,ebp
  27: pop ebp
  28: ret
  29: mov eax,9
  2e: call 0xFFFFFFC4

;; func 2 
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
  29: call 0xFFFFFF91

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x31
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ecx,0
  20: mov eax,1
  25: jmp 0x3B
  2a: cdq
  2b: idiv ecx
  2d: mov esp,ebp
  2f: pop ebp
  30: ret
  31: mov eax,9
  36: call 0xFFFFFF63
  3b: mov eax,7
  40: call 0xFFFFFF63

;; func 4 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2E
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,5
  20: jmp 0x2A
  25: mov eax,6
  2a: mov esp,ebp
  2c: pop ebp
  2d: ret
  2e: mov eax,9
  33: call 0xFFFFFF1E

