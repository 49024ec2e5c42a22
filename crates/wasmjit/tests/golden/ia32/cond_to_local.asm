;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x5D
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor ebx,ebx
  1d: cmp esp,[esi+0xC]
  23: jb near 0x5D
  29: cmp ebx,[ebp+0x10]
  2f: setl al
  32: movzx eax,al
  35: mov [ebp-0x18],eax
  3c: add ebx,1
  42: cmp dword [ebp-0x18],0
  4c: jne near 0x1D
  52: mov eax,[ebp-0x18]
  59: mov esp,ebp
  5b: pop ebp
  5c: ret
  5d: mov eax,9
  62: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x49
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,0
  20: cmp edi,[ebp+0x10]
  26: mov edi,0
  2b: sbb edi,[ebp+0x14]
  31: setl al
  34: movzx eax,al
  37: mov [ebp-0x10],eax
  3e: mov eax,[ebp-0x10]
  45: mov esp,ebp
  47: pop ebp
  48: ret
  49: mov eax,9
  4e: call 0xFFFFFF8B

