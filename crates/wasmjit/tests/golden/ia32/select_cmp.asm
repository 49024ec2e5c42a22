;; func 0 max
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x5F
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edx,[ebp+0x14]
  29: mov edi,[ebp+0x18]
  2f: cmp edi,eax
  31: mov edi,[ebp+0x1C]
  37: sbb edi,edx
  39: mov eax,[ebp+0x10]
  40: mov edx,[ebp+0x14]
  47: mov ecx,[ebp+0x18]
  4e: mov ebx,[ebp+0x1C]
  55: cmovge eax,ecx
  58: cmovge edx,ebx
  5b: mov esp,ebp
  5d: pop ebp
  5e: ret
  5f: mov eax,9
  64: call 0xFFFFFFF2

;; func 1 clamp
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x41
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xorps xmm7,xmm7
  1e: ucomisd xmm7,[ebp+0x10]
  26: jbe near 0x34
  2c: xorps xmm0,xmm0
  2f: jmp 0x3D
  34: movsd xmm0,[ebp+0x10]
  3d: mov esp,ebp
  3f: pop ebp
  40: ret
  41: mov eax,9
  46: call 0xFFFFFF89

;; func 2 div
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x4F
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ecx,[ebp+0x18]
  22: mov eax,[ebp+0x10]
  29: test ecx,ecx
  2b: je near 0x59
  31: cmp ecx,0xFFFFFFFF
  37: jne near 0x48
  3d: cmp eax,0x80000000
  42: je near 0x63
  48: cdq
  49: idiv ecx
  4b: mov esp,ebp
  4d: pop ebp
  4e: ret
  4f: mov eax,9
  54: call 0xFFFFFF3E
  59: mov eax,7
  5e: call 0xFFFFFF3E
  63: mov eax,6
  68: call 0xFFFFFF3E

