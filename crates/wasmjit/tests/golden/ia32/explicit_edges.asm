;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x3A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: jmp 0x44
  20: mov edi,0xFFFFFFFE
  25: mov edi,[esi+8]
  2b: mov edi,[edi]
  2f: mov eax,[edi+edi]
  36: mov esp,ebp
  38: pop ebp
  39: ret
  3a: mov eax,9
  3f: call 0xFFFFFFF2
  44: mov eax,2
  49: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x69
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: mov edi,[edi+4]
  2f: sub edi,0xFFFFFFF4
  35: jb near 0x73
  3b: cmp eax,edi
  3d: ja near 0x73
  43: mov edi,[esi+8]
  49: mov edi,[edi]
  4d: mov edi,0xFFFFFFF0
  52: add edi,eax
  54: mov edi,[esi+8]
  5a: mov edi,[edi]
  5e: mov eax,[edi+edi]
  65: mov esp,ebp
  67: pop ebp
  68: ret
  69: mov eax,9
  6e: call 0xFFFFFFA4
  73: mov eax,2
  78: call 0xFFFFFFA4

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x57
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x18]
  22: cmp eax,[ebp+0x10]
  28: setb al
  2b: movzx eax,al
  2e: mov ecx,[ebp+0x10]
  35: mov edi,[esi+8]
  3b: cmp ecx,[edi+0x1C]
  42: jae near 0x61
  48: mov edi,[edi]
  4c: mov [edi+ecx],al
  53: mov esp,ebp
  55: pop ebp
  56: ret
  57: mov eax,9
  5c: call 0xFFFFFF27
  61: mov eax,2
  66: call 0xFFFFFF27

