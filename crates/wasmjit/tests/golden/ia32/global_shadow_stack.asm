;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0x149
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: lea edi,[esi+0x30]
  21: mov eax,[edi]
  28: sub eax,4
  2e: lea edi,[esi+0x30]
  34: mov [edi],eax
  38: lea edi,[esi+0x30]
  3e: mov eax,[edi]
  45: cmp eax,0x6B4
  4b: jge near 0x97
  51: mov dword [esp+8],0x86D0
  5c: mov dword [esp+0x10],0x8700
  67: mov dword [esp+0x18],1
  72: mov dword [esp+0x20],1
  7d: mov eax,[esi+0x18]
  83: mov esi,[eax+4]
  89: call dword [eax]
  8f: mov esi,[ebp-8]
  92: jmp 0x153
  97: lea edi,[esi+0x30]
  9d: mov eax,[edi]
  a4: mov edi,[esi+8]
  aa: cmp eax,[edi+0x28]
  b1: jae near 0x15D
  b7: mov edi,[edi]
  bb: mov dword [edi+eax],0
  c6: lea edi,[esi+0x30]
  cc: mov eax,[edi]
  d3: mov ecx,[ebp+0x10]
  da: mov edi,[esi+8]
  e0: cmp eax,[edi+0x28]
  e7: jae near 0x15D
  ed: mov edi,[edi]
  f1: mov [edi+eax],ecx
  f8: mov eax,[ebp+0x18]
  ff: shl eax,2
 102: add eax,[ebp+0x10]
 108: mov edi,[esi+8]
 10e: cmp eax,[edi+0x28]
 115: jae near 0x15D
 11b: mov edi,[edi]
 11f: movss xmm0,[edi+eax]
 128: lea edi,[esi+0x30]
 12e: mov eax,[edi]
 135: add eax,4
 13b: lea edi,[esi+0x30]
 141: mov [edi],eax
 145: mov esp,ebp
 147: pop ebp
 148: ret
 149: mov eax,9
 14e: call 0xFFFFFFF2
 153: mov eax,1
 158: call 0xFFFFFFF2
 15d: mov eax,2
 162: call 0xFFFFFFF2

