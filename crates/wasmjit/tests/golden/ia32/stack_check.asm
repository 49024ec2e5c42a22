;; func 0 r
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x52
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp dword [ebp+0x10],0
  25: jne near 0x35
  2b: mov eax,0
  30: jmp 0x4E
  35: mov eax,[ebp+0x10]
  3c: sub eax,1
  42: mov [esp+8],eax
  49: call 0
  4e: mov esp,ebp
  50: pop ebp
  51: ret
  52: mov eax,9
  57: call 0xFFFFFFF2

