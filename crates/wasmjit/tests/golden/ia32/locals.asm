;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x88]
   a: cmp edi,[esi+0xC]
  10: jb near 0xB3
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: mov [ebp-0x18],eax
  2f: mov [ebp-0x14],eax
  35: mov [ebp-0x20],eax
  3b: mov [ebp-0x1C],eax
  41: mov [ebp-0x28],eax
  47: mov [ebp-0x24],eax
  4d: mov [ebp-0x30],eax
  53: mov [ebp-0x2C],eax
  59: mov [ebp-0x38],eax
  5f: mov [ebp-0x34],eax
  65: mov [ebp-0x40],eax
  6b: mov [ebp-0x3C],eax
  71: mov [ebp-0x48],eax
  77: mov [ebp-0x44],eax
  7d: mov [ebp-0x50],eax
  83: mov [ebp-0x4C],eax
  89: mov [ebp-0x58],eax
  8f: mov [ebp-0x54],eax
  95: mov eax,[ebp-0x18]
  9c: mov edx,[ebp-0x14]
  a3: add eax,[ebp-0x58]
  a9: adc edx,[ebp-0x54]
  af: mov esp,ebp
  b1: pop ebp
  b2: ret
  b3: mov eax,9
  b8: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x3A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: add eax,1
  28: mov [ebp-0x10],eax
  2f: imul eax,[ebp-0x10]
  36: mov esp,ebp
  38: pop ebp
  39: ret
  3a: mov eax,9
  3f: call 0xFFFFFF35

;; func 2 
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
  37: mov dword [ebp+0x10],5
  42: mov eax,[ebp-0x10]
  49: sub eax,[ebp+0x10]
  4f: mov esp,ebp
  51: pop ebp
  52: ret
  53: mov eax,9
  58: call 0xFFFFFEF1

