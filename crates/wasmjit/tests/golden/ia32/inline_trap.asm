;; func 0 div
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x51
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp dword [ebp+0x18],0
  25: jne near 0x30
  2b: jmp 0x5B
  30: mov ecx,[ebp+0x18]
  37: mov eax,[ebp+0x10]
  3e: test ecx,ecx
  40: je near 0x65
  46: mov edx,0
  4b: div ecx
  4d: mov esp,ebp
  4f: pop ebp
  50: ret
  51: mov eax,9
  56: call 0xFFFFFFF2
  5b: mov eax,1
  60: call 0xFFFFFFF2
  65: mov eax,7
  6a: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x57
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp dword [ebp+0x18],0
  25: jne near 0x30
  2b: jmp 0x61
  30: mov ecx,[ebp+0x18]
  37: mov eax,[ebp+0x10]
  3e: test ecx,ecx
  40: je near 0x6B
  46: mov edx,0
  4b: div ecx
  4d: add eax,1
  53: mov esp,ebp
  55: pop ebp
  56: ret
  57: mov eax,9
  5c: call 0xFFFFFF83
  61: mov eax,1
  66: call 0xFFFFFF83
  6b: mov eax,7
  70: call 0xFFFFFF83

