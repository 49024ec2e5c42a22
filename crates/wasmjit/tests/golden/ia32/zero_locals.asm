;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x72
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x18],eax
  23: mov [ebp-0x14],eax
  29: mov [ebp-0x20],eax
  2f: mov [ebp-0x1C],eax
  35: mov dword [ebp-0x10],7
  40: cmp dword [ebp+0x10],0
  4a: je near 0x5B
  50: mov dword [ebp-0x20],1
  5b: mov eax,[ebp-0x18]
  62: add eax,[ebp-0x10]
  68: add eax,[ebp-0x20]
  6e: mov esp,ebp
  70: pop ebp
  71: ret
  72: mov eax,9
  77: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0xD8]
   a: cmp edi,[esi+0xC]
  10: jb near 0xBF
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ebx,[ebp+0x10]
  22: mov [ebp-0x10],ebx
  29: mov [ebp-0x18],ebx
  30: mov [ebp-0x20],ebx
  37: mov [ebp-0x28],ebx
  3e: mov [ebp-0x30],ebx
  45: mov [ebp-0x38],ebx
  4c: mov [ebp-0x40],ebx
  53: mov [ebp-0x48],ebx
  5a: mov [ebp-0x50],ebx
  61: mov [ebp-0x58],ebx
  68: mov [ebp-0x60],ebx
  6f: mov [ebp-0x68],ebx
  76: mov [ebp-0x70],ebx
  7d: mov [ebp-0x78],ebx
  84: mov [ebp-0x80],ebx
  8b: mov [ebp-0x88],ebx
  92: mov [ebp-0x90],ebx
  99: mov [ebp-0x98],ebx
  a0: mov [ebp-0xA0],ebx
  a7: mov [ebp-0xA8],ebx
  ae: mov eax,[ebp-0xA8]
  b5: add eax,[ebp-0x10]
  bb: mov esp,ebp
  bd: pop ebp
  be: ret
  bf: mov eax,9
  c4: call 0xFFFFFF76

