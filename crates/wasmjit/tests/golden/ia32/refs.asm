;; func 0 f
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x18]
   a: cmp edi,[esi+0xC]
  10: jb near 0x1F
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov esp,ebp
  1d: pop ebp
  1e: ret
  1f: mov eax,9
  24: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x24
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,0
  20: mov esp,ebp
  22: pop ebp
  23: ret
  24: mov eax,9
  29: call 0xFFFFFFC9

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x31
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[ebp+0x10]
  21: or edi,[ebp+0x14]
  27: sete al
  2a: movzx eax,al
  2d: mov esp,ebp
  2f: pop ebp
  30: ret
  31: mov eax,9
  36: call 0xFFFFFF9B

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x25
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[esi+0x18]
  21: mov esp,ebp
  23: pop ebp
  24: ret
  25: mov eax,9
  2a: call 0xFFFFFF60

;; func 4 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2D
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[esi+0x18]
  21: test eax,eax
  23: sete al
  26: movzx eax,al
  29: mov esp,ebp
  2b: pop ebp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFF31

