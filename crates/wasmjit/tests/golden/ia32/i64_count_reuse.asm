;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x56
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edx,[ebp+0x14]
  29: and eax,[ebp+0x10]
  2f: and edx,[ebp+0x14]
  35: lzcnt edx,edx
  39: jae near 0x4B
  3f: lzcnt eax,eax
  43: add eax,0x20
  46: jmp 0x4D
  4b: mov eax,edx
  4d: mov edx,0
  52: mov esp,ebp
  54: pop ebp
  55: ret
  56: mov eax,9
  5b: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x4F
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edx,[ebp+0x14]
  29: and eax,[ebp+0x10]
  2f: and edx,[ebp+0x14]
  35: tzcnt eax,eax
  39: jae near 0x46
  3f: tzcnt eax,edx
  43: add eax,0x20
  46: mov edx,0
  4b: mov esp,ebp
  4d: pop ebp
  4e: ret
  4f: mov eax,9
  54: call 0xFFFFFF92

