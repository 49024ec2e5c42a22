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
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0x18D
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: mov [ebp-0x18],eax
  2f: mov [ebp-0x14],eax
  35: mov [ebp-0x20],eax
  3b: mov [ebp-0x1C],eax
  41: cmp esp,[esi+0xC]
  47: jb near 0x18D
  4d: mov edi,[ebp-0x10]
  54: mov [esp+8],edi
  5b: mov edi,[ebp-0xC]
  62: mov [esp+0xC],edi
  69: call 0xFFFFFFC4
  6e: mov [ebp-0x10],eax
  75: mov dword [ebp-0x28],5
  80: mov edi,[ebp-0x18]
  87: mov [esp+8],edi
  8e: mov edi,[ebp-0x14]
  95: mov [esp+0xC],edi
  9c: call 0xFFFFFFC4
  a1: mov [ebp-0x18],eax
  a8: mov edi,[ebp-0x20]
  af: mov [esp+8],edi
  b6: mov edi,[ebp-0x1C]
  bd: mov [esp+0xC],edi
  c4: call 0xFFFFFFC4
  c9: mov [ebp-0x20],eax
  d0: mov eax,[ebp+0x18]
  d7: add eax,[ebp-0x28]
  dd: mov [ebp+0x18],eax
  e4: mov edi,[ebp-0x10]
  eb: mov [esp+8],edi
  f2: mov edi,[ebp-0xC]
  f9: mov [esp+0xC],edi
 100: call 0xFFFFFFC4
 105: add eax,[ebp+0x20]
 10b: mov [ebp+0x20],eax
 112: mov eax,[ebp-0x10]
 119: add eax,[ebp-0x18]
 11f: add eax,[ebp-0x20]
 125: mov [ebp-0x10],eax
 12c: mov eax,[ebp-0x18]
 133: xor eax,[ebp-0x20]
 139: mov [ebp-0x18],eax
 140: mov eax,[ebp-0x20]
 147: or eax,[ebp-0x10]
 14d: mov [ebp-0x20],eax
 154: mov eax,[ebp+0x10]
 15b: sub eax,1
 161: mov [ebp+0x10],eax
 168: test eax,eax
 16a: jne near 0x41
 170: mov eax,[ebp-0x10]
 177: add eax,[ebp+0x18]
 17d: add eax,[ebp+0x20]
 183: add eax,[ebp-0x28]
 189: mov esp,ebp
 18b: pop ebp
 18c: ret
 18d: mov eax,9
 192: call 0xFFFFFFB6

