;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x18]
   a: cmp edi,[esi+0xC]
  10: jb near 0x24
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: jmp 0x2E
  20: mov esp,ebp
  22: pop ebp
  23: ret
  24: mov eax,9
  29: call 0xFFFFFFF2
  2e: mov eax,1
  33: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2B
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: jmp 0x27
  27: mov esp,ebp
  29: pop ebp
  2a: ret
  2b: mov eax,9
  30: call 0xFFFFFFBA

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x29
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,1
  20: jmp 0x25
  25: mov esp,ebp
  27: pop ebp
  28: ret
  29: mov eax,9
  2e: call 0xFFFFFF85

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x39
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp dword [ebp+0x10],0
  25: je near 0x30
  2b: jmp 0x43
  30: mov eax,3
  35: mov esp,ebp
  37: pop ebp
  38: ret
  39: mov eax,9
  3e: call 0xFFFFFF52
  43: mov eax,1
  48: call 0xFFFFFF52

