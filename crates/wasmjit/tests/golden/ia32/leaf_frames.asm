;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x66
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edi,[esi+8]
  28: cmp eax,[edi+0x28]
  2f: jae near 0x70
  35: mov edi,[edi]
  39: mov eax,[edi+eax]
  40: mov ecx,[ebp+0x10]
  47: add ecx,1
  4d: mov edx,eax
  4f: mov ebx,edx
  51: mov eax,ebx
  53: test ecx,ecx
  55: je near 0x7A
  5b: mov edx,0
  60: div ecx
  62: mov esp,ebp
  64: pop ebp
  65: ret
  66: mov eax,9
  6b: call 0xFFFFFFF2
  70: mov eax,2
  75: call 0xFFFFFFF2
  7a: mov eax,7
  7f: call 0xFFFFFFF2

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
  29: call 0xFFFFFF6E

