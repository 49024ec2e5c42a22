;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x98
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[esi+0x24]
  21: mov ecx,[ebp+0x10]
  28: cmp ecx,[eax+0x48]
  2f: jae near 0xA2
  35: mov eax,[eax]
  3c: mov ecx,[eax+ecx+8]
  43: mov edx,[esi+0x24]
  49: cmp dword [edx+4],0x42
  54: jb near 0xA2
  5a: mov edx,[edx]
  61: movsx eax,word [edx+0x40]
  69: add ecx,eax
  6b: mov eax,[ebp+0x10]
  72: mov edi,[esi+8]
  78: cmp eax,[edi+0x28]
  7f: jae near 0xA2
  85: mov edi,[edi]
  89: mov eax,[edi+eax]
  90: add ecx,eax
  92: mov eax,ecx
  94: mov esp,ebp
  96: pop ebp
  97: ret
  98: mov eax,9
  9d: call 0xFFFFFFF2
  a2: mov eax,2
  a7: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x4E
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x18]
  22: mov ecx,[esi+0x24]
  28: mov edx,[ebp+0x10]
  2f: cmp edx,[ecx+0x28]
  36: jae near 0x58
  3c: mov ecx,[ecx]
  43: mov [ecx+edx+3],al
  4a: mov esp,ebp
  4c: pop ebp
  4d: ret
  4e: mov eax,9
  53: call 0xFFFFFF46
  58: mov eax,2
  5d: call 0xFFFFFF46

