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
  10: jb near 0x5F
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: mov edi,[edi+4]
  2f: sub edi,0xFFFFFFF4
  35: jb near 0x69
  3b: cmp eax,edi
  3d: ja near 0x69
  43: mov edi,0xFFFFFFF0
  48: add edi,eax
  4a: mov edi,[esi+8]
  50: mov edi,[edi]
  54: mov eax,[edi+edi]
  5b: mov esp,ebp
  5d: pop ebp
  5e: ret
  5f: mov eax,9
  64: call 0xFFFFFFA4
  69: mov eax,2
  6e: call 0xFFFFFFA4

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x6B
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x18]
  22: cmp eax,[ebp+0x10]
  28: setb al
  2b: movzx eax,al
  2e: mov ecx,[ebp+0x10]
  35: mov edi,[esi+8]
  3b: mov edi,[edi+4]
  42: sub edi,1
  48: jb near 0x75
  4e: cmp ecx,edi
  50: ja near 0x75
  56: mov edi,[esi+8]
  5c: mov edi,[edi]
  60: mov [edi+ecx],al
  67: mov esp,ebp
  69: pop ebp
  6a: ret
  6b: mov eax,9
  70: call 0xFFFFFF31
  75: mov eax,2
  7a: call 0xFFFFFF31

