;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x116
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
  47: jb near 0x116
  4d: mov eax,[ebp-0x10]
  54: add eax,1
  5a: mov [ebp-0x10],eax
  61: mov eax,[ebp+0x10]
  68: xor eax,[ebp-0x18]
  6e: mov [ebp-0x18],eax
  75: mov eax,[ebp-0x18]
  7c: and eax,0xF0
  82: mov [ebp-0x18],eax
  89: mov eax,[ebp-0x18]
  90: or eax,[ebp-0x10]
  96: mov [ebp-0x18],eax
  9d: mov eax,[ebp-0x20]
  a4: mov edx,[ebp-0x1C]
  ab: add eax,3
  b1: adc edx,0
  b7: mov [ebp-0x20],eax
  be: mov [ebp-0x1C],edx
  c5: mov eax,[ebp-0x10]
  cc: mov edx,0
  d1: mov ecx,[ebp-0x20]
  d8: mov ebx,[ebp-0x1C]
  df: sub ecx,eax
  e1: sbb ebx,edx
  e3: mov [ebp-0x20],ecx
  ea: mov [ebp-0x1C],ebx
  f1: mov eax,[ebp-0x10]
  f8: cmp eax,[ebp+0x10]
  fe: jl near 0x41
 104: mov eax,[ebp-0x20]
 10b: mov edx,[ebp-0x1C]
 112: mov esp,ebp
 114: pop ebp
 115: ret
 116: mov eax,9
 11b: call 0xFFFFFFF2

