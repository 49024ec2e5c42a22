;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x7B
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ebx,[ebp+0x10]
  22: cmp esp,[esi+0xC]
  28: jb near 0x7B
  2e: mov eax,[ebp+0x18]
  35: add eax,ebx
  37: mov [ebp+0x18],eax
  3e: sub ebx,1
  44: jne near 0x22
  4a: mov eax,[ebp+0x18]
  51: and eax,6
  57: mov [ebp+0x18],eax
  5e: test eax,eax
  60: je near 0x70
  66: mov eax,1
  6b: jmp 0x77
  70: mov eax,[ebp+0x18]
  77: mov esp,ebp
  79: pop ebp
  7a: ret
  7b: mov eax,9
  80: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xA1
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: cmp esp,[esi+0xC]
  2f: jb near 0xA1
  35: mov eax,[ebp-0x10]
  3c: mov edx,[ebp-0xC]
  43: add eax,[ebp+0x10]
  49: adc edx,[ebp+0x14]
  4f: mov [ebp-0x10],eax
  56: mov [ebp-0xC],edx
  5d: mov eax,[ebp+0x10]
  64: mov edx,[ebp+0x14]
  6b: sub eax,1
  71: sbb edx,0
  77: mov [ebp+0x10],eax
  7e: mov [ebp+0x14],edx
  85: mov edi,eax
  87: or edi,edx
  89: jne near 0x29
  8f: mov eax,[ebp-0x10]
  96: mov edx,[ebp-0xC]
  9d: mov esp,ebp
  9f: pop ebp
  a0: ret
  a1: mov eax,9
  a6: call 0xFFFFFF6D

