;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0x185
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
  92: jmp 0x18F
  97: lea edi,[esi+0x30]
  9d: mov eax,[edi]
  a4: mov edi,[esi+8]
  aa: mov edi,[edi+4]
  b1: sub edi,4
  b7: jb near 0x199
  bd: cmp eax,edi
  bf: ja near 0x199
  c5: mov edi,[esi+8]
  cb: mov edi,[edi]
  cf: mov dword [edi+eax],0
  da: lea edi,[esi+0x30]
  e0: mov eax,[edi]
  e7: mov ecx,[ebp+0x10]
  ee: mov edi,[esi+8]
  f4: mov edi,[edi+4]
  fb: sub edi,4
 101: jb near 0x199
 107: cmp eax,edi
 109: ja near 0x199
 10f: mov edi,[esi+8]
 115: mov edi,[edi]
 119: mov [edi+eax],ecx
 120: mov eax,[ebp+0x18]
 127: shl eax,2
 12a: add eax,[ebp+0x10]
 130: mov edi,[esi+8]
 136: mov edi,[edi+4]
 13d: sub edi,4
 143: jb near 0x199
 149: cmp eax,edi
 14b: ja near 0x199
 151: mov edi,[esi+8]
 157: mov edi,[edi]
 15b: movss xmm0,[edi+eax]
 164: lea edi,[esi+0x30]
 16a: mov eax,[edi]
 171: add eax,4
 177: lea edi,[esi+0x30]
 17d: mov [edi],eax
 181: mov esp,ebp
 183: pop ebp
 184: ret
 185: mov eax,9
 18a: call 0xFFFFFFF2
 18f: mov eax,1
 194: call 0xFFFFFFF2
 199: mov eax,2
 19e: call 0xFFFFFFF2

