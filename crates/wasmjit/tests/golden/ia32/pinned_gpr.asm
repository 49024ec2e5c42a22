;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0xAB
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: mov [ebp-0x18],eax
  2f: mov [ebp-0x14],eax
  35: cmp esp,[esi+0xC]
  3b: jb near 0xAB
  41: mov eax,[ebp-0x10]
  48: mov edx,0
  4d: add eax,[ebp-0x18]
  53: adc edx,[ebp-0x14]
  59: mov [ebp-0x18],eax
  60: mov [ebp-0x14],edx
  67: mov eax,[ebp-0x10]
  6e: add eax,1
  74: mov [ebp-0x10],eax
  7b: mov dword [ebp-0xC],0
  86: mov eax,[ebp-0x10]
  8d: cmp eax,[ebp+0x10]
  93: jb near 0x35
  99: mov eax,[ebp-0x18]
  a0: mov edx,[ebp-0x14]
  a7: mov esp,ebp
  a9: pop ebp
  aa: ret
  ab: mov eax,9
  b0: call 0xFFFFFFF2

