;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x44
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: cmp eax,[edi+0x118]
  2f: jae near 0x4E
  35: mov edi,[edi]
  39: mov eax,[edi+eax+0x3C]
  40: mov esp,ebp
  42: pop ebp
  43: ret
  44: mov eax,9
  49: call 0xFFFFFFF2
  4e: mov eax,2
  53: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x58
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: mov edi,[edi+4]
  2f: sub edi,0x41
  35: jb near 0x62
  3b: cmp eax,edi
  3d: ja near 0x62
  43: mov edi,[esi+8]
  49: mov edi,[edi]
  4d: mov eax,[edi+eax+0x3D]
  54: mov esp,ebp
  56: pop ebp
  57: ret
  58: mov eax,9
  5d: call 0xFFFFFF9A
  62: mov eax,2
  67: call 0xFFFFFF9A

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x48
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[esi+8]
  21: cmp dword [edi+4],0x408
  2c: jb near 0x52
  32: mov edi,[edi]
  36: mov edx,[edi+0x404]
  3d: mov eax,[edi+0x400]
  44: mov esp,ebp
  46: pop ebp
  47: ret
  48: mov eax,9
  4d: call 0xFFFFFF2E
  52: mov eax,2
  57: call 0xFFFFFF2E

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x4F
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x18]
  22: mov ecx,[esi+0x2C]
  28: mov edx,[ebp+0x10]
  2f: cmp edx,[ecx+0x118]
  36: jae near 0x59
  3c: mov ecx,[ecx]
  43: mov [ecx+edx+0x3E],ax
  4b: mov esp,ebp
  4d: pop ebp
  4e: ret
  4f: mov eax,9
  54: call 0xFFFFFED2
  59: mov eax,2
  5e: call 0xFFFFFED2

