;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x7A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: mov edi,[edi+4]
  2f: sub edi,4
  35: jb near 0x84
  3b: cmp eax,edi
  3d: ja near 0x84
  43: mov edi,[esi+8]
  49: mov edi,[edi]
  4d: mov eax,[edi+eax]
  54: mov ecx,[ebp+0x10]
  5b: add ecx,1
  61: mov edx,eax
  63: mov ebx,edx
  65: mov eax,ebx
  67: test ecx,ecx
  69: je near 0x8E
  6f: mov edx,0
  74: div ecx
  76: mov esp,ebp
  78: pop ebp
  79: ret
  7a: mov eax,9
  7f: call 0xFFFFFFF2
  84: mov eax,2
  89: call 0xFFFFFFF2
  8e: mov eax,7
  93: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x488]
   a: cmp edi,[esi+0xC]
  10: jb near 0x24
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,0x2602
  20: mov esp,ebp
  22: pop ebp
  23: ret
  24: mov eax,9
  29: call 0xFFFFFF5A

