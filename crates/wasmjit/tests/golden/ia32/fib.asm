;; func 0 fib
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x9B
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp dword [ebp+0x10],2
  25: jge near 0x37
  2b: mov eax,[ebp+0x10]
  32: jmp 0x97
  37: mov eax,[ebp+0x10]
  3e: sub eax,1
  44: mov [esp+8],eax
  4b: mov dword [esp+0xC],0
  56: call 0
  5b: mov ecx,[ebp+0x10]
  62: sub ecx,2
  68: mov [ebp-0x10],eax
  6f: mov dword [ebp-0xC],0
  7a: mov [esp+8],ecx
  81: mov dword [esp+0xC],0
  8c: call 0
  91: add eax,[ebp-0x10]
  97: mov esp,ebp
  99: pop ebp
  9a: ret
  9b: mov eax,9
  a0: call 0xFFFFFFF2

