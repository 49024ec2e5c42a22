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
  10: jb near 0x4F
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: xorps xmm0,xmm0
  25: cvtsi2sd xmm0,eax
  29: test eax,eax
  2b: jns near 0x47
  31: push 0x41F00000
  36: push 0
  3b: movq xmm7,[esp]
  40: add esp,8
  43: addsd xmm0,xmm7
  47: cvtsd2ss xmm0,xmm0
  4b: mov esp,ebp
  4d: pop ebp
  4e: ret
  4f: mov eax,9
  54: call 0xFFFFFFBB

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
  6c: call 0xFFFFFF62
  71: call 0xFFFFFF62

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
  6c: call 0xFFFFFEEC
  71: call 0xFFFFFEEC

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
  32: call 0xFFFFFE76

;; func 5 
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
  2b: jns near 0x47
  31: push 0x41F00000
  36: push 0
  3b: movq xmm7,[esp]
  40: add esp,8
  43: addsd xmm0,xmm7
  47: mov esp,ebp
  49: pop ebp
  4a: ret
  4b: mov eax,9
  50: call 0xFFFFFE3F

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
  6c: call 0xFFFFFDEA
  71: call 0xFFFFFDEA

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
  6c: call 0xFFFFFD74
  71: call 0xFFFFFD74

;; func 8 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x31
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: push 0x43F00000
  20: push 0
  25: movq xmm0,[esp]
  2a: add esp,8
  2d: mov esp,ebp
  2f: pop ebp
  30: ret
  31: mov eax,9
  36: call 0xFFFFFCFE

