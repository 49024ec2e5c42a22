;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xCD
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movss xmm7,[ebp+0x10]
  24: ucomiss xmm7,[ebp+0x18]
  2b: mov eax,0
  30: jp near 0x41
  36: jne near 0x41
  3c: mov eax,1
  41: movss xmm7,[ebp+0x10]
  4a: ucomiss xmm7,[ebp+0x18]
  51: mov ecx,1
  56: jp near 0x67
  5c: jne near 0x67
  62: mov ecx,0
  67: add eax,ecx
  69: movss xmm7,[ebp+0x18]
  72: ucomiss xmm7,[ebp+0x10]
  79: seta cl
  7c: movzx ecx,cl
  7f: add eax,ecx
  81: movss xmm7,[ebp+0x10]
  8a: ucomiss xmm7,[ebp+0x18]
  91: seta cl
  94: movzx ecx,cl
  97: add eax,ecx
  99: movss xmm7,[ebp+0x18]
  a2: ucomiss xmm7,[ebp+0x10]
  a9: setae cl
  ac: movzx ecx,cl
  af: add eax,ecx
  b1: movss xmm7,[ebp+0x10]
  ba: ucomiss xmm7,[ebp+0x18]
  c1: setae cl
  c4: movzx ecx,cl
  c7: add eax,ecx
  c9: mov esp,ebp
  cb: pop ebp
  cc: ret
  cd: mov eax,9
  d2: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xD3
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: movsd xmm7,[ebp+0x10]
  24: ucomisd xmm7,[ebp+0x18]
  2c: mov eax,0
  31: jp near 0x42
  37: jne near 0x42
  3d: mov eax,1
  42: movsd xmm7,[ebp+0x10]
  4b: ucomisd xmm7,[ebp+0x18]
  53: mov ecx,1
  58: jp near 0x69
  5e: jne near 0x69
  64: mov ecx,0
  69: add eax,ecx
  6b: movsd xmm7,[ebp+0x18]
  74: ucomisd xmm7,[ebp+0x10]
  7c: seta cl
  7f: movzx ecx,cl
  82: add eax,ecx
  84: movsd xmm7,[ebp+0x10]
  8d: ucomisd xmm7,[ebp+0x18]
  95: seta cl
  98: movzx ecx,cl
  9b: add eax,ecx
  9d: movsd xmm7,[ebp+0x18]
  a6: ucomisd xmm7,[ebp+0x10]
  ae: setae cl
  b1: movzx ecx,cl
  b4: add eax,ecx
  b6: movsd xmm7,[ebp+0x10]
  bf: ucomisd xmm7,[ebp+0x18]
  c7: setae cl
  ca: movzx ecx,cl
  cd: add eax,ecx
  cf: mov esp,ebp
  d1: pop ebp
  d2: ret
  d3: mov eax,9
  d8: call 0xFFFFFF1B

