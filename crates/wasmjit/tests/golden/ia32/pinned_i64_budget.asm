;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x84
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x18],eax
  23: mov [ebp-0x14],eax
  29: xor ebx,ebx
  2b: cmp esp,[esi+0xC]
  31: jb near 0x84
  37: cmp ebx,[ebp+0x10]
  3d: jae near 0x79
  43: mov edi,[esi+8]
  49: cmp ebx,[edi+0x28]
  50: jae near 0x8E
  56: mov edi,[edi]
  5a: mov eax,[edi+ebx]
  61: add eax,[ebp-0x18]
  67: mov [ebp-0x18],eax
  6e: add ebx,4
  74: jmp 0x2B
  79: mov eax,[ebp-0x18]
  80: mov esp,ebp
  82: pop ebp
  83: ret
  84: mov eax,9
  89: call 0xFFFFFFF2
  8e: mov eax,2
  93: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0xC3
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: mov [ebp-0x18],eax
  2f: mov [ebp-0x14],eax
  35: cmp esp,[esi+0xC]
  3b: jb near 0xC3
  41: mov eax,[ebp-0x10]
  48: cmp eax,[ebp+0x10]
  4e: jae near 0xB1
  54: mov ecx,[ebp-0x10]
  5b: mov edi,[esi+8]
  61: cmp ecx,[edi+0x28]
  68: jae near 0xCD
  6e: mov edi,[edi]
  72: mov eax,[edi+ecx]
  79: mov edx,0
  7e: add eax,[ebp-0x18]
  84: adc edx,[ebp-0x14]
  8a: mov [ebp-0x18],eax
  91: mov [ebp-0x14],edx
  98: mov eax,[ebp-0x10]
  9f: add eax,4
  a5: mov [ebp-0x10],eax
  ac: jmp 0x35
  b1: mov eax,[ebp-0x18]
  b8: mov edx,[ebp-0x14]
  bf: mov esp,ebp
  c1: pop ebp
  c2: ret
  c3: mov eax,9
  c8: call 0xFFFFFF5A
  cd: mov eax,2
  d2: call 0xFFFFFF5A

