;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x4E
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: add eax,[ebp+0x18]
  28: mov ecx,[ebp+0x10]
  2f: sub ecx,[ebp+0x18]
  35: imul eax,ecx
  38: and eax,[ebp+0x10]
  3e: or eax,[ebp+0x18]
  44: xor eax,0x55
  4a: mov esp,ebp
  4c: pop ebp
  4d: ret
  4e: mov eax,9
  53: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x3E
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: add eax,7
  28: sub eax,0x186A0
  2e: imul eax,0xFFFFFFFD
  34: and eax,0xFF00
  3a: mov esp,ebp
  3c: pop ebp
  3d: ret
  3e: mov eax,9
  43: call 0xFFFFFF9A

