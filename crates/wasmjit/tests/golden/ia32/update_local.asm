;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x142
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
  47: jb near 0x142
  4d: mov eax,[ebp-0x10]
  54: add eax,1
  5a: mov [ebp-0x10],eax
  61: mov dword [ebp-0xC],0
  6c: mov eax,[ebp+0x10]
  73: xor eax,[ebp-0x18]
  79: mov [ebp-0x18],eax
  80: mov dword [ebp-0x14],0
  8b: mov eax,[ebp-0x18]
  92: and eax,0xF0
  98: mov [ebp-0x18],eax
  9f: mov dword [ebp-0x14],0
  aa: mov eax,[ebp-0x18]
  b1: or eax,[ebp-0x10]
  b7: mov [ebp-0x18],eax
  be: mov dword [ebp-0x14],0
  c9: mov eax,[ebp-0x20]
  d0: mov edx,[ebp-0x1C]
  d7: add eax,3
  dd: adc edx,0
  e3: mov [ebp-0x20],eax
  ea: mov [ebp-0x1C],edx
  f1: mov eax,[ebp-0x10]
  f8: mov edx,0
  fd: mov ecx,[ebp-0x20]
 104: mov ebx,[ebp-0x1C]
 10b: sub ecx,eax
 10d: sbb ebx,edx
 10f: mov [ebp-0x20],ecx
 116: mov [ebp-0x1C],ebx
 11d: mov eax,[ebp-0x10]
 124: cmp eax,[ebp+0x10]
 12a: jl near 0x41
 130: mov eax,[ebp-0x20]
 137: mov edx,[ebp-0x1C]
 13e: mov esp,ebp
 140: pop ebp
 141: ret
 142: mov eax,9
 147: call 0xFFFFFFF2

