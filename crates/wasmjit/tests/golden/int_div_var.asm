;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x30]
  14: cmp r11,[r15+0x18]
  18: jb near 0xBD
  1e: mov rsp,r11
  21: mov ecx,esi
  24: mov eax,edi
  27: test ecx,ecx
  2a: je near 0xC7
  30: cmp ecx,0xFFFFFFFF
  37: jne near 0x4A
  3d: cmp eax,0x80000000
  44: je near 0xD1
  4a: cdq
  4b: idiv ecx
  4e: mov rcx,rax
  51: mov ebx,esi
  54: mov eax,edi
  57: test ebx,ebx
  5a: je near 0xC7
  60: mov edx,0
  66: div ebx
  69: add ecx,eax
  6c: mov ebx,esi
  6f: mov eax,edi
  72: test ebx,ebx
  75: je near 0xC7
  7b: cmp ebx,0xFFFFFFFF
  82: jne near 0x93
  88: mov edx,0
  8e: jmp 0x97
  93: cdq
  94: idiv ebx
  97: add ecx,edx
  9a: mov ebx,esi
  9d: mov eax,edi
  a0: test ebx,ebx
  a3: je near 0xC7
  a9: mov edx,0
  af: div ebx
  b2: add ecx,edx
  b5: mov eax,ecx
  b8: mov rsp,rbp
  bb: pop rbp
  bc: ret
  bd: mov eax,9
  c2: call 0xFFFFFFFFFFFFFFEF
  c7: mov eax,7
  cc: call 0xFFFFFFFFFFFFFFEF
  d1: mov eax,6
  d6: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov rdi,[rsp+8]
   5: mov rsi,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: lea r11,[rsp-0x30]
  16: cmp r11,[r15+0x18]
  1a: jb near 0xC7
  20: mov rsp,r11
  23: mov rcx,rsi
  26: mov rax,rdi
  29: test rcx,rcx
  2c: je near 0xD1
  32: cmp rcx,0xFFFFFFFFFFFFFFFF
  39: jne near 0x52
  3f: mov rdx,0x8000000000000000
  49: cmp rax,rdx
  4c: je near 0xDB
  52: cqo
  54: idiv rcx
  57: mov rcx,rax
  5a: mov rbx,rsi
  5d: mov rax,rdi
  60: test rbx,rbx
  63: je near 0xD1
  69: mov edx,0
  6f: div rbx
  72: add rcx,rax
  75: mov rbx,rsi
  78: mov rax,rdi
  7b: test rbx,rbx
  7e: je near 0xD1
  84: cmp rbx,0xFFFFFFFFFFFFFFFF
  8b: jne near 0x9C
  91: mov edx,0
  97: jmp 0xA1
  9c: cqo
  9e: idiv rbx
  a1: add rcx,rdx
  a4: mov rbx,rsi
  a7: mov rax,rdi
  aa: test rbx,rbx
  ad: je near 0xD1
  b3: mov edx,0
  b9: div rbx
  bc: add rcx,rdx
  bf: mov rax,rcx
  c2: mov rsp,rbp
  c5: pop rbp
  c6: ret
  c7: mov eax,9
  cc: call 0xFFFFFFFFFFFFFF14
  d1: mov eax,7
  d6: call 0xFFFFFFFFFFFFFF14
  db: mov eax,6
  e0: call 0xFFFFFFFFFFFFFF14

