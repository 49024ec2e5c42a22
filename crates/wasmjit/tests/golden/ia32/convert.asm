;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2D
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: xorps xmm0,xmm0
  25: cvtsi2ss xmm0,eax
  29: mov esp,ebp
  2b: pop ebp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x4B
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: xorps xmm0,xmm0
  25: cvtsi2sd xmm0,eax
  29: test eax,eax
  2b: jns near 0x43
  31: mov edi,0x41F00000
  36: movd xmm7,edi
  3a: psllq xmm7,0x20
  3f: addsd xmm0,xmm7
  43: cvtsd2ss xmm0,xmm0
  47: mov esp,ebp
  49: pop ebp
  4a: ret
  4b: mov eax,9
  50: call 0xFFFFFFBB

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x67
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ecx,[ebp+0x10]
  22: mov edx,[ebp+0x14]
  29: lea ebx,[ebp-0x10]
  2f: mov eax,2
  34: sub esp,8
  37: push edi
  38: push ebx
  39: push edx
  3a: push ecx
  3b: push eax
  3c: push esi
  3d: mov eax,[ebp-8]
  40: mov eax,[eax+0x14]
  46: call dword [eax+0x3C]
  4c: add esp,0x20
  4f: mov esi,[ebp-8]
  52: test eax,eax
  54: jne near 0x71
  5a: movss xmm0,[ebp-0x10]
  63: mov esp,ebp
  65: pop ebp
  66: ret
  67: mov eax,9
  6c: call 0xFFFFFF66
  71: call 0xFFFFFF66

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x67
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ecx,[ebp+0x10]
  22: mov edx,[ebp+0x14]
  29: lea ebx,[ebp-0x10]
  2f: mov eax,0
  34: sub esp,8
  37: push edi
  38: push ebx
  39: push edx
  3a: push ecx
  3b: push eax
  3c: push esi
  3d: mov eax,[ebp-8]
  40: mov eax,[eax+0x14]
  46: call dword [eax+0x3C]
  4c: add esp,0x20
  4f: mov esi,[ebp-8]
  52: test eax,eax
  54: jne near 0x71
  5a: movss xmm0,[ebp-0x10]
  63: mov esp,ebp
  65: pop ebp
  66: ret
  67: mov eax,9
  6c: call 0xFFFFFEF0
  71: call 0xFFFFFEF0

;; func 4 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2D
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: xorps xmm0,xmm0
  25: cvtsi2sd xmm0,eax
  29: mov esp,ebp
  2b: pop ebp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFE7A

;; func 5 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x47
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: xorps xmm0,xmm0
  25: cvtsi2sd xmm0,eax
  29: test eax,eax
  2b: jns near 0x43
  31: mov edi,0x41F00000
  36: movd xmm7,edi
  3a: psllq xmm7,0x20
  3f: addsd xmm0,xmm7
  43: mov esp,ebp
  45: pop ebp
  46: ret
  47: mov eax,9
  4c: call 0xFFFFFE43

;; func 6 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x67
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ecx,[ebp+0x10]
  22: mov edx,[ebp+0x14]
  29: lea ebx,[ebp-0x10]
  2f: mov eax,3
  34: sub esp,8
  37: push edi
  38: push ebx
  39: push edx
  3a: push ecx
  3b: push eax
  3c: push esi
  3d: mov eax,[ebp-8]
  40: mov eax,[eax+0x14]
  46: call dword [eax+0x3C]
  4c: add esp,0x20
  4f: mov esi,[ebp-8]
  52: test eax,eax
  54: jne near 0x71
  5a: movsd xmm0,[ebp-0x10]
  63: mov esp,ebp
  65: pop ebp
  66: ret
  67: mov eax,9
  6c: call 0xFFFFFDF2
  71: call 0xFFFFFDF2

;; func 7 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x67
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ecx,[ebp+0x10]
  22: mov edx,[ebp+0x14]
  29: lea ebx,[ebp-0x10]
  2f: mov eax,1
  34: sub esp,8
  37: push edi
  38: push ebx
  39: push edx
  3a: push ecx
  3b: push eax
  3c: push esi
  3d: mov eax,[ebp-8]
  40: mov eax,[eax+0x14]
  46: call dword [eax+0x3C]
  4c: add esp,0x20
  4f: mov esi,[ebp-8]
  52: test eax,eax
  54: jne near 0x71
  5a: movsd xmm0,[ebp-0x10]
  63: mov esp,ebp
  65: pop ebp
  66: ret
  67: mov eax,9
  6c: call 0xFFFFFD7C
  71: call 0xFFFFFD7C

;; func 8 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2D
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,0x43F00000
  20: movd xmm0,edi
  24: psllq xmm0,0x20
  29: mov esp,ebp
  2b: pop ebp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFD06

