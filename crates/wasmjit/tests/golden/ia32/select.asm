;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x3A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp dword [ebp+0x20],0
  25: mov eax,[ebp+0x10]
  2c: mov ecx,[ebp+0x18]
  33: cmove eax,ecx
  36: mov esp,ebp
  38: pop ebp
  39: ret
  3a: mov eax,9
  3f: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x3D
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: cmp eax,[ebp+0x18]
  28: mov eax,[ebp+0x10]
  2f: mov ecx,[ebp+0x18]
  36: cmovae eax,ecx
  39: mov esp,ebp
  3b: pop ebp
  3c: ret
  3d: mov eax,9
  42: call 0xFFFFFFAE

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x41
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp dword [ebp+0x20],0
  25: movsd xmm0,[ebp+0x10]
  2e: jne near 0x3D
  34: movsd xmm0,[ebp+0x18]
  3d: mov esp,ebp
  3f: pop ebp
  40: ret
  41: mov eax,9
  46: call 0xFFFFFF67

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x41
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp dword [ebp+0x20],0
  25: movss xmm0,[ebp+0x10]
  2e: jne near 0x3D
  34: movss xmm0,[ebp+0x18]
  3d: mov esp,ebp
  3f: pop ebp
  40: ret
  41: mov eax,9
  46: call 0xFFFFFF1C

;; func 4 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2D
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x18]
  22: mov edx,[ebp+0x1C]
  29: mov esp,ebp
  2b: pop ebp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFED1

