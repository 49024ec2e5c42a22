;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x88
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp esp,[esi+0xC]
  21: jb near 0x88
  27: mov eax,[ebp+0x18]
  2e: add eax,[ebp+0x10]
  34: mov [ebp+0x18],eax
  3b: mov eax,[ebp+0x10]
  42: sub eax,1
  48: mov [ebp+0x10],eax
  4f: test eax,eax
  51: jne near 0x1B
  57: mov eax,[ebp+0x18]
  5e: and eax,6
  64: mov [ebp+0x18],eax
  6b: test eax,eax
  6d: je near 0x7D
  73: mov eax,1
  78: jmp 0x84
  7d: mov eax,[ebp+0x18]
  84: mov esp,ebp
  86: pop ebp
  87: ret
  88: mov eax,9
  8d: call 0xFFFFFFF2

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
  a6: call 0xFFFFFF60

