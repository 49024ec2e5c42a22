;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x68]
   a: cmp edi,[esi+0xC]
  10: jb near 0x1B6
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
  be: mov eax,[ebp+0x20]
  c5: mov edx,[ebp+0x24]
  cc: add eax,[ebp-0x28]
  d2: adc edx,[ebp-0x24]
  d8: push dword [ebp-0x24]
  de: push dword [ebp-0x28]
  e4: push edx
  e5: push eax
  e6: push eax
  e7: push edx
  e8: mov eax,[esp+0xC]
  ec: imul eax,[esp+0x10]
  f1: mov edi,eax
  f3: mov eax,[esp+8]
  f7: imul eax,[esp+0x14]
  fc: add edi,eax
  fe: mov eax,[esp+8]
 102: mul dword [esp+0x10]
 106: add edx,edi
 108: mov [esp+8],eax
 10c: mov [esp+0xC],edx
 110: pop edx
 111: pop eax
 112: pop eax
 113: pop edx
 114: add esp,8
 117: mov edi,eax
 119: cmp edi,[ebp-0x28]
 11f: mov edi,edx
 121: sbb edi,[ebp-0x24]
 127: setl al
 12a: movzx eax,al
 12d: add eax,[ebp-0x30]
 133: lzcnt ecx,[ebp-0x18]
 13b: add eax,ecx
 13d: tzcnt ecx,[ebp-0x18]
 145: add eax,ecx
 147: popcnt ecx,[ebp-0x18]
 14f: add eax,ecx
 151: movsx ecx,byte [ebp-0x18]
 158: add eax,ecx
 15a: movsx ecx,word [ebp-0x18]
 161: add eax,ecx
 163: popcnt ecx,[ebp-0x28]
 16b: popcnt ebx,[ebp-0x24]
 173: add ecx,ebx
 175: mov ebx,0
 17a: add eax,ecx
 17c: cmp dword [ebp-0x20],5
 186: setl cl
 189: movzx ecx,cl
 18c: add eax,ecx
 18e: cmp dword [ebp-0x20],0x1F4
 198: seta cl
 19b: movzx ecx,cl
 19e: add eax,ecx
 1a0: cmp dword [ebp-0x20],0
 1aa: sete cl
 1ad: movzx ecx,cl
 1b0: add eax,ecx
 1b2: mov esp,ebp
 1b4: pop ebp
 1b5: ret
 1b6: mov eax,9
 1bb: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x58]
   a: cmp edi,[esi+0xC]
  10: jb near 0xD8
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
  ae: mov edi,0x3FF00000
  b3: movd xmm1,edi
  b7: psllq xmm1,0x20
  bc: ja near 0xD0
  c2: mov edi,0x40000000
  c7: movd xmm1,edi
  cb: psllq xmm1,0x20
  d0: addsd xmm0,xmm1
  d4: mov esp,ebp
  d6: pop ebp
  d7: ret
  d8: mov eax,9
  dd: call 0xFFFFFE32

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0xD8]
   a: cmp edi,[esi+0xC]
  10: jb near 0x61
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: xor eax,eax
  1d: lea edi,[ebp-0xA8]
  23: mov ecx,0x28
  28: rep stosd
  2a: mov eax,[ebp+0x10]
  31: add eax,1
  37: mov [ebp-0xA8],eax
  3e: mov eax,[ebp-0xA8]
  45: add eax,[ebp+0x10]
  4b: cmp dword [ebp-0xA8],7
  55: setb cl
  58: movzx ecx,cl
  5b: add eax,ecx
  5d: mov esp,ebp
  5f: pop ebp
  60: ret
  61: mov eax,9
  66: call 0xFFFFFD50

