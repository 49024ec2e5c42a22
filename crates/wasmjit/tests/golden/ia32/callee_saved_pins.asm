;; func 0 f
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x32
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp esp,[esi+0xC]
  21: jb near 0x32
  27: mov eax,[ebp+0x10]
  2e: mov esp,ebp
  30: pop ebp
  31: ret
  32: mov eax,9
  37: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x88
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ebx,[ebp+0x38]
  22: cmp esp,[esi+0xC]
  28: jb near 0x88
  2e: mov edi,[ebp+0x18]
  35: mov [esp+8],edi
  3c: mov edi,[ebp+0x1C]
  43: mov [esp+0xC],edi
  4a: mov [ebp+0x38],ebx
  51: mov dword [ebp+0x3C],0
  5c: call 0xFFFFFFC4
  61: mov ebx,[ebp+0x38]
  68: add eax,ebx
  6a: mov [ebp+0x18],eax
  71: sub ebx,1
  77: jne near 0x22
  7d: mov eax,[ebp+0x18]
  84: mov esp,ebp
  86: pop ebp
  87: ret
  88: mov eax,9
  8d: call 0xFFFFFFB6

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0xBF
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor ebx,ebx
  1d: cmp esp,[esi+0xC]
  23: jb near 0xBF
  29: mov edi,[ebp+0x18]
  30: mov [esp+8],edi
  37: mov edi,[ebp+0x1C]
  3e: mov [esp+0xC],edi
  45: mov [ebp-0x10],ebx
  4c: mov dword [ebp-0xC],0
  57: call 0xFFFFFF32
  5c: mov ebx,[ebp-0x10]
  63: add ebx,eax
  65: mov eax,[ebp+0x10]
  6c: sub eax,1
  72: mov [ebp+0x10],eax
  79: test eax,eax
  7b: jne near 0x1D
  81: mov edi,[ebp+0x18]
  88: mov [ebp-0x20],edi
  8f: mov edi,[ebp+0x1C]
  96: mov [ebp-0x1C],edi
  9d: mov edi,[ebp-0x20]
  a4: mov [ebp+0x18],edi
  ab: mov edi,[ebp-0x1C]
  b2: mov [ebp+0x1C],edi
  b9: mov eax,ebx
  bb: mov esp,ebp
  bd: pop ebp
  be: ret
  bf: mov eax,9
  c4: call 0xFFFFFF24

;; func 3 
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
  29: mov ebx,[ebp+0x10]
  30: cmp esp,[esi+0xC]
  36: jb near 0x63
  3c: mov eax,[ebp-0x10]
  43: add eax,ebx
  45: mov [ebp-0x10],eax
  4c: sub ebx,1
  52: jne near 0x30
  58: mov eax,[ebp-0x10]
  5f: mov esp,ebp
  61: pop ebp
  62: ret
  63: mov eax,9
  68: call 0xFFFFFE5B

