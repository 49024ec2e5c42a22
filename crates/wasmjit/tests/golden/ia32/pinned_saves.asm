;; func 0 f
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x38
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp esp,[esi+0xC]
  21: jb near 0x38
  27: mov eax,[ebp+0x10]
  2e: add eax,1
  34: mov esp,ebp
  36: pop ebp
  37: ret
  38: mov eax,9
  3d: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0x1F7
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x18],eax
  23: mov [ebp-0x14],eax
  29: mov [ebp-0x20],eax
  2f: mov [ebp-0x1C],eax
  35: xor ebx,ebx
  37: cmp esp,[esi+0xC]
  3d: jb near 0x1F7
  43: mov edi,[ebp+0x18]
  4a: mov [esp+8],edi
  51: mov edi,[ebp+0x1C]
  58: mov [esp+0xC],edi
  5f: mov [ebp-0x28],ebx
  66: mov dword [ebp-0x24],0
  71: call 0xFFFFFFBE
  76: mov [ebp-0x10],eax
  7d: mov edi,[ebp-0x10]
  84: mov [esp+8],edi
  8b: mov edi,[ebp-0xC]
  92: mov [esp+0xC],edi
  99: call 0xFFFFFFBE
  9e: add eax,[ebp-0x10]
  a4: mov [ebp-0x10],eax
  ab: mov edi,[ebp+0x10]
  b2: mov [esp+8],edi
  b9: mov edi,[ebp+0x14]
  c0: mov [esp+0xC],edi
  c7: call 0xFFFFFFBE
  cc: mov eax,[ebp+0x10]
  d3: and eax,1
  d9: mov ebx,[ebp-0x28]
  e0: test eax,eax
  e2: je near 0x11C
  e8: mov edi,[ebp-0x10]
  ef: mov [esp+8],edi
  f6: mov edi,[ebp-0xC]
  fd: mov [esp+0xC],edi
 104: call 0xFFFFFFBE
 109: mov [ebp-0x10],eax
 110: mov ebx,[ebp-0x28]
 117: jmp 0x130
 11c: mov eax,[ebp+0x18]
 123: add eax,1
 129: mov [ebp+0x18],eax
 130: mov edi,[ebp+0x18]
 137: mov [esp+8],edi
 13e: mov edi,[ebp+0x1C]
 145: mov [esp+0xC],edi
 14c: mov [ebp-0x28],ebx
 153: mov dword [ebp-0x24],0
 15e: call 0xFFFFFFBE
 163: mov ebx,[ebp-0x18]
 16a: add ebx,[ebp-0x20]
 170: mov eax,ebx
 172: xor eax,[ebp-0x18]
 178: mov [ebp-0x20],eax
 17f: mov eax,[ebp-0x20]
 186: add eax,ebx
 188: mov [ebp-0x18],eax
 18f: mov ebx,[ebp-0x18]
 196: sub ebx,[ebp-0x20]
 19c: mov eax,ebx
 19e: or eax,[ebp-0x18]
 1a4: mov [ebp-0x20],eax
 1ab: mov eax,[ebp-0x20]
 1b2: and eax,ebx
 1b4: mov [ebp-0x18],eax
 1bb: mov ebx,[ebp-0x18]
 1c2: add ebx,[ebp-0x20]
 1c8: mov eax,[ebp+0x10]
 1cf: sub eax,1
 1d5: mov [ebp+0x10],eax
 1dc: test eax,eax
 1de: jne near 0x37
 1e4: mov eax,[ebp-0x10]
 1eb: add eax,[ebp+0x18]
 1f1: add eax,ebx
 1f3: mov esp,ebp
 1f5: pop ebp
 1f6: ret
 1f7: mov eax,9
 1fc: call 0xFFFFFFB0

