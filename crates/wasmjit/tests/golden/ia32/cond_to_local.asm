;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x7E
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: cmp esp,[esi+0xC]
  2f: jb near 0x7E
  35: mov eax,[ebp-0x10]
  3c: cmp eax,[ebp+0x10]
  42: setl al
  45: movzx eax,al
  48: mov [ebp-0x18],eax
  4f: mov eax,[ebp-0x10]
  56: add eax,1
  5c: mov [ebp-0x10],eax
  63: cmp dword [ebp-0x18],0
  6d: jne near 0x29
  73: mov eax,[ebp-0x18]
  7a: mov esp,ebp
  7c: pop ebp
  7d: ret
  7e: mov eax,9
  83: call 0xFFFFFFF2

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
  4e: call 0xFFFFFF6A

