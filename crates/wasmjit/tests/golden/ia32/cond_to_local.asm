;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x94
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: cmp esp,[esi+0xC]
  2f: jb near 0x94
  35: mov eax,[ebp-0x10]
  3c: cmp eax,[ebp+0x10]
  42: setl al
  45: movzx eax,al
  48: mov [ebp-0x18],eax
  4f: mov dword [ebp-0x14],0
  5a: mov eax,[ebp-0x10]
  61: add eax,1
  67: mov [ebp-0x10],eax
  6e: mov dword [ebp-0xC],0
  79: cmp dword [ebp-0x18],0
  83: jne near 0x29
  89: mov eax,[ebp-0x18]
  90: mov esp,ebp
  92: pop ebp
  93: ret
  94: mov eax,9
  99: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x54
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,0
  20: cmp edi,[ebp+0x10]
  26: mov edi,0
  2b: sbb edi,[ebp+0x14]
  31: setl al
  34: movzx eax,al
  37: mov [ebp-0x10],eax
  3e: mov dword [ebp-0xC],0
  49: mov eax,[ebp-0x10]
  50: mov esp,ebp
  52: pop ebp
  53: ret
  54: mov eax,9
  59: call 0xFFFFFF54

