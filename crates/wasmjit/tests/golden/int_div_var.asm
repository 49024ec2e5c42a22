;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x30
  13: mov ecx,esi
  16: mov eax,edi
  19: test ecx,ecx
  1c: je near 0xAF
  22: cmp ecx,0xFFFFFFFF
  29: jne near 0x3C
  2f: cmp eax,0x80000000
  36: je near 0xB9
  3c: cdq
  3d: idiv ecx
  40: mov rcx,rax
  43: mov r8d,esi
  46: mov eax,edi
  49: test r8d,r8d
  4c: je near 0xAF
  52: mov edx,0
  58: div r8d
  5b: add ecx,eax
  5e: mov r8d,esi
  61: mov eax,edi
  64: test r8d,r8d
  67: je near 0xAF
  6d: cmp r8d,0xFFFFFFFF
  74: jne near 0x85
  7a: mov edx,0
  80: jmp 0x89
  85: cdq
  86: idiv r8d
  89: add ecx,edx
  8c: mov r8d,esi
  8f: mov eax,edi
  92: test r8d,r8d
  95: je near 0xAF
  9b: mov edx,0
  a1: div r8d
  a4: add ecx,edx
  a7: mov eax,ecx
  aa: mov rsp,rbp
  ad: pop rbp
  ae: ret
  af: mov eax,7
  b4: call 0xFFFFFFFFFFFFFE51
  b9: mov eax,6
  be: call 0xFFFFFFFFFFFFFE51

;; func 1 
   0: mov rdi,[rsp+8]
   5: mov rsi,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: sub rsp,0x30
  15: mov rcx,rsi
  18: mov rax,rdi
  1b: test rcx,rcx
  1e: je near 0xB9
  24: cmp rcx,0xFFFFFFFFFFFFFFFF
  2b: jne near 0x44
  31: mov rdx,0x8000000000000000
  3b: cmp rax,rdx
  3e: je near 0xC3
  44: cqo
  46: idiv rcx
  49: mov rcx,rax
  4c: mov r8,rsi
  4f: mov rax,rdi
  52: test r8,r8
  55: je near 0xB9
  5b: mov edx,0
  61: div r8
  64: add rcx,rax
  67: mov r8,rsi
  6a: mov rax,rdi
  6d: test r8,r8
  70: je near 0xB9
  76: cmp r8,0xFFFFFFFFFFFFFFFF
  7d: jne near 0x8E
  83: mov edx,0
  89: jmp 0x93
  8e: cqo
  90: idiv r8
  93: add rcx,rdx
  96: mov r8,rsi
  99: mov rax,rdi
  9c: test r8,r8
  9f: je near 0xB9
  a5: mov edx,0
  ab: div r8
  ae: add rcx,rdx
  b1: mov rax,rcx
  b4: mov rsp,rbp
  b7: pop rbp
  b8: ret
  b9: mov eax,7
  be: call 0xFFFFFFFFFFFFFD8E
  c3: mov eax,6
  c8: call 0xFFFFFFFFFFFFFD8E

