;; func 0 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x53
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ecx,[ebp+0x18]
  22: mov eax,[ebp+0x10]
  29: shl eax,cl
  2b: mov ecx,[ebp+0x18]
  32: sar eax,cl
  34: mov ecx,[ebp+0x18]
  3b: shr eax,cl
  3d: mov ecx,[ebp+0x18]
  44: rol eax,cl
  46: mov ecx,[ebp+0x18]
  4d: ror eax,cl
  4f: mov esp,ebp
  51: pop ebp
  52: ret
  53: mov eax,9
  58: call 0xFFFFFFF2

;; func 1 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x35
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: shl eax,3
  25: sar eax,1
  28: shr eax,1
  2b: rol eax,5
  2e: ror eax,7
  31: mov esp,ebp
  33: pop ebp
  34: ret
  35: mov eax,9
  3a: call 0xFFFFFF95

;; func 2 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0xB5
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov ecx,[ebp+0x18]
  22: mov eax,[ebp+0x10]
  29: mov edx,[ebp+0x14]
  30: shld edx,eax,cl
  33: shl eax,cl
  35: test cl,0x20
  38: je near 0x45
  3e: mov edx,eax
  40: mov eax,0
  45: mov ecx,[ebp+0x18]
  4c: shrd eax,edx,cl
  4f: sar edx,cl
  51: test cl,0x20
  54: je near 0x5F
  5a: mov eax,edx
  5c: sar edx,0x1F
  5f: mov ecx,[ebp+0x18]
  66: shrd eax,edx,cl
  69: shr edx,cl
  6b: test cl,0x20
  6e: je near 0x7B
  74: mov eax,edx
  76: mov edx,0
  7b: mov ecx,[ebp+0x18]
  82: test cl,0x20
  85: je near 0x8D
  8b: xchg eax,edx
  8d: mov edi,edx
  8f: shld edx,eax,cl
  92: shld eax,edi,cl
  95: mov ecx,[ebp+0x18]
  9c: test cl,0x20
  9f: je near 0xA7
  a5: xchg eax,edx
  a7: mov edi,edx
  a9: mov edi,eax
  ab: shrd eax,edx,cl
  ae: shrd edx,edi,cl
  b1: mov esp,ebp
  b3: pop ebp
  b4: ret
  b5: mov eax,9
  ba: call 0xFFFFFF56

;; func 3 
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x38]
   a: cmp edi,[esi+0xC]
  10: jb near 0x59
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov eax,[ebp+0x10]
  22: mov edx,[ebp+0x14]
  29: shld edx,eax,3
  2d: shl eax,3
  30: shrd eax,edx,1
  34: sar edx,1
  37: mov eax,edx
  39: mov edx,0
  3e: shr eax,0x1F
  41: mov edi,edx
  43: shld edx,eax,5
  47: shld eax,edi,5
  4b: mov edi,eax
  4d: shrd eax,edx,7
  51: shrd edx,edi,7
  55: mov esp,ebp
  57: pop ebp
  58: ret
  59: mov eax,9
  5e: call 0xFFFFFE97

