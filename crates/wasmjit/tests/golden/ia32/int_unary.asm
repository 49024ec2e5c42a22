;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x3B
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: lzcnt eax,[ebp+0x10]
  23: tzcnt ecx,[ebp+0x10]
  2b: add eax,ecx
  2d: popcnt ecx,[ebp+0x10]
  35: add eax,ecx
  37: mov esp,ebp
  39: pop ebp
  3a: ret
  3b: mov eax,9
  40: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x7A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: lzcnt eax,[ebp+0x14]
  23: jae near 0x34
  29: lzcnt eax,[ebp+0x10]
  31: add eax,0x20
  34: mov edx,0
  39: tzcnt ecx,[ebp+0x10]
  41: jae near 0x52
  47: tzcnt ecx,[ebp+0x14]
  4f: add ecx,0x20
  52: mov ebx,0
  57: add eax,ecx
  59: adc edx,ebx
  5b: popcnt ecx,[ebp+0x10]
  63: popcnt ebx,[ebp+0x14]
  6b: add ecx,ebx
  6d: mov ebx,0
  72: add eax,ecx
  74: adc edx,ebx
  76: mov esp,ebp
  78: pop ebp
  79: ret
  7a: mov eax,9
  7f: call 0xFFFFFFAD

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2F
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsx eax,byte [ebp+0x10]
  22: movsx ecx,word [ebp+0x10]
  29: add eax,ecx
  2b: mov esp,ebp
  2d: pop ebp
  2e: ret
  2f: mov eax,9
  34: call 0xFFFFFF29

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x4A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsx eax,byte [ebp+0x10]
  22: mov edx,eax
  24: sar edx,0x1F
  27: movsx ecx,word [ebp+0x10]
  2e: mov ebx,ecx
  30: sar ebx,0x1F
  33: add eax,ecx
  35: adc edx,ebx
  37: mov ecx,[ebp+0x10]
  3d: mov ebx,ecx
  3f: sar ebx,0x1F
  42: add eax,ecx
  44: adc edx,ebx
  46: mov esp,ebp
  48: pop ebp
  49: ret
  4a: mov eax,9
  4f: call 0xFFFFFEF0

