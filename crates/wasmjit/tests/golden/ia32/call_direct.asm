;; func 0 add
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
  2e: add eax,[ebp+0x18]
  34: mov esp,ebp
  36: pop ebp
  37: ret
  38: mov eax,9
  3d: call 0xFFFFFFF2

;; func 1 mixed
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x3C
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp esp,[esi+0xC]
  21: jb near 0x3C
  27: movsd xmm0,[ebp+0x28]
  30: addsd xmm0,[ebp+0x48]
  38: mov esp,ebp
  3a: pop ebp
  3b: ret
  3c: mov eax,9
  41: call 0xFFFFFFB0

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x48]
   a: cmp edi,[esi+0xC]
  10: jb near 0x65
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: add eax,1
  28: mov [ebp-0x10],eax
  2f: mov edi,[ebp+0x10]
  36: mov [esp+8],edi
  3d: mov edi,[ebp+0x14]
  44: mov [esp+0xC],edi
  4b: mov dword [esp+0x10],2
  56: call 0xFFFFFF78
  5b: add eax,[ebp-0x10]
  61: mov esp,ebp
  63: pop ebp
  64: ret
  65: mov eax,9
  6a: call 0xFFFFFF6A

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x98]
   a: cmp edi,[esi+0xC]
  10: jb near 0xA8
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov dword [esp+8],1
  26: mov dword [esp+0x10],2
  31: mov dword [esp+0x14],0
  3c: mov dword [esp+0x18],0x40400000
  47: mov dword [esp+0x20],0
  52: mov dword [esp+0x24],0x40100000
  5d: mov dword [esp+0x28],5
  68: mov dword [esp+0x30],6
  73: mov dword [esp+0x34],0
  7e: mov dword [esp+0x38],0x40E00000
  89: mov dword [esp+0x40],0
  94: mov dword [esp+0x44],0x40200000
  9f: call 0xFFFFFF4B
  a4: mov esp,ebp
  a6: pop ebp
  a7: ret
  a8: mov eax,9
  ad: call 0xFFFFFEFB

;; func 4 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x18]
   a: cmp edi,[esi+0xC]
  10: jb near 0x24
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: call 0x2E
  20: mov esp,ebp
  22: pop ebp
  23: ret
  24: mov eax,9
  29: call 0xFFFFFE49

;; func 5 void
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x18]
   a: cmp edi,[esi+0xC]
  10: jb near 0x2B
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp esp,[esi+0xC]
  21: jb near 0x2B
  27: mov esp,ebp
  29: pop ebp
  2a: ret
  2b: mov eax,9
  30: call 0xFFFFFE1B

