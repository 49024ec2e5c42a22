;; func 0 pair
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x81
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[ebp+0x18]
  22: mov [ebp-0x10],edi
  29: mov edi,[ebp+0x1C]
  30: mov [ebp-0xC],edi
  37: mov edi,[ebp+0x10]
  3e: mov [ebp-0x18],edi
  45: mov edi,[ebp+0x14]
  4c: mov [ebp-0x14],edi
  53: mov edi,[ebp-0x18]
  5a: mov [ebp+0x18],edi
  61: mov edi,[ebp-0x14]
  68: mov [ebp+0x1C],edi
  6f: mov eax,[ebp-0x10]
  76: mov edx,[ebp-0xC]
  7d: mov esp,ebp
  7f: pop ebp
  80: ret
  81: mov eax,9
  86: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x53
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[ebp+0x10]
  22: mov [ebp-0x10],edi
  29: mov edi,[ebp+0x14]
  30: mov [ebp-0xC],edi
  37: mov dword [ebp-0x18],3
  42: mov eax,[ebp-0x10]
  49: add eax,[ebp-0x18]
  4f: mov esp,ebp
  51: pop ebp
  52: ret
  53: mov eax,9
  58: call 0xFFFFFF67

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x7F
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[ebp+0x10]
  22: mov [ebp-0x10],edi
  29: mov edi,[ebp+0x14]
  30: mov [ebp-0xC],edi
  37: cmp dword [ebp+0x18],0
  41: je near 0x60
  47: mov eax,[ebp-0x10]
  4e: add eax,1
  54: mov [ebp-0x10],eax
  5b: jmp 0x74
  60: mov eax,[ebp-0x10]
  67: sub eax,2
  6d: mov [ebp-0x10],eax
  74: mov eax,[ebp-0x10]
  7b: mov esp,ebp
  7d: pop ebp
  7e: ret
  7f: mov eax,9
  84: call 0xFFFFFF0A

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x5C
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ebx,[ebp+0x10]
  22: mov [ebp-0x10],ebx
  29: cmp esp,[esi+0xC]
  2f: jb near 0x5C
  35: mov ebx,[ebp-0x10]
  3c: sub ebx,1
  42: test ebx,ebx
  44: mov [ebp-0x10],ebx
  4b: jne near 0x29
  51: mov eax,[ebp-0x10]
  58: mov esp,ebp
  5a: pop ebp
  5b: ret
  5c: mov eax,9
  61: call 0xFFFFFE81

;; func 4 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x66
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov dword [esp+8],1
  26: mov dword [esp+0x10],2
  31: mov dword [esp+0x14],0
  3c: call 0xFFFFFE29
  41: mov edi,[esp+0x10]
  48: mov [ebp-0x18],edi
  4f: mov edi,[esp+0x14]
  56: mov [ebp-0x14],edi
  5d: mov eax,0
  62: mov esp,ebp
  64: pop ebp
  65: ret
  66: mov eax,9
  6b: call 0xFFFFFE1B

