;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x45
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: cmp eax,[ebp+0x18]
  28: jb near 0x3A
  2e: mov eax,[ebp+0x10]
  35: jmp 0x41
  3a: mov eax,[ebp+0x18]
  41: mov esp,ebp
  43: pop ebp
  44: ret
  45: mov eax,9
  4a: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x57
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xorps xmm0,xmm0
  1e: movss xmm7,[ebp+0x10]
  27: ucomiss xmm7,xmm0
  2a: jb near 0x3E
  30: movss xmm0,[ebp+0x10]
  39: jmp 0x53
  3e: movss xmm0,[ebp+0x10]
  47: mov edi,0x80000000
  4c: movd xmm7,edi
  50: xorps xmm0,xmm7
  53: mov esp,ebp
  55: pop ebp
  56: ret
  57: mov eax,9
  5c: call 0xFFFFFFA3

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x63
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: mov edi,[ebp+0x10]
  2f: cmp edi,0x64
  35: jne near 0x47
  3b: mov edi,[ebp+0x14]
  41: cmp edi,0
  47: je near 0x58
  4d: mov dword [ebp-0x10],1
  58: mov eax,[ebp-0x10]
  5f: mov esp,ebp
  61: pop ebp
  62: ret
  63: mov eax,9
  68: call 0xFFFFFF42

