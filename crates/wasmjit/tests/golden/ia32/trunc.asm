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
  10: jb near 0x6A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsd xmm0,[ebp+0x10]
  24: push 0xC1E00000
  29: push 0x200000
  2e: movq xmm7,[esp]
  33: add esp,8
  36: ucomisd xmm0,xmm7
  3a: jp near 0x74
  40: jbe near 0x7E
  46: push 0x41E00000
  4b: push 0
  50: movq xmm7,[esp]
  55: add esp,8
  58: ucomisd xmm0,xmm7
  5c: jae near 0x7E
  62: cvttsd2si eax,xmm0
  66: mov esp,ebp
  68: pop ebp
  69: ret
  6a: mov eax,9
  6f: call 0xFFFFFEE5
  74: mov eax,8
  79: call 0xFFFFFEE5
  7e: mov eax,6
  83: call 0xFFFFFEE5

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x99
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsd xmm0,[ebp+0x10]
  24: push 0xBFF00000
  29: push 0
  2e: movq xmm7,[esp]
  33: add esp,8
  36: ucomisd xmm0,xmm7
  3a: jp near 0xA3
  40: jbe near 0xAD
  46: push 0x41F00000
  4b: push 0
  50: movq xmm7,[esp]
  55: add esp,8
  58: ucomisd xmm0,xmm7
  5c: jae near 0xAD
  62: push 0x41E00000
  67: push 0
  6c: movq xmm7,[esp]
  71: add esp,8
  74: ucomisd xmm0,xmm7
  78: jae near 0x87
  7e: cvttsd2si eax,xmm0
  82: jmp 0x95
  87: subsd xmm0,xmm7
  8b: cvttsd2si eax,xmm0
  8f: xor eax,0x80000000
  95: mov esp,ebp
  97: pop ebp
  98: ret
  99: mov eax,9
  9e: call 0xFFFFFE5D
  a3: mov eax,8
  a8: call 0xFFFFFE5D
  ad: mov eax,6
  b2: call 0xFFFFFE5D

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
  71: call 0xFFFFFDA6
  76: call 0xFFFFFDA6

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
  71: call 0xFFFFFD2B
  76: call 0xFFFFFD2B

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
  71: call 0xFFFFFCB0
  76: call 0xFFFFFCB0

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
  71: call 0xFFFFFC35
  76: call 0xFFFFFC35

