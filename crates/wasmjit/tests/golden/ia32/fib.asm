;; func 0 fib
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x7A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp dword [ebp+0x10],2
  25: jge near 0x37
  2b: mov eax,[ebp+0x10]
  32: jmp 0x76
  37: mov eax,[ebp+0x10]
  3e: sub eax,1
  44: mov [esp+8],eax
  4b: call 0
  50: mov ecx,[ebp+0x10]
  57: sub ecx,2
  5d: mov [ebp-0x10],eax
  64: mov [esp+8],ecx
  6b: call 0
  70: add eax,[ebp-0x10]
  76: mov esp,ebp
  78: pop ebp
  79: ret
  7a: mov eax,9
  7f: call 0xFFFFFFF2

