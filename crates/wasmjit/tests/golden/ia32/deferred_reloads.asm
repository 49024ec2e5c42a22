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
  10: jb near 0x173
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x18],eax
  23: mov [ebp-0x14],eax
  29: mov [ebp-0x20],eax
  2f: mov [ebp-0x1C],eax
  35: xor ebx,ebx
  37: cmp esp,[esi+0xC]
  3d: jb near 0x173
  43: mov [esp+8],ebx
  4a: mov [ebp-0x10],ebx
  51: mov dword [ebp-0xC],0
  5c: call 0xFFFFFFC4
  61: mov ebx,eax
  63: mov dword [ebp-0x28],5
  6e: mov edi,[ebp-0x18]
  75: mov [esp+8],edi
  7c: mov edi,[ebp-0x14]
  83: mov [esp+0xC],edi
  8a: mov [ebp-0x10],ebx
  91: mov dword [ebp-0xC],0
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
  e4: mov ebx,[ebp-0x10]
  eb: mov [esp+8],ebx
  f2: call 0xFFFFFFC4
  f7: add eax,[ebp+0x20]
  fd: mov [ebp+0x20],eax
 104: mov ebx,[ebp-0x10]
 10b: mov eax,ebx
 10d: add eax,[ebp-0x18]
 113: add eax,[ebp-0x20]
 119: mov ebx,eax
 11b: mov eax,[ebp-0x18]
 122: xor eax,[ebp-0x20]
 128: mov [ebp-0x18],eax
 12f: mov eax,[ebp-0x20]
 136: or eax,ebx
 138: mov [ebp-0x20],eax
 13f: mov eax,[ebp+0x10]
 146: sub eax,1
 14c: mov [ebp+0x10],eax
 153: test eax,eax
 155: jne near 0x37
 15b: mov eax,ebx
 15d: add eax,[ebp+0x18]
 163: add eax,[ebp+0x20]
 169: add eax,[ebp-0x28]
 16f: mov esp,ebp
 171: pop ebp
 172: ret
 173: mov eax,9
 178: call 0xFFFFFFB6

