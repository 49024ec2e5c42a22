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
  10: jb near 0x8E
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,0x3FF00000
  20: movd xmm0,edi
  24: psllq xmm0,0x20
  29: movsd xmm7,[ebp+0x10]
  32: ucomisd xmm7,xmm0
  36: ja near 0x85
  3c: xorps xmm7,xmm7
  3f: ucomiss xmm7,[ebp+0x18]
  46: jae near 0x85
  4c: movsd xmm7,[ebp+0x10]
  55: ucomisd xmm7,[ebp+0x10]
  5d: mov eax,1
  62: jp near 0x73
  68: jne near 0x73
  6e: mov eax,0
  73: test eax,eax
  75: jne near 0x85
  7b: mov eax,1
  80: jmp 0x8A
  85: mov eax,0
  8a: mov esp,ebp
  8c: pop ebp
  8d: ret
  8e: mov eax,9
  93: call 0xFFFFFF79

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
  3e: call 0xFFFFFEE1

