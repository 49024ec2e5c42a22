;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xBC
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[esi+0x24]
  21: mov ecx,[ebp+0x10]
  28: mov edi,[eax+4]
  2f: sub edi,0xC
  35: jb near 0xC6
  3b: cmp ecx,edi
  3d: ja near 0xC6
  43: mov eax,[eax]
  4a: mov ecx,[eax+ecx+8]
  51: mov edx,[esi+0x24]
  57: mov edi,[edx+4]
  5e: sub edi,0x42
  64: jb near 0xC6
  6a: mov edx,[edx]
  71: movsx eax,word [edx+0x40]
  79: add ecx,eax
  7b: mov eax,[ebp+0x10]
  82: mov edi,[esi+8]
  88: mov edi,[edi+4]
  8f: sub edi,4
  95: jb near 0xC6
  9b: cmp eax,edi
  9d: ja near 0xC6
  a3: mov edi,[esi+8]
  a9: mov edi,[edi]
  ad: mov eax,[edi+eax]
  b4: add ecx,eax
  b6: mov eax,ecx
  b8: mov esp,ebp
  ba: pop ebp
  bb: ret
  bc: mov eax,9
  c1: call 0xFFFFFFF2
  c6: mov eax,2
  cb: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x5C
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x18]
  22: mov ecx,[esi+0x24]
  28: mov edx,[ebp+0x10]
  2f: mov edi,[ecx+4]
  36: sub edi,4
  3c: jb near 0x66
  42: cmp edx,edi
  44: ja near 0x66
  4a: mov ecx,[ecx]
  51: mov [ecx+edx+3],al
  58: mov esp,ebp
  5a: pop ebp
  5b: ret
  5c: mov eax,9
  61: call 0xFFFFFF22
  66: mov eax,2
  6b: call 0xFFFFFF22

