;; func 0 f
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x32
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp esp,[esi+0xC]
  21: jb near 0x32
  27: mov eax,[ebp+0x10]
  2e: mov esp,ebp
  30: pop ebp
  31: ret
  32: mov eax,9
  37: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x7C
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp esp,[esi+0xC]
  21: jb near 0x7C
  27: mov edi,[ebp+0x18]
  2e: mov [esp+8],edi
  35: mov edi,[ebp+0x1C]
  3c: mov [esp+0xC],edi
  43: call 0xFFFFFFC4
  48: add eax,[ebp+0x38]
  4e: mov [ebp+0x18],eax
  55: mov eax,[ebp+0x38]
  5c: sub eax,1
  62: mov [ebp+0x38],eax
  69: test eax,eax
  6b: jne near 0x1B
  71: mov eax,[ebp+0x18]
  78: mov esp,ebp
  7a: pop ebp
  7b: ret
  7c: mov eax,9
  81: call 0xFFFFFFB6

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0xC2
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: cmp esp,[esi+0xC]
  2f: jb near 0xC2
  35: mov edi,[ebp+0x18]
  3c: mov [esp+8],edi
  43: mov edi,[ebp+0x1C]
  4a: mov [esp+0xC],edi
  51: call 0xFFFFFF3E
  56: add eax,[ebp-0x10]
  5c: mov [ebp-0x10],eax
  63: mov eax,[ebp+0x10]
  6a: sub eax,1
  70: mov [ebp+0x10],eax
  77: test eax,eax
  79: jne near 0x29
  7f: mov edi,[ebp+0x18]
  86: mov [ebp-0x20],edi
  8d: mov edi,[ebp+0x1C]
  94: mov [ebp-0x1C],edi
  9b: mov edi,[ebp-0x20]
  a2: mov [ebp+0x18],edi
  a9: mov edi,[ebp-0x1C]
  b0: mov [ebp+0x1C],edi
  b7: mov eax,[ebp-0x10]
  be: mov esp,ebp
  c0: pop ebp
  c1: ret
  c2: mov eax,9
  c7: call 0xFFFFFF30

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x70
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: mov [ebp-0x10],eax
  23: mov [ebp-0xC],eax
  29: cmp esp,[esi+0xC]
  2f: jb near 0x70
  35: mov eax,[ebp-0x10]
  3c: add eax,[ebp+0x10]
  42: mov [ebp-0x10],eax
  49: mov eax,[ebp+0x10]
  50: sub eax,1
  56: mov [ebp+0x10],eax
  5d: test eax,eax
  5f: jne near 0x29
  65: mov eax,[ebp-0x10]
  6c: mov esp,ebp
  6e: pop ebp
  6f: ret
  70: mov eax,9
  75: call 0xFFFFFE64

