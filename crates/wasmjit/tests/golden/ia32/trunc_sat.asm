;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x74
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movss xmm0,[ebp+0x10]
  24: mov edi,0xCF000000
  29: movd xmm7,edi
  2d: ucomiss xmm0,xmm7
  30: jp near 0x57
  36: jb near 0x61
  3c: mov edi,0x4F000000
  41: movd xmm7,edi
  45: ucomiss xmm0,xmm7
  48: jae near 0x6B
  4e: cvttss2si eax,xmm0
  52: jmp 0x70
  57: mov eax,0
  5c: jmp 0x70
  61: mov eax,0x80000000
  66: jmp 0x70
  6b: mov eax,0x7FFFFFFF
  70: mov esp,ebp
  72: pop ebp
  73: ret
  74: mov eax,9
  79: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x99
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movss xmm0,[ebp+0x10]
  24: mov edi,0xBF800000
  29: movd xmm7,edi
  2d: ucomiss xmm0,xmm7
  30: jp near 0x7C
  36: jbe near 0x86
  3c: mov edi,0x4F800000
  41: movd xmm7,edi
  45: ucomiss xmm0,xmm7
  48: jae near 0x90
  4e: mov edi,0x4F000000
  53: movd xmm7,edi
  57: ucomiss xmm0,xmm7
  5a: jae near 0x69
  60: cvttss2si eax,xmm0
  64: jmp 0x95
  69: subss xmm0,xmm7
  6d: cvttss2si eax,xmm0
  71: xor eax,0x80000000
  77: jmp 0x95
  7c: mov eax,0
  81: jmp 0x95
  86: mov eax,0
  8b: jmp 0x95
  90: mov eax,0xFFFFFFFF
  95: mov esp,ebp
  97: pop ebp
  98: ret
  99: mov eax,9
  9e: call 0xFFFFFF74

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x8F
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
  45: jp near 0x72
  4b: jbe near 0x7C
  51: mov edi,0x41E00000
  56: movd xmm7,edi
  5a: psllq xmm7,0x20
  5f: ucomisd xmm0,xmm7
  63: jae near 0x86
  69: cvttsd2si eax,xmm0
  6d: jmp 0x8B
  72: mov eax,0
  77: jmp 0x8B
  7c: mov eax,0x80000000
  81: jmp 0x8B
  86: mov eax,0x7FFFFFFF
  8b: mov esp,ebp
  8d: pop ebp
  8e: ret
  8f: mov eax,9
  94: call 0xFFFFFED1

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0xAB
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsd xmm0,[ebp+0x10]
  24: mov edi,0xBFF00000
  29: movd xmm7,edi
  2d: psllq xmm7,0x20
  32: ucomisd xmm0,xmm7
  36: jp near 0x8E
  3c: jbe near 0x98
  42: mov edi,0x41F00000
  47: movd xmm7,edi
  4b: psllq xmm7,0x20
  50: ucomisd xmm0,xmm7
  54: jae near 0xA2
  5a: mov edi,0x41E00000
  5f: movd xmm7,edi
  63: psllq xmm7,0x20
  68: ucomisd xmm0,xmm7
  6c: jae near 0x7B
  72: cvttsd2si eax,xmm0
  76: jmp 0xA7
  7b: subsd xmm0,xmm7
  7f: cvttsd2si eax,xmm0
  83: xor eax,0x80000000
  89: jmp 0xA7
  8e: mov eax,0
  93: jmp 0xA7
  98: mov eax,0
  9d: jmp 0xA7
  a2: mov eax,0xFFFFFFFF
  a7: mov esp,ebp
  a9: pop ebp
  aa: ret
  ab: mov eax,9
  b0: call 0xFFFFFE38

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
  2f: mov eax,6
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
  71: call 0xFFFFFD83
  76: call 0xFFFFFD83

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
  2f: mov eax,4
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
  71: call 0xFFFFFD08
  76: call 0xFFFFFD08

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
  2f: mov eax,7
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
  71: call 0xFFFFFC8D
  76: call 0xFFFFFC8D

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
  2f: mov eax,5
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
  71: call 0xFFFFFC12
  76: call 0xFFFFFC12

;; func 8 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x24
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,0x7FFFFFFF
  20: mov esp,ebp
  22: pop ebp
  23: ret
  24: mov eax,9
  29: call 0xFFFFFB97

