;; func 0 f
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x38
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp esp,[esi+0xC]
  21: jb near 0x38
  27: mov eax,[ebp+0x10]
  2e: add eax,1
  34: mov esp,ebp
  36: pop ebp
  37: ret
  38: mov eax,9
  3d: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x84
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: cmp esp,[esi+0xC]
  2f: jb near 0x84
  35: mov edi,[ebp-0x10]
  3c: mov [esp+8],edi
  43: mov edi,[ebp-0xC]
  4a: mov [esp+0xC],edi
  51: call 0xFFFFFFBE
  56: mov [ebp-0x10],eax
  5d: mov eax,[ebp+0x10]
  64: sub eax,1
  6a: mov [ebp+0x10],eax
  71: test eax,eax
  73: jne near 0x29
  79: mov eax,[ebp-0x10]
  80: mov esp,ebp
  82: pop ebp
  83: ret
  84: mov eax,9
  89: call 0xFFFFFFB0

