;; func 0 f
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x38
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp esp,[esi+0xC]
  21: jb near 0x38
  27: mov eax,[ebp+0x10]
  2e: add eax,1
  34: mov esp,ebp
  36: pop ebp
  37: ret
  38: mov eax,9
  3d: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x6B
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor ebx,ebx
  1d: cmp esp,[esi+0xC]
  23: jb near 0x6B
  29: mov [esp+8],ebx
  30: mov [ebp-0x10],ebx
  37: mov dword [ebp-0xC],0
  42: call 0xFFFFFFBE
  47: mov ebx,eax
  49: mov eax,[ebp+0x10]
  50: sub eax,1
  56: mov [ebp+0x10],eax
  5d: test eax,eax
  5f: jne near 0x1D
  65: mov eax,ebx
  67: mov esp,ebp
  69: pop ebp
  6a: ret
  6b: mov eax,9
  70: call 0xFFFFFFB0

