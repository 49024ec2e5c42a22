;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0xA0
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: mov [ebp-0x18],eax
  2f: mov [ebp-0x14],eax
  35: cmp esp,[esi+0xC]
  3b: jb near 0xA0
  41: mov eax,[ebp-0x10]
  48: mov edx,0
  4d: add eax,[ebp-0x18]
  53: adc edx,[ebp-0x14]
  59: mov [ebp-0x18],eax
  60: mov [ebp-0x14],edx
  67: mov eax,[ebp-0x10]
  6e: add eax,1
  74: mov [ebp-0x10],eax
  7b: mov eax,[ebp-0x10]
  82: cmp eax,[ebp+0x10]
  88: jb near 0x35
  8e: mov eax,[ebp-0x18]
  95: mov edx,[ebp-0x14]
  9c: mov esp,ebp
  9e: pop ebp
  9f: ret
  a0: mov eax,9
  a5: call 0xFFFFFFF2

