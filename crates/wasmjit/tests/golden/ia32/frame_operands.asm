;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x68]
   a: cmp edi,[esi+0xC]
  10: jb near 0x1C1
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[ebp+0x18]
  22: mov [ebp-0x10],edi
  29: mov edi,[ebp+0x1C]
  30: mov [ebp-0xC],edi
  37: mov edi,[ebp+0x18]
  3e: mov [ebp-0x18],edi
  45: mov edi,[ebp+0x1C]
  4c: mov [ebp-0x14],edi
  53: mov edi,[ebp+0x18]
  5a: mov [ebp-0x20],edi
  61: mov edi,[ebp+0x1C]
  68: mov [ebp-0x1C],edi
  6f: mov edi,[ebp+0x28]
  76: mov [ebp-0x28],edi
  7d: mov edi,[ebp+0x2C]
  84: mov [ebp-0x24],edi
  8b: mov eax,[ebp+0x10]
  92: add eax,[ebp-0x10]
  98: sub eax,[ebp-0x10]
  9e: and eax,[ebp-0x10]
  a4: or eax,[ebp-0x10]
  aa: xor eax,[ebp-0x10]
  b0: imul eax,[ebp-0x10]
  b7: mov [ebp-0x30],eax
  be: mov dword [ebp-0x2C],0
  c9: mov eax,[ebp+0x20]
  d0: mov edx,[ebp+0x24]
  d7: add eax,[ebp-0x28]
  dd: adc edx,[ebp-0x24]
  e3: push dword [ebp-0x24]
  e9: push dword [ebp-0x28]
  ef: push edx
  f0: push eax
  f1: push eax
  f2: push edx
  f3: mov eax,[esp+0xC]
  f7: imul eax,[esp+0x10]
  fc: mov edi,eax
  fe: mov eax,[esp+8]
 102: imul eax,[esp+0x14]
 107: add edi,eax
 109: mov eax,[esp+8]
 10d: mul dword [esp+0x10]
 111: add edx,edi
 113: mov [esp+8],eax
 117: mov [esp+0xC],edx
 11b: pop edx
 11c: pop eax
 11d: pop eax
 11e: pop edx
 11f: add esp,8
 122: mov edi,eax
 124: cmp edi,[ebp-0x28]
 12a: mov edi,edx
 12c: sbb edi,[ebp-0x24]
 132: setl al
 135: movzx eax,al
 138: add eax,[ebp-0x30]
 13e: lzcnt ecx,[ebp-0x18]
 146: add eax,ecx
 148: tzcnt ecx,[ebp-0x18]
 150: add eax,ecx
 152: popcnt ecx,[ebp-0x18]
 15a: add eax,ecx
 15c: movsx ecx,byte [ebp-0x18]
 163: add eax,ecx
 165: movsx ecx,word [ebp-0x18]
 16c: add eax,ecx
 16e: popcnt ecx,[ebp-0x28]
 176: popcnt ebx,[ebp-0x24]
 17e: add ecx,ebx
 180: mov ebx,0
 185: add eax,ecx
 187: cmp dword [ebp-0x20],5
 191: setl cl
 194: movzx ecx,cl
 197: add eax,ecx
 199: cmp dword [ebp-0x20],0x1F4
 1a3: seta cl
 1a6: movzx ecx,cl
 1a9: add eax,ecx
 1ab: cmp dword [ebp-0x20],0
 1b5: sete cl
 1b8: movzx ecx,cl
 1bb: add eax,ecx
 1bd: mov esp,ebp
 1bf: pop ebp
 1c0: ret
 1c1: mov eax,9
 1c6: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0xE0
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[ebp+0x18]
  22: mov [ebp-0x10],edi
  29: mov edi,[ebp+0x1C]
  30: mov [ebp-0xC],edi
  37: mov edi,[ebp+0x28]
  3e: mov [ebp-0x18],edi
  45: mov edi,[ebp+0x2C]
  4c: mov [ebp-0x14],edi
  53: movsd xmm0,[ebp+0x10]
  5c: addsd xmm0,[ebp-0x10]
  64: subsd xmm0,[ebp-0x10]
  6c: mulsd xmm0,[ebp-0x10]
  74: divsd xmm0,[ebp-0x10]
  7c: movss xmm1,[ebp+0x20]
  85: mulss xmm1,[ebp-0x18]
  8d: divss xmm1,[ebp-0x18]
  95: cvtss2sd xmm1,xmm1
  99: addsd xmm0,xmm1
  9d: movsd xmm7,[ebp-0x10]
  a6: ucomisd xmm7,[ebp+0x10]
  ae: push 0x3FF00000
  b3: push 0
  b8: movq xmm1,[esp]
  bd: add esp,8
  c0: ja near 0xD8
  c6: push 0x40000000
  cb: push 0
  d0: movq xmm1,[esp]
  d5: add esp,8
  d8: addsd xmm0,xmm1
  dc: mov esp,ebp
  de: pop ebp
  df: ret
  e0: mov eax,9
  e5: call 0xFFFFFE27

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0xD8]
   a: cmp edi,[esi+0xC]
  10: jb near 0x6C
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: lea edi,[ebp-0xA8]
  23: mov ecx,0x28
  28: rep stosd
  2a: mov eax,[ebp+0x10]
  31: add eax,1
  37: mov [ebp-0xA8],eax
  3e: mov dword [ebp-0xA4],0
  49: mov eax,[ebp-0xA8]
  50: add eax,[ebp+0x10]
  56: cmp dword [ebp-0xA8],7
  60: setb cl
  63: movzx ecx,cl
  66: add eax,ecx
  68: mov esp,ebp
  6a: pop ebp
  6b: ret
  6c: mov eax,9
  71: call 0xFFFFFD3D

