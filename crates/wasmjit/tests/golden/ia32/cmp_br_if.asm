;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x6F
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp dword [ebp+0x10],5
  25: ja near 0x66
  2b: mov edi,[ebp+0x18]
  31: cmp edi,0
  37: mov edi,[ebp+0x1C]
  3d: sbb edi,0
  43: jl near 0x66
  49: mov eax,[ebp+0x18]
  50: cmp [ebp+0x10],eax
  56: jle near 0x66
  5c: mov eax,1
  61: jmp 0x6B
  66: mov eax,0
  6b: mov esp,ebp
  6d: pop ebp
  6e: ret
  6f: mov eax,9
  74: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x92
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: push 0x3FF00000
  20: push 0
  25: movq xmm0,[esp]
  2a: add esp,8
  2d: movsd xmm7,[ebp+0x10]
  36: ucomisd xmm7,xmm0
  3a: ja near 0x89
  40: xorps xmm7,xmm7
  43: ucomiss xmm7,[ebp+0x18]
  4a: jae near 0x89
  50: movsd xmm7,[ebp+0x10]
  59: ucomisd xmm7,[ebp+0x10]
  61: mov eax,1
  66: jp near 0x77
  6c: jne near 0x77
  72: mov eax,0
  77: test eax,eax
  79: jne near 0x89
  7f: mov eax,1
  84: jmp 0x8E
  89: mov eax,0
  8e: mov esp,ebp
  90: pop ebp
  91: ret
  92: mov eax,9
  97: call 0xFFFFFF79

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x39
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp dword [ebp+0x10],3
  25: mov eax,7
  2a: je near 0x35
  30: mov eax,9
  35: mov esp,ebp
  37: pop ebp
  38: ret
  39: mov eax,9
  3e: call 0xFFFFFEDD

