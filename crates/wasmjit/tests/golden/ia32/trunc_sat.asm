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
  10: jb near 0x88
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsd xmm0,[ebp+0x10]
  24: push 0xC1E00000
  29: push 0x200000
  2e: movq xmm7,[esp]
  33: add esp,8
  36: ucomisd xmm0,xmm7
  3a: jp near 0x6B
  40: jbe near 0x75
  46: push 0x41E00000
  4b: push 0
  50: movq xmm7,[esp]
  55: add esp,8
  58: ucomisd xmm0,xmm7
  5c: jae near 0x7F
  62: cvttsd2si eax,xmm0
  66: jmp 0x84
  6b: mov eax,0
  70: jmp 0x84
  75: mov eax,0x80000000
  7a: jmp 0x84
  7f: mov eax,0x7FFFFFFF
  84: mov esp,ebp
  86: pop ebp
  87: ret
  88: mov eax,9
  8d: call 0xFFFFFED1

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0xB7
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsd xmm0,[ebp+0x10]
  24: push 0xBFF00000
  29: push 0
  2e: movq xmm7,[esp]
  33: add esp,8
  36: ucomisd xmm0,xmm7
  3a: jp near 0x9A
  40: jbe near 0xA4
  46: push 0x41F00000
  4b: push 0
  50: movq xmm7,[esp]
  55: add esp,8
  58: ucomisd xmm0,xmm7
  5c: jae near 0xAE
  62: push 0x41E00000
  67: push 0
  6c: movq xmm7,[esp]
  71: add esp,8
  74: ucomisd xmm0,xmm7
  78: jae near 0x87
  7e: cvttsd2si eax,xmm0
  82: jmp 0xB3
  87: subsd xmm0,xmm7
  8b: cvttsd2si eax,xmm0
  8f: xor eax,0x80000000
  95: jmp 0xB3
  9a: mov eax,0
  9f: jmp 0xB3
  a4: mov eax,0
  a9: jmp 0xB3
  ae: mov eax,0xFFFFFFFF
  b3: mov esp,ebp
  b5: pop ebp
  b6: ret
  b7: mov eax,9
  bc: call 0xFFFFFE3F

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
  71: call 0xFFFFFD7E
  76: call 0xFFFFFD7E

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
  71: call 0xFFFFFD03
  76: call 0xFFFFFD03

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
  71: call 0xFFFFFC88
  76: call 0xFFFFFC88

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
  71: call 0xFFFFFC0D
  76: call 0xFFFFFC0D

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
  29: call 0xFFFFFB92

