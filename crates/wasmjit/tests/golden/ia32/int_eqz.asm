;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2F
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp dword [ebp+0x10],0
  25: sete al
  28: movzx eax,al
  2b: mov esp,ebp
  2d: pop ebp
  2e: ret
  2f: mov eax,9
  34: call 0xFFFFFFF2

;; func 1 
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
  36: call 0xFFFFFFB9

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2F
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp dword [ebp+0x10],0
  25: setne al
  28: movzx eax,al
  2b: mov esp,ebp
  2d: pop ebp
  2e: ret
  2f: mov eax,9
  34: call 0xFFFFFF7E

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x3E
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp dword [ebp+0x10],0
  25: je near 0x35
  2b: mov eax,1
  30: jmp 0x3A
  35: mov eax,2
  3a: mov esp,ebp
  3c: pop ebp
  3d: ret
  3e: mov eax,9
  43: call 0xFFFFFF45

;; func 4 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x40
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[ebp+0x10]
  21: or edi,[ebp+0x14]
  27: jne near 0x37
  2d: mov eax,3
  32: jmp 0x3C
  37: mov eax,4
  3c: mov esp,ebp
  3e: pop ebp
  3f: ret
  40: mov eax,9
  45: call 0xFFFFFEFD

