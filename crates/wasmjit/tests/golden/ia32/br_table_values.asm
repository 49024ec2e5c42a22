;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xA5
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov dword [ebp-0x10],0x64
  26: mov edi,[ebp+0x10]
  2d: cmp edi,4
  33: jae near 0x5B
  39: call 0x3E
  3e: pop eax
  3f: add eax,0xD
  44: mov edi,[eax+edi*4]
  47: add edi,eax
  49: jmp edi
  4b: sbb al,0
  4d: add [eax],al
  4f: sub [eax],al
  51: add [eax],al
  53: xor al,0
  55: add [eax],al
  57: sub [eax],al
  59: add [eax],al
  5b: mov eax,[ebp-0x10]
  62: jmp 0x8B
  67: mov eax,[ebp-0x10]
  6e: jmp 0x8B
  73: mov eax,[ebp-0x10]
  7a: jmp 0x96
  7f: mov eax,[ebp-0x10]
  86: jmp 0xA1
  8b: add eax,1
  91: jmp 0xA1
  96: add eax,2
  9c: jmp 0xA1
  a1: mov esp,ebp
  a3: pop ebp
  a4: ret
  a5: mov eax,9
  aa: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2E
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: jmp 0x20
  20: mov eax,2
  25: jmp 0x2A
  2a: mov esp,ebp
  2c: pop ebp
  2d: ret
  2e: mov eax,9
  33: call 0xFFFFFF43

