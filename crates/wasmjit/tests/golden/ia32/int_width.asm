;; func 0 
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
  2b: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  21: mov edx,eax
  23: sar edx,0x1F
  26: mov esp,ebp
  28: pop ebp
  29: ret
  2a: mov eax,9
  2f: call 0xFFFFFFC2

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2B
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edx,0
  27: mov esp,ebp
  29: pop ebp
  2a: ret
  2b: mov eax,9
  30: call 0xFFFFFF8E

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x37
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: add eax,[ebp+0x18]
  28: mov ecx,eax
  2a: mov ebx,0
  2f: mov eax,ecx
  31: mov edx,ebx
  33: mov esp,ebp
  35: pop ebp
  36: ret
  37: mov eax,9
  3c: call 0xFFFFFF59

