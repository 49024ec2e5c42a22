;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x42
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp dword [ebp+0x10],0
  25: mov eax,[ebp+0x10]
  2c: jne near 0x3E
  32: add eax,1
  38: imul eax,2
  3e: mov esp,ebp
  40: pop ebp
  41: ret
  42: mov eax,9
  47: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x4A
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: cmp dword [ebp+0x18],0
  25: movsd xmm0,[ebp+0x10]
  2e: jne near 0x46
  34: mov edi,0x40000000
  39: movd xmm7,edi
  3d: psllq xmm7,0x20
  42: mulsd xmm0,xmm7
  46: mov esp,ebp
  48: pop ebp
  49: ret
  4a: mov eax,9
  4f: call 0xFFFFFFA6

