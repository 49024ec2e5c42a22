;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x56
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movss xmm0,[ebp+0x10]
  24: mov edi,0xCF000000
  29: movd xmm7,edi
  2d: ucomiss xmm0,xmm7
  30: jp near 0x60
  36: jb near 0x6A
  3c: mov edi,0x4F000000
  41: movd xmm7,edi
  45: ucomiss xmm0,xmm7
  48: jae near 0x6A
  4e: cvttss2si eax,xmm0
  52: mov esp,ebp
  54: pop ebp
  55: ret
  56: mov eax,9
  5b: call 0xFFFFFFF2
  60: mov eax,8
  65: call 0xFFFFFFF2
  6a: mov eax,6
  6f: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x7B
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movss xmm0,[ebp+0x10]
  24: mov edi,0xBF800000
  29: movd xmm7,edi
  2d: ucomiss xmm0,xmm7
  30: jp near 0x85
  36: jbe near 0x8F
  3c: mov edi,0x4F800000
  41: movd xmm7,edi
  45: ucomiss xmm0,xmm7
  48: jae near 0x8F
  4e: mov edi,0x4F000000
  53: movd xmm7,edi
  57: ucomiss xmm0,xmm7
  5a: jae near 0x69
  60: cvttss2si eax,xmm0
  64: jmp 0x77
  69: subss xmm0,xmm7
  6d: cvttss2si eax,xmm0
  71: xor eax,0x80000000
  77: mov esp,ebp
  79: pop ebp
  7a: ret
  7b: mov eax,9
  80: call 0xFFFFFF7E
  85: mov eax,8
  8a: call 0xFFFFFF7E
  8f: mov eax,6
  94: call 0xFFFFFF7E

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x71
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsd xmm0,[ebp+0x10]
  24: mov edi,0x200000
  29: movd xmm7,edi
  2d: mov edi,0
  32: pinsrw xmm7,edi,2
  37: mov edi,0xC1E0
  3c: pinsrw xmm7,edi,3
  41: ucomisd xmm0,xmm7
  45: jp near 0x7B
  4b: jbe near 0x85
  51: mov edi,0x41E00000
  56: movd xmm7,edi
  5a: psllq xmm7,0x20
  5f: ucomisd xmm0,xmm7
  63: jae near 0x85
  69: cvttsd2si eax,xmm0
  6d: mov esp,ebp
  6f: pop ebp
  70: ret
  71: mov eax,9
  76: call 0xFFFFFEE5
  7b: mov eax,8
  80: call 0xFFFFFEE5
  85: mov eax,6
  8a: call 0xFFFFFEE5

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x8D
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsd xmm0,[ebp+0x10]
  24: mov edi,0xBFF00000
  29: movd xmm7,edi
  2d: psllq xmm7,0x20
  32: ucomisd xmm0,xmm7
  36: jp near 0x97
  3c: jbe near 0xA1
  42: mov edi,0x41F00000
  47: movd xmm7,edi
  4b: psllq xmm7,0x20
  50: ucomisd xmm0,xmm7
  54: jae near 0xA1
  5a: mov edi,0x41E00000
  5f: movd xmm7,edi
  63: psllq xmm7,0x20
  68: ucomisd xmm0,xmm7
  6c: jae near 0x7B
  72: cvttsd2si eax,xmm0
  76: jmp 0x89
  7b: subsd xmm0,xmm7
  7f: cvttsd2si eax,xmm0
  83: xor eax,0x80000000
  89: mov esp,ebp
  8b: pop ebp
  8c: ret
  8d: mov eax,9
  92: call 0xFFFFFE56
  97: mov eax,8
  9c: call 0xFFFFFE56
  a1: mov eax,6
  a6: call 0xFFFFFE56

;; func 4 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x6C
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
  46: call dword [eax+0x40]
  4c: add esp,0x20
  4f: mov esi,[ebp-8]
  52: test eax,eax
  54: jne near 0x76
  5a: mov eax,[ebp-0x10]
  61: mov edx,[ebp-0xC]
  68: mov esp,ebp
  6a: pop ebp
  6b: ret
  6c: mov eax,9
  71: call 0xFFFFFDAB
  76: call 0xFFFFFDAB

;; func 5 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x6C
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
  46: call dword [eax+0x40]
  4c: add esp,0x20
  4f: mov esi,[ebp-8]
  52: test eax,eax
  54: jne near 0x76
  5a: mov eax,[ebp-0x10]
  61: mov edx,[ebp-0xC]
  68: mov esp,ebp
  6a: pop ebp
  6b: ret
  6c: mov eax,9
  71: call 0xFFFFFD30
  76: call 0xFFFFFD30

;; func 6 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x6C
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
  46: call dword [eax+0x40]
  4c: add esp,0x20
  4f: mov esi,[ebp-8]
  52: test eax,eax
  54: jne near 0x76
  5a: mov eax,[ebp-0x10]
  61: mov edx,[ebp-0xC]
  68: mov esp,ebp
  6a: pop ebp
  6b: ret
  6c: mov eax,9
  71: call 0xFFFFFCB5
  76: call 0xFFFFFCB5

;; func 7 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x6C
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
  46: call dword [eax+0x40]
  4c: add esp,0x20
  4f: mov esi,[ebp-8]
  52: test eax,eax
  54: jne near 0x76
  5a: mov eax,[ebp-0x10]
  61: mov edx,[ebp-0xC]
  68: mov esp,ebp
  6a: pop ebp
  6b: ret
  6c: mov eax,9
  71: call 0xFFFFFC3A
  76: call 0xFFFFFC3A

